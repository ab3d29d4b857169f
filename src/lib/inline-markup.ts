/**
 * The markup a frontmatter sentence may use: `code`, **bold** and
 * [links](https://…), nothing else. Longer prose belongs in the MDX body.
 */
export type InlinePart =
  | { kind: 'text' | 'code' | 'strong'; text: string }
  | { kind: 'link'; text: string; href: string };

/** Splits a frontmatter sentence into its parts, in order. */
export function inlineParts(text: string): InlinePart[] {
  return text.split('`').flatMap((part, index): InlinePart[] => {
    if (index % 2 === 1) return [{ kind: 'code', text: part }];
    return part.split('**').flatMap((piece, pieceIndex): InlinePart[] => {
      if (pieceIndex % 2 === 1) return [{ kind: 'strong', text: piece }];
      const parts: InlinePart[] = [];
      let last = 0;
      for (const match of piece.matchAll(/\[([^\]]+)\]\(((?:https:\/\/|\/)[^)\s]+)\)/g)) {
        if (match.index > last) parts.push({ kind: 'text', text: piece.slice(last, match.index) });
        parts.push({ kind: 'link', text: match[1] ?? '', href: match[2] ?? '' });
        last = match.index + match[0].length;
      }
      if (last < piece.length) parts.push({ kind: 'text', text: piece.slice(last) });
      return parts;
    });
  });
}
