/**
 * The lines of an example program that decide the status code, highlighted on
 * the page so the eye finds them at once. A line that names a status
 * (`res.status(429)`, `return ..., 201`, `abort(404)`, a redirect) counts;
 * in a program that never names one, the lines that send the response (with
 * the framework's default, 200) count instead. In a client program, the
 * lines that read the status it received are highlighted.
 */
type Language = 'javascript' | 'python';

const setsStatus: Record<Language, RegExp> = {
  javascript: /\.(status|sendStatus|writeHead|redirect|writeEarlyHints|writeContinue|writeProcessing)\(|\.statusCode\s*=|HTTP\/1\.1 \d{3}/,
  python: /^\s*return\b.*,\s*(\d{3}|[A-Z_]+)\s*(,\s*\{.*)?$|^\s*\}\s*,\s*\d{3}\s*$|\babort\(|\bstatus=|\.status_code\s*=|\bredirect\(|\.send_response\(|\bHTTPStatus\./,
};

const sendsResponse: Record<Language, RegExp> = {
  javascript: /\bres\.(json|send|end|sendFile|download|render)\(|\bsocket\.(destroy|end)\(/,
  python: /^\s+return\b/,
};

/** The 1-based numbers of the lines to highlight in `source`; never empty for a program that answers. */
export function statusLines(source: string, language: Language): number[] {
  const lines = source.split('\n');
  const numbered = (pattern: RegExp): number[] => lines.flatMap((line, index) => (pattern.test(line) && !/^\s*(\/\/|#)/.test(line) ? [index + 1] : []));
  const setting = numbered(setsStatus[language]);
  return setting.length > 0 ? setting : numbered(sendsResponse[language]);
}

const readsStatus: Record<Language, RegExp> = {
  javascript: /\.(status|statusCode)\s*(===|!==|==|!=|>=|<=|<|>)|\bswitch\s*\(.*\.status(Code)?\)|\.ok\b|\.redirected\b|\bcase\s+\d{3}\b/,
  python: /\.(status_code|status)\s*(==|!=|>=|<=|<|>|in\b|not\s+in\b)|\bmatch\s+.*status|\.raise_for_status\(|\.history\b|\bcase\s+\d{3}\b/,
};

/** The 1-based numbers of the lines of a client program that decide what to do from the status it received. */
export function statusCheckLines(source: string, language: Language): number[] {
  return source.split('\n').flatMap((line, index) => (readsStatus[language].test(line) && !/^\s*(\/\/|#)/.test(line) ? [index + 1] : []));
}
