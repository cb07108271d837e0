import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Candidates } from '../candidates/candidates.js';
import { DownloadTooLarge } from '../platform/download.js';
import { checkResumeBytes, RESUME_EXTENSIONS } from '../resume/read-folder.js';
import { describeKind, sniff } from '../resume/documents/extract.js';
import type { Actor } from './actor.js';
import type { AuditLog } from './audit-log.js';
import { t } from '../i18n/index.js';
import { mayUpload, type AccessConfig } from './policy.js';
import { notice, profileReply, type Reply } from './reply.js';
import type { Locale } from '../i18n/index.js';

/** A file someone sent the bot, as the platform describes it. Downloading is the adapter's job. */
export interface IncomingFile {
  readonly name: string;
  /** The size the platform states, when it states one (checked before downloading). */
  readonly size?: number;
  /** What to tell the user when the download returns a web page (a missing scope, say). */
  readonly webPageHint?: string;
  /**
   * Downloads the file, giving up (with an error) past `maxBytes`. Called only after the checks
   * that need no download passed.
   */
  download(maxBytes: number): Promise<Uint8Array>;
}

export interface UploadDeps {
  readonly pool: Candidates;
  readonly audit: AuditLog;
  readonly access: AccessConfig;
  readonly maxFileBytes: number;
  readonly isShortlisted: (id: string) => boolean;
}

/**
 * A résumé file sent to the bot (PRODUCT §5): only in a direct message, only from `UPLOAD_USERS`,
 * the size checked before downloading and the type after (by content: a login page saved as
 * `x.pdf` is no résumé), stored and indexed, and answered with the candidate's card or a reason.
 * Every upload, accepted or not, is audited with the file's name and content hash.
 */
export async function receiveUpload(
  deps: UploadDeps,
  actor: Actor,
  file: IncomingFile,
  locale: Locale,
): Promise<Reply> {
  const m = t(locale).chat;
  const name = path.basename(file.name.replace(/\\/g, '/')) || 'file';
  const audit = (
    allowed: boolean,
    result: string,
    extra: {
      sha256?: string;
      bytes?: number;
      storedAs?: string;
      candidate?: { id: string; name: string };
      reason?: string;
    } = {},
  ) =>
    deps.audit.recordUpload(actor, {
      file: {
        name,
        ...(extra.bytes !== undefined ? { bytes: extra.bytes } : {}),
        ...(extra.sha256 ? { sha256: extra.sha256 } : {}),
        ...(extra.storedAs ? { storedAs: extra.storedAs } : {}),
      },
      allowed,
      result,
      ...(extra.candidate ? { candidate: extra.candidate } : {}),
      ...(extra.reason ? { reason: extra.reason } : {}),
    });

  // In a group, a file is never downloaded: candidates' files do not pass through shared chats.
  if (actor.placeKind !== 'dm') return notice('info', m.uploadInDm, locale);
  if (!mayUpload(actor, deps.access)) {
    await audit(false, 'refused', { reason: 'not in UPLOAD_USERS' });
    return notice('refusal', m.uploadRefused, locale, 'conversation');
  }
  const ext = path.extname(name).toLowerCase();
  if (!RESUME_EXTENSIONS.has(ext)) {
    const check = await checkResumeBytes(name, new Uint8Array());
    const reason = check.ok ? 'unsupported' : check.reason;
    await audit(false, 'rejected', { reason });
    return notice('info', m.uploadUnreadable(name, reason), locale, 'conversation');
  }
  if (file.size !== undefined && file.size > deps.maxFileBytes) {
    await audit(false, 'too-large', { bytes: file.size });
    return notice(
      'refusal',
      m.uploadTooLarge(name, megabytes(file.size), megabytes(deps.maxFileBytes)),
      locale,
      'conversation',
    );
  }

  let bytes: Uint8Array;
  try {
    bytes = await file.download(deps.maxFileBytes);
  } catch (error) {
    if (error instanceof DownloadTooLarge) {
      await audit(false, 'too-large', { reason: `over ${deps.maxFileBytes} bytes while downloading` });
      return notice(
        'refusal',
        m.uploadTooLarge(name, `> ${megabytes(deps.maxFileBytes)}`, megabytes(deps.maxFileBytes)),
        locale,
        'conversation',
      );
    }
    await audit(false, 'download-failed', { reason: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
    return notice('error', m.uploadDownloadFailed(name), locale, 'conversation');
  }
  const sha256 = digest(bytes);
  const kind = sniff(bytes);
  if (kind === 'html' && ext !== '.html' && ext !== '.htm') {
    await audit(false, 'web-page', { sha256, bytes: bytes.length });
    return notice('error', m.uploadWebPage(name, file.webPageHint ?? ''), locale, 'conversation');
  }
  const check = await checkResumeBytes(name, bytes);
  if (!check.ok) {
    await audit(false, 'unreadable', { sha256, bytes: bytes.length, reason: check.reason });
    return notice(
      'info',
      m.uploadUnreadable(
        name,
        check.ok === false && kind === 'binary' ? `${check.reason} (${describeKind(kind)})` : check.reason,
      ),
      locale,
      'conversation',
    );
  }

  const outcome = await deps.pool.addUpload(name, bytes);
  const stored = { sha256, bytes: bytes.length, storedAs: outcome.source };
  if (outcome.kind === 'unreadable') {
    await audit(true, 'unreadable', { ...stored, reason: outcome.reason });
    return notice('info', m.uploadUnreadable(name, outcome.reason.replace(/^skipped: /, '')), locale, 'conversation');
  }
  const shown = outcome.kind === 'duplicate' ? outcome.original : outcome.profile;
  await audit(true, outcome.kind === 'duplicate' ? 'duplicate' : outcome.sameFile ? 'same-file' : 'indexed', {
    ...stored,
    candidate: { id: shown.id, name: shown.displayName },
  });
  const note =
    outcome.kind === 'duplicate'
      ? m.uploadDuplicate(name, outcome.original.displayName, m.sameBecause[outcome.why])
      : outcome.sameFile
        ? m.uploadSameFile(name, shown.displayName)
        : m.uploadAdded(name, shown.displayName);
  const reply = profileReply(
    shown,
    deps.isShortlisted(shown.id),
    locale,
    'conversation',
    await deps.pool.experience(shown),
  );
  return reply.kind === 'profile' ? { ...reply, note, text: `${note}\n\n${reply.text}` } : reply;
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
