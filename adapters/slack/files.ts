import { DownloadTooLarge, readLimited, type IncomingFile } from '../../src/port.js';

/** The parts of a Slack file object (in `message` events with `subtype: file_share`) we read. */
export interface SlackFile {
  readonly id?: string;
  readonly name?: string;
  readonly title?: string;
  readonly size?: number;
  readonly mode?: string;
  readonly url_private_download?: string;
  readonly url_private?: string;
}

const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * A Slack file as an {@link IncomingFile}: downloaded from `url_private_download` with the bot
 * token. The token is only ever sent to Slack's own hosts (or the configured API host, for tests
 * and proxies), whatever URL an event carries.
 */
export function slackIncomingFile(file: SlackFile, botToken: string, apiUrl?: string): IncomingFile {
  const url = file.url_private_download ?? file.url_private ?? '';
  return {
    name: file.name ?? file.title ?? 'file',
    ...(typeof file.size === 'number' ? { size: file.size } : {}),
    webPageHint:
      'The Slack app probably lacks the files:read scope: add it under OAuth & Permissions and reinstall the app.',
    async download(maxBytes: number): Promise<Uint8Array> {
      if (!trustedHost(url, apiUrl)) throw new Error('the file is not on a Slack host');
      const response = await fetch(url, {
        headers: { Authorization: `Bearer ${botToken}` },
        redirect: 'follow',
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      });
      if (!response.ok || !response.body) throw new Error(`Slack answered ${response.status}`);
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body.cancel();
        throw new DownloadTooLarge(maxBytes);
      }
      const body = response.body;
      return readLimited(
        body as unknown as AsyncIterable<Uint8Array>,
        maxBytes,
        () => void body.cancel().catch(() => undefined),
      );
    },
  };
}

function trustedHost(url: string, apiUrl: string | undefined): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    host = u.host;
    if (u.protocol === 'https:' && (u.hostname === 'slack.com' || u.hostname.endsWith('.slack.com'))) return true;
  } catch {
    return false;
  }
  if (!apiUrl) return false;
  try {
    return new URL(apiUrl).host === host;
  } catch {
    return false;
  }
}
