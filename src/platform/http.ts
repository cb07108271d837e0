import type { IncomingHttpHeaders } from 'node:http';

/**
 * The one HTTP shape every platform adapter speaks. The composition root owns the server (one
 * port for `/slack/events`, `/feishu/events` and `/healthz`, PRODUCT §9), reads each body once
 * with a size limit, and hands adapters the raw bytes: signatures are computed over exactly those
 * bytes, before anything is parsed.
 */
export interface HttpRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export type HttpHandler = (request: HttpRequest) => Promise<HttpResponse>;

/** The factory shape both chat adapters export (`createSlackAdapter`, `createFeishuAdapter`). */
export interface PlatformAdapter {
  readonly platform: 'slack' | 'feishu' | 'console';
  /** Routes to mount on the shared server (empty in Socket Mode / long-connection mode). */
  readonly routes: Readonly<Record<string, HttpHandler>>;
  /** Connects (checks credentials, opens sockets); rejects with a message naming what to fix. */
  start(): Promise<void>;
  /** Stops taking new work and closes connections. */
  stop(): Promise<void>;
}

/** A JSON response. */
export function json(status: number, value: unknown): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

/** The first value of a header (Node joins or arrays some). */
export function header(request: HttpRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
