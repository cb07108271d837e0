/**
 * The port: everything an adapter (adapters/slack, adapters/feishu, adapters/console) may use from
 * the core, and nothing else. dependency-cruiser checks it (`adapters-import-only-the-port` in
 * .dependency-cruiser.cjs). Inbound, an adapter turns a platform's event into an {@link Actor} and
 * text (`ask`), a button value (`act`) or a file (`upload`); outbound, it renders the {@link Reply}
 * it gets back, delivered as the reply says (`delivery`), with the pure helpers below.
 */
import type { Actor } from './conversation/actor.js';
import type { Reply } from './conversation/reply.js';
import type { IncomingFile } from './conversation/upload.js';

/** What an adapter calls: the conversation, seen from a platform. */
export interface Inbound {
  /** A question, a slash command or a DM (`/candidate rust`, `谁做过消息队列？`). */
  ask(actor: Actor, text: string): Promise<Reply>;
  /** A button click: `value` is the button's payload, untrusted. */
  act(actor: Actor, value: string): Promise<Reply>;
  /** A résumé file sent in a direct message (with the message's text, if any). */
  upload(actor: Actor, file: IncomingFile, text?: string): Promise<Reply>;
  /** The workspace or tenant the bot's own credentials belong to (answered when no allow-list is set). */
  homeWorkspace(platform: Actor['platform'], id: string): void;
}

// Who asks, and what they get back.
export type { Actor, PlaceKind } from './conversation/actor.js';
export type { Action, CandidateCard, Reply } from './conversation/reply.js';
export type { IncomingFile } from './conversation/upload.js';
export type { Logger } from './logger.js';
// Text the renderers share, so every platform says it the same way.
export { coverageLine, renderHelp } from './conversation/text.js';
export { localeFor, t, type Locale } from './i18n/index.js';
export { anyOf, COMMANDS } from './i18n/lexicon.js';
export { highlightRuns, type Highlight } from './search/highlights.js';
export { truncateMarkup } from './platform/truncate.js';
export { escapeRegExp } from './text/regexp.js';
// Delivery: redelivered events answered once, platform deadlines, bounded downloads.
export { EventDedupe, type Dedupe } from './conversation/dedupe.js';
export { within } from './platform/deadline.js';
export { DownloadTooLarge, readLimited } from './platform/download.js';
// HTTP: the routes an adapter mounts on the shared server, and start-up errors that say what to fix.
export {
  header,
  json,
  type HttpHandler,
  type HttpRequest,
  type HttpResponse,
  type PlatformAdapter,
} from './platform/http.js';
export { PlatformStartError } from './platform/start-error.js';
