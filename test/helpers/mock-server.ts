import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a mock platform API received. */
export interface Recorded {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  /** JSON bodies parsed; form bodies as an object (with `blocks` JSON-parsed, as the Web API sends it). */
  readonly body: Record<string, unknown>;
}

export interface MockServer {
  readonly url: string;
  readonly requests: Recorded[];
  /** Requests to paths starting with `prefix`. */
  to(prefix: string): Recorded[];
  close(): Promise<void>;
}

export type MockRoute = (
  request: Recorded,
) =>
  | { status?: number; headers?: Record<string, string>; body: unknown }
  | Promise<{ status?: number; headers?: Record<string, string>; body: unknown }>;

/** A local stand-in for a platform's HTTP API on 127.0.0.1: records every request and answers by route. */
export async function startMockServer(route: MockRoute): Promise<MockServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        path: req.url ?? '/',
        headers: req.headers,
        raw,
        body: parse(raw, req.headers['content-type'] ?? ''),
      };
      requests.push(recorded);
      void Promise.resolve(route(recorded)).then((answer) => {
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        res.end(
          typeof answer.body === 'string' || Buffer.isBuffer(answer.body) ? answer.body : JSON.stringify(answer.body),
        );
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    to: (prefix) => requests.filter((r) => r.path.startsWith(prefix)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parse(raw: string, contentType: string): Record<string, unknown> {
  try {
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      const out: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
      for (const key of ['blocks', 'attachments'])
        if (typeof out[key] === 'string') out[key] = JSON.parse(out[key] as string);
      return out;
    }
    return raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  } catch {
    return {};
  }
}

/** Polls until `check` returns a value (not undefined / false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A TCP port that was free a moment ago (for a child process that needs a fixed PORT). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
