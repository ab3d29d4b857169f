/**
 * A transparent TCP proxy that records the HTTP/1.1 exchanges passing
 * through it: every request (method, path, headers, body, when its head
 * arrived) and every response to it (interim ones included). Bytes are passed
 * on untouched and as they come, so `Expect: 100-continue`, keep-alive and
 * closed connections behave exactly as they do without the proxy. The client
 * tests point a client at the tap to see what it did on the wire.
 */
import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';

export interface TappedRequest {
  method: string;
  path: string;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** `performance.now()` when the request line arrived. */
  at: number;
  /** `performance.now()` when the first byte of the body arrived (undefined without a body). */
  bodyAt?: number;
  /** Which TCP connection it came on (1, 2, …). */
  connection: number;
}

export interface TappedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** `performance.now()` when the status line arrived. */
  at: number;
}

export interface Exchange {
  request: TappedRequest;
  /** 1xx responses before the final one. */
  interim: TappedResponse[];
  /** Absent when the connection closed without an answer. */
  response?: TappedResponse;
}

interface Head {
  startLine: string;
  headers: Record<string, string>;
}

/** Splits a head ("GET / HTTP/1.1\r\nHost: …\r\n\r\n") into its start line and headers. */
function parseHead(text: string): Head {
  const [startLine = '', ...lines] = text.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { startLine, headers };
}

/**
 * Reads HTTP/1.1 messages from one direction of a connection as bytes come.
 * `bodyRule` says, for each head, how its body ends.
 */
class MessageReader {
  private buffer = Buffer.alloc(0);
  private head: (Head & { at: number }) | undefined;
  private rule: { kind: 'none' } | { kind: 'length'; length: number } | { kind: 'chunked' } | { kind: 'close' } = { kind: 'none' };
  private body: Buffer[] = [];

  private readonly bodyRule: (head: Head) => 'none' | 'chunked' | 'close' | number;
  private readonly onHead: (head: Head, at: number) => void;
  private readonly onMessage: (head: Head, body: Buffer, at: number) => void;
  private readonly onBodyBytes: (now: number) => void;

  constructor(
    bodyRule: (head: Head) => 'none' | 'chunked' | 'close' | number,
    onHead: (head: Head, at: number) => void,
    onMessage: (head: Head, body: Buffer, at: number) => void,
    onBodyBytes: (now: number) => void = () => undefined,
  ) {
    this.bodyRule = bodyRule;
    this.onHead = onHead;
    this.onMessage = onMessage;
    this.onBodyBytes = onBodyBytes;
  }

  feed(chunk: Buffer, now: number): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.head) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = parseHead(this.buffer.subarray(0, end).toString('latin1'));
        this.buffer = this.buffer.subarray(end + 4);
        this.head = { ...head, at: now };
        this.onHead(head, now);
        const rule = this.bodyRule(head);
        this.rule = typeof rule === 'number' ? { kind: 'length', length: rule } : { kind: rule };
        this.body = [];
      }
      const before = this.buffer.length;
      const complete = this.readBody();
      if (this.buffer.length < before) this.onBodyBytes(now);
      if (!complete) return;
      const { at, ...head } = this.head;
      this.onMessage(head, Buffer.concat(this.body), at);
      this.head = undefined;
    }
  }

  /** At the end of the stream: a body that ends with the connection is complete now. */
  close(): void {
    if (this.head && this.rule.kind === 'close') {
      this.body.push(this.buffer);
      const { at, ...head } = this.head;
      this.onMessage(head, Buffer.concat(this.body), at);
      this.head = undefined;
    }
  }

  /** Consumes body bytes; true once the body is complete. */
  private readBody(): boolean {
    const rule = this.rule;
    if (rule.kind === 'none') return true;
    if (rule.kind === 'close') {
      this.body.push(this.buffer);
      this.buffer = Buffer.alloc(0);
      return false;
    }
    if (rule.kind === 'length') {
      const take = Math.min(rule.length, this.buffer.length);
      this.body.push(this.buffer.subarray(0, take));
      this.buffer = this.buffer.subarray(take);
      rule.length -= take;
      return rule.length === 0;
    }
    for (;;) {
      const lineEnd = this.buffer.indexOf('\r\n');
      if (lineEnd < 0) return false;
      const size = Number.parseInt(this.buffer.subarray(0, lineEnd).toString('latin1'), 16);
      if (size === 0) {
        const trailerEnd = this.buffer.indexOf('\r\n\r\n', lineEnd);
        if (trailerEnd < 0 && this.buffer.indexOf('\r\n', lineEnd + 2) !== lineEnd + 2) return false;
        this.buffer = this.buffer.subarray(trailerEnd >= 0 ? trailerEnd + 4 : lineEnd + 4);
        return true;
      }
      if (this.buffer.length < lineEnd + 2 + size + 2) return false;
      this.body.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      this.buffer = this.buffer.subarray(lineEnd + 2 + size + 2);
    }
  }
}

function requestBodyRule(head: Head): 'none' | 'chunked' | number {
  if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) return 'chunked';
  const length = Number(head.headers['content-length'] ?? 0);
  return length > 0 ? length : 'none';
}

export interface Tap {
  /** The port clients should connect to. */
  port: number;
  /** The exchanges so far, in the order their requests arrived. */
  exchanges: Exchange[];
  close(): Promise<void>;
}

/** Starts a tap on a port the operating system picks, forwarding to `targetPort` on 127.0.0.1. */
export function startTap(targetPort: number): Promise<Tap> {
  const exchanges: Exchange[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    const connection = ++connections;
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    sockets.add(client).add(upstream);
    // The requests of this connection still waiting for their final response, oldest first.
    const waiting: Exchange[] = [];
    // The request whose body is being read.
    let reading: Exchange | undefined;
    const requests = new MessageReader(
      requestBodyRule,
      (head, at) => {
        const [method = '', path = ''] = head.startLine.split(' ');
        const exchange: Exchange = { request: { method, path, headers: head.headers, body: Buffer.alloc(0), at, connection }, interim: [] };
        exchanges.push(exchange);
        waiting.push(exchange);
        reading = exchange;
      },
      (_head, body) => {
        if (reading) reading.request.body = body;
      },
      (now) => {
        if (reading && reading.request.bodyAt === undefined) reading.request.bodyAt = now;
      },
    );
    const responses = new MessageReader(
      (head) => {
        const status = Number(head.startLine.split(' ')[1]);
        const method = waiting[0]?.request.method;
        if (status < 200 || status === 204 || status === 304 || method === 'HEAD') return 'none';
        if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) return 'chunked';
        if (head.headers['content-length'] !== undefined) return Number(head.headers['content-length']) || 'none';
        return 'close';
      },
      () => undefined,
      (head, body, at) => {
        const status = Number(head.startLine.split(' ')[1]);
        const response: TappedResponse = { status, headers: head.headers, body, at };
        const exchange = waiting[0];
        if (!exchange) return;
        if (status < 200 && status !== 101) exchange.interim.push(response);
        else {
          exchange.response = response;
          waiting.shift();
        }
      },
    );
    client.on('data', (chunk: Buffer) => {
      requests.feed(chunk, performance.now());
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      responses.feed(chunk, performance.now());
      client.write(chunk);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => {
      responses.close();
      client.end();
    });
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        exchanges,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
