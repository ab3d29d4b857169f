/**
 * The "Which status code should I use?" guide, followed the way a reader does:
 * by clicking the answers that fit a situation, with JavaScript off, until it
 * names a code; then on to that code's page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

interface Situation {
  situation: string;
  /** The answers clicked, in order, as the reader sees them. */
  answers: string[];
  expected: number;
}

const succeeded = 'It succeeded';
const redirected = 'The client should go to another URL';
const clientFault = 'It failed because of the client (its request, its credentials, or how often it calls)';
const serverFault = 'It failed because of the server, or a service behind it';
const interim = 'It is still going on, and the client should hear something before the final answer';
const who = 'Who is asking. The credentials are missing, wrong, or not enough';
const what = 'What it asks for. The URL or the resource is not there to serve';
const sent = 'What it sends. The body, its format or its size';
const clash = 'It clashes with the current state or version of the resource';
const permanent = 'Yes, the old URL is retired for good';
const temporary = 'No, only for now, or only for this request';
const noCredentials = 'No. It has none, or they are wrong, expired or revoked';
const notAllowed = 'Yes, but this user may not do this';
const upstream = 'A server behind yours failed, and yours is a gateway or proxy';

const situations: Situation[] = [
  { situation: 'GET /users/42 returns the user', answers: [succeeded, 'It carries the data asked for, or the result of the action'], expected: 200 },
  { situation: 'POST /users created a user', answers: [succeeded, 'It reports a new resource the request created'], expected: 201 },
  { situation: 'DELETE /users/42 worked and there is nothing to return', answers: [succeeded, 'It confirms success and has nothing to send back'], expected: 204 },
  { situation: 'POST /exports queued a report for a background worker', answers: [succeeded, 'It says the work was queued and will finish later'], expected: 202 },
  { situation: 'A video player asked for bytes 0–1023 of a file', answers: [succeeded, 'It sends only the byte range the client asked for'], expected: 206 },
  { situation: "A GET with If-None-Match, and the ETag still matches", answers: [succeeded, 'It tells the client that its cached copy is still current'], expected: 304 },
  { situation: 'The blog moved to a new domain for good', answers: [redirected, permanent, 'No, the URL is only opened with GET (pages, links, images)'], expected: 301 },
  { situation: 'POST /v1/orders is retired in favour of /v2/orders', answers: [redirected, permanent, 'Yes, API clients send POST, PUT or other methods to it'], expected: 308 },
  { situation: 'After a checkout form is posted, show the order confirmation', answers: [redirected, temporary, 'Fetch a result page with GET, after submitting a form or a POST'], expected: 303 },
  { situation: 'Uploads go to a standby server during maintenance, still as POST', answers: [redirected, temporary, 'Repeat the same request there, with the same method and body'], expected: 307 },
  { situation: 'A signed-out visitor opens /account and is sent to the login page', answers: [redirected, temporary, 'Open it instead for now, such as a login page, a mirror or a campaign page'], expected: 302 },
  { situation: 'A request arrives without an Authorization header', answers: [clientFault, who, noCredentials], expected: 401 },
  { situation: "The client's JWT has expired", answers: [clientFault, who, noCredentials], expected: 401 },
  { situation: 'A regular user calls an admin-only endpoint', answers: [clientFault, who, notAllowed, 'Yes, saying "not allowed" gives nothing away'], expected: 403 },
  { situation: "A customer requests another customer's invoice", answers: [clientFault, who, notAllowed, "No, even its existence is private, like another customer's invoice"], expected: 404 },
  { situation: 'A corporate proxy wants the user to sign in first', answers: [clientFault, who, 'The missing credentials are for a proxy between the client and the server'], expected: 407 },
  { situation: 'GET /users/999 for a user that never existed', answers: [clientFault, what, 'Nothing is there, or you would rather not say why'], expected: 404 },
  { situation: 'A discontinued product page was removed for good', answers: [clientFault, what, 'It existed, was removed on purpose, and will not come back'], expected: 410 },
  { situation: 'A court order blocks an article in one country', answers: [clientFault, what, 'It exists, but a legal demand forbids serving it'], expected: 451 },
  { situation: 'A product page moved for the length of a sale', answers: [clientFault, what, 'It moved to another URL', temporary, 'Open it instead for now, such as a login page, a mirror or a campaign page'], expected: 302 },
  { situation: 'The JSON body has a trailing comma and does not parse', answers: [clientFault, sent, 'It is malformed, such as broken JSON or a header with invalid syntax'], expected: 400 },
  { situation: 'A booking whose end date is before its start date', answers: [clientFault, sent, 'It parses, but its values break your rules, such as a missing field or an end date before the start date'], expected: 422 },
  { situation: 'A client posts XML to a JSON-only endpoint', answers: [clientFault, sent, 'Its body is in a format you do not accept, such as XML sent to a JSON-only endpoint'], expected: 415 },
  { situation: 'A client sends Accept: application/xml to an API that only speaks JSON', answers: [clientFault, sent, 'It asks for a response format you cannot produce (its Accept header)'], expected: 406 },
  { situation: 'An upload of 50 MB to an endpoint with a 10 MB limit', answers: [clientFault, sent, 'Its body is larger than you accept'], expected: 413 },
  { situation: 'A GET with 20,000 characters of filters in its query string', answers: [clientFault, sent, 'Its URL is longer than you accept'], expected: 414 },
  { situation: 'A client sends 9 KB of cookies to a server with an 8 KB header limit', answers: [clientFault, sent, 'Its headers are larger than you accept, such as a cookie that kept growing'], expected: 431 },
  { situation: 'A download resumes with Range: bytes=5000- on a 4,000-byte file', answers: [clientFault, sent, 'It asks for a byte range that starts past the end of the content'], expected: 416 },
  { situation: 'A client opened a connection and stalled halfway through its request body', answers: [clientFault, 'It was too slow. The client did not finish sending the request in time'], expected: 408 },
  { situation: 'Signing up with a username that is already taken', answers: [clientFault, clash, "The resource's state, such as a name already taken or an order already shipped"], expected: 409 },
  { situation: 'A PUT with If-Match naming an ETag someone else has replaced', answers: [clientFault, clash, 'A condition the client set, such as an If-Match that names an older version'], expected: 412 },
  { situation: 'A PUT without If-Match to an API that requires it', answers: [clientFault, clash, 'Your rule that updates must say which version they change, and this one does not'], expected: 428 },
  { situation: 'A client made its 101st request this minute on a plan of 100', answers: [clientFault, 'How often it asks. This client sends too many requests'], expected: 429 },
  { situation: 'DELETE sent to a read-only collection', answers: [clientFault, 'The method. The URL exists but does not support, say, DELETE'], expected: 405 },
  { situation: 'An unhandled exception in a request handler', answers: [serverFault, 'Your own code failed, with a bug or an unhandled exception'], expected: 500 },
  { situation: 'The API is down for a database migration', answers: [serverFault, 'The service cannot serve anyone right now, because it is overloaded or down for maintenance'], expected: 503 },
  { situation: 'A reverse proxy finds the app server has crashed (connection refused)', answers: [serverFault, upstream, 'It refused the connection, or sent a response the gateway could not use'], expected: 502 },
  { situation: 'The upstream service takes longer than the 30-second proxy timeout', answers: [serverFault, upstream, 'It did not answer in time'], expected: 504 },
  { situation: 'The load balancer has no healthy backend left', answers: [serverFault, upstream, 'The gateway did not ask it, because no instance is healthy or it is in maintenance'], expected: 503 },
  { situation: 'A request uses a method the server has never heard of', answers: [serverFault, 'The server does not support the method at all, on any URL'], expected: 501 },
  { situation: 'A client sent Expect: 100-continue before a large upload', answers: [interim, 'Go ahead and send the body, because it asked with Expect: 100-continue'], expected: 100 },
  { situation: 'A browser opens a WebSocket', answers: [interim, 'The connection switches to another protocol, as in a WebSocket handshake'], expected: 101 },
  { situation: 'The page needs its CSS preloaded while the HTML is rendered', answers: [interim, 'Which resources to preload while the final response is prepared'], expected: 103 },
];

// The guide must work as plain links: no script runs here.
test.use({ javaScriptEnabled: false });

test('the guide covers at least 25 realistic situations', () => {
  expect(situations.length).toBeGreaterThanOrEqual(25);
});

test('the guide shows one question at a time, starting with the first', async ({ page }) => {
  await page.goto('/choose/');
  await expect(page.locator('.guide-step:visible')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'What happened to the request?' })).toBeVisible();
});

// One page walks through every situation (a fresh browser page per situation
// would cost more than the walk); each situation is its own step in the report.
test('each situation leads, answer by answer, to the expected code and on to its page', async ({ page }) => {
  test.setTimeout(120_000);
  for (const { situation, answers, expected } of situations) {
    await test.step(`${situation} → ${expected}`, async () => {
      await page.goto('/choose/');
      for (const answer of answers) {
        // Only the current question is visible, so only its answers can be clicked.
        await page.getByRole('link', { name: answer, exact: true }).click();
        await expect(page.locator('.guide-step:visible'), `after "${answer}"`).toHaveCount(1);
      }
      const ending = page.locator('.guide-ending:visible');
      await expect(ending.getByRole('heading', { level: 2 }), situation).toHaveText(new RegExp(`^Use ${expected} `));
      await expect(ending.locator('p').nth(1)).not.toBeEmpty(); // why this code
      await ending.getByRole('link', { name: new RegExp(`^Read the ${expected} `) }).click();
      await expect(page).toHaveURL(new RegExp(`/codes/${expected}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${expected} `));
    });
  }
});

test.describe('with JavaScript on', () => {
  test.use({ javaScriptEnabled: true });

  test('focus follows the reader to the next question, so screen readers announce it', async ({ page }) => {
    await page.goto('/choose/');
    await page.getByRole('link', { name: clientFault, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'What is wrong with the request?' })).toBeFocused();
    await page.getByRole('link', { name: who, exact: true }).press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Does the request carry valid credentials?' })).toBeFocused();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'What is wrong with the request?' })).toBeFocused();
  });

  test('an ending has no accessibility violations, in light and dark', async ({ page }) => {
    await page.goto('/choose/#auth-401');
    await expect(page.getByRole('heading', { name: /^Use 401 / })).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
