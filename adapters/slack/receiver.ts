import type { App, Receiver } from '@slack/bolt';
import { verifySlackSignature } from './signature.js';
import { header, json, type HttpRequest, type HttpResponse, type Logger } from '../../src/port.js';

export interface SlackHttpReceiverOptions {
  readonly signingSecret: string;
  readonly logger: Logger;
  /** Milliseconds since the epoch (tests pin it). */
  readonly now?: () => number;
  /**
   * Answer Slack by then even if no listener acknowledged: Slack shows the user an error after
   * 3,000 ms, so an empty 200 a little earlier is kinder than a timeout.
   */
  readonly ackDeadlineMs?: number;
}

/**
 * Bolt's receiver for HTTP mode, mounted at `POST /slack/events` on the shared server. It only
 * authenticates, parses and acknowledges; the listeners do the work. The signature is checked over
 * the raw bytes before anything is parsed; forged, missing or stale signatures get 401 and reach
 * no listener. The HTTP response is whatever the listener passes to `ack()` (the slash-command
 * answer when it is fast), sent as soon as `ack()` is called.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private readonly options: SlackHttpReceiverOptions;

  constructor(options: SlackHttpReceiverOptions) {
    this.options = options;
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  readonly handle = async (request: HttpRequest): Promise<HttpResponse> => {
    if (request.method !== 'POST') return { status: 405, headers: { allow: 'POST' } };
    const contentType = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const raw = request.body.toString('utf8');
    // Slack's certificate check carries no signature and asks for nothing but a 200.
    if (contentType === 'application/x-www-form-urlencoded' && /^ssl_check=1(&|$)/.test(raw)) return { status: 200 };
    const check = verifySlackSignature({
      signingSecret: this.options.signingSecret,
      body: request.body,
      timestamp: header(request, 'x-slack-request-timestamp'),
      signature: header(request, 'x-slack-signature'),
      nowMs: (this.options.now ?? Date.now)(),
    });
    if (!check.ok) {
      this.options.logger.warn({ reason: check.reason }, 'slack: rejected a request with a bad signature');
      return { status: 401 };
    }
    const body = parseBody(contentType, raw);
    if (!body) return { status: 400, body: 'slack: unreadable request body' };
    if (body['type'] === 'url_verification') return json(200, { challenge: String(body['challenge'] ?? '') });
    // Interactivity always names who clicked; a payload without a user is malformed, not our failure.
    if (body['type'] === 'block_actions' && !hasUserId(body['user']))
      return { status: 400, body: 'slack: block_actions without a user' };
    const app = this.app;
    if (!app) return { status: 503 };

    const retryNum = Number(header(request, 'x-slack-retry-num'));
    const retryReason = header(request, 'x-slack-retry-reason');
    return new Promise<HttpResponse>((resolve) => {
      let answered = false;
      const answer = (response: HttpResponse): void => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        resolve(response);
      };
      const timer = setTimeout(() => {
        this.options.logger.warn(
          { deadlineMs: this.options.ackDeadlineMs ?? 2500 },
          'slack: no acknowledgement in time; answered with an empty 200',
        );
        answer({ status: 200 });
      }, this.options.ackDeadlineMs ?? 2500);
      app
        .processEvent({
          body,
          ...(Number.isInteger(retryNum) && retryNum > 0 ? { retryNum } : {}),
          ...(retryReason ? { retryReason } : {}),
          ack: async (response?: unknown) => answer(ackResponse(response)),
        })
        .then(
          // Nothing listens for this kind of request (Bolt acknowledges only what it routes).
          () => answer({ status: 404 }),
          (error: unknown) => {
            this.options.logger.error(
              { err: error instanceof Error ? error.message : String(error) },
              'slack: a listener failed',
            );
            answer({ status: 500, headers: { 'x-slack-no-retry': '1' } });
          },
        );
    });
  };
}

function hasUserId(user: unknown): boolean {
  return (
    typeof user === 'object' &&
    user !== null &&
    typeof (user as { id?: unknown }).id === 'string' &&
    (user as { id: string }).id !== ''
  );
}

/** Form bodies (commands; interactivity as a `payload` JSON field) and JSON bodies (events). Never throws. */
function parseBody(contentType: string, raw: string): Record<string, unknown> | null {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      if (payload !== null) return asObject(JSON.parse(payload));
      return Object.fromEntries(form);
    }
    return asObject(JSON.parse(raw));
  } catch {
    return null;
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function ackResponse(response: unknown): HttpResponse {
  if (response === undefined || response === '') return { status: 200 };
  if (typeof response === 'string')
    return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: response };
  return json(200, response);
}
