/** A complete, valid frontmatter for 201, for tests to change one field at a time. */
export function validFrontmatter(): Record<string, unknown> {
  return {
    code: 201,
    reason: 'Created',
    summary: 'The request succeeded and created a new resource, whose URL is in the Location header.',
    spec: { document: 'RFC 9110', section: '15.3.2', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2' },
    keywords: ['resource created'],
    related: [200],
    notFor: [{ code: 200, when: 'Nothing new was created by the request.' }],
    facts: {
      storage: 'explicit',
      body: true,
      retry: 'not-needed',
      headers: [{ name: 'Location', requirement: 'advice', purpose: 'The URL of the new resource.' }],
    },
    exchange: {
      request: 'POST /users HTTP/1.1\nHost: example.com\n\n{}',
      response: 'HTTP/1.1 201 Created\nLocation: /users/1\n',
    },
    example: { request: { method: 'POST', path: '/users', body: '{}' }, expect: { status: 201, headers: { Location: '/users/1' } } },
    practice: {
      framework: 'express',
      request: { method: 'POST', path: '/users' },
      mistake: 'Answers 200 for a created resource.',
      bad: { status: 200 },
      fix: 'Answers 201 with Location.',
      good: { status: 201, headers: { Location: true } },
    },
  };
}
