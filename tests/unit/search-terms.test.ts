/** A page's messages add their distinctive words to the index, and nothing it already has. */
import { expect, test } from 'vitest';
import { messageSearchTerms } from '../../src/lib/search-terms.ts';

test('identifiers and uncommon words of the messages are indexed; common words and the page’s own names are not', () => {
  const terms = messageSearchTerms({
    code: 413,
    reason: 'Content Too Large',
    aliases: ['Payload Too Large', 'Request Entity Too Large'],
    keywords: ['client_max_body_size'],
    seen: [
      { text: 'PayloadTooLargeError: request entity too large', from: 'Express 5', source: 'raw-body' },
      { text: 'client intended to send too large body: 1048577 bytes', from: 'nginx 1.31, error log', source: 'nginx' },
      { text: 'connect() failed (111: Connection refused) while connecting to upstream', from: 'nginx', source: 'nginx' },
    ],
  });
  // nginx's boilerplate ("while …", "upstream") is in every proxy line, so it tells no page apart.
  expect(terms).toEqual(['payloadtoolargeerror', 'intended', 'send', 'bytes', 'connect', 'connection', 'refused', 'connecting']);
});
