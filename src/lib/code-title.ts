/** "200 OK": a code's number and reason phrase, the way every page and link names it. */
export function codeTitle(data: { code: number; reason: string }): string {
  return `${data.code} ${data.reason}`;
}

/**
 * The status line a client receives with this code, or undefined when the
 * code never reaches a client as a status line of its own (nginx's 444 and
 * 499, or its 494–497, which go out as 400). A registered code goes out with
 * its reason phrase; an unofficial or unused one as its example exchange shows
 * it, since senders use their own phrase (Cloudflare's placeholder "HTTP/1.1 523 <none>",
 * "HTTP/1.1 418 I'm a teapot" rather than the registry's "(Unused)").
 */
export function statusLine(data: {
  code: number;
  reason: string;
  spec?: { registration: string } | undefined;
  exchange: { response: string };
}): string | undefined {
  if (data.spec && data.spec.registration !== 'unused') return `HTTP/1.1 ${codeTitle(data)}`;
  const first = data.exchange.response.split('\n', 1)[0]?.trimEnd() ?? '';
  return new RegExp(`^HTTP/1\\.1 ${data.code}( |$)`).test(first) ? first : undefined;
}
