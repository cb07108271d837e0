import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json, type HttpHandler, type HttpResponse } from '../src/platform/http.js';
import type { Logger } from '../src/logger.js';

export interface HttpServerOptions {
  /** `POST` routes by exact path (`/slack/events`, `/feishu/events`). */
  readonly routes: Readonly<Record<string, HttpHandler>>;
  /** The body of `GET /healthz`. */
  readonly health: () => Record<string, unknown>;
  readonly logger: Logger;
  /** Platform payloads are small; Bolt's own limit is 4 MB, Feishu's events are far smaller. */
  readonly bodyLimitBytes?: number;
}

export interface RunningServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * The one HTTP port (PRODUCT §9): `POST /slack/events`, `POST /feishu/events` and `GET /healthz`.
 * Reads each body once (with a limit) and gives the raw bytes to the adapter, which authenticates
 * them before parsing. A query string never changes the route.
 */
export async function startHttpServer(port: number, options: HttpServerOptions): Promise<RunningServer> {
  const limit = options.bodyLimitBytes ?? 1024 * 1024;
  const server: Server = createServer((req, res) => {
    void respond(req, options, limit).then(
      (response) => {
        res.writeHead(response.status, response.headers ?? {});
        res.end(response.body ?? '');
      },
      (error: unknown) => {
        options.logger.error(
          { err: error instanceof Error ? error.message : String(error), path: pathOf(req) },
          'http: request failed',
        );
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function respond(req: IncomingMessage, options: HttpServerOptions, limit: number): Promise<HttpResponse> {
  const path = pathOf(req);
  const method = req.method ?? 'GET';
  if (path === '/healthz') {
    if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: { allow: 'GET' } };
    return json(200, options.health());
  }
  const handler = options.routes[path];
  if (!handler) return json(404, { error: 'not found' });
  if (method !== 'POST') return { status: 405, headers: { allow: 'POST' } };
  const body = await readBody(req, limit);
  if (!body) return { status: 413 };
  return handler({ method, path, headers: req.headers, body });
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

/** The raw body, or null when it is over the limit (the rest is drained, not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
