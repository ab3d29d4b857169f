/** "200 OK": a code's number and reason phrase, the way every page and link names it. */
export function codeTitle(data: { code: number; reason: string }): string {
  return `${data.code} ${data.reason}`;
}
