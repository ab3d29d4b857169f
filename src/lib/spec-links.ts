/**
 * Links to specification sections, written one way across the site:
 * rfc-editor.org for RFCs (`#section-15.5.20`, `#appendix-B.3`), the IETF
 * datatracker for Internet-Drafts.
 */
export interface SourceRef {
  /** "RFC 9110", or an Internet-Draft's name. */
  document: string;
  /** "15.5.20", an appendix such as "B.3", or "" for the whole document. */
  section: string;
}

/** The URL of a section, e.g. https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20. */
export function specUrl({ document, section }: SourceRef): string {
  const rfc = /^RFC (\d+)$/.exec(document);
  const fragment = section ? `#${/^[A-Z]/.test(section) ? 'appendix' : 'section'}-${section}` : '';
  if (rfc) return `https://www.rfc-editor.org/rfc/rfc${rfc[1]}.html${fragment}`;
  return `https://datatracker.ietf.org/doc/html/${document}${fragment}`;
}

/** "RFC 9110 §15.5.20", the way the site names a section in text. */
export function specLabel({ document, section }: SourceRef): string {
  return section ? `${document} §${section}` : document;
}
