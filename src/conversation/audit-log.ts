import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../fs/sync-folder.js';
import type { Actor } from './actor.js';

/**
 * `DATA_DIR/audit.log`: one JSON line per contact reveal — allowed or refused —, per removal from
 * the shortlist (an addition is kept, with who and when, in the shortlist itself) and per résumé
 * upload — accepted or not, with the file's name and content hash —, with who, whom, where and when. Append-only, and each line is flushed to disk before the reveal is answered, so
 * an audited reveal survives a crash. It never contains the contact details themselves.
 */
export interface AuditEntry {
  readonly at: string;
  readonly action: 'reveal-contact' | 'shortlist-remove' | 'upload';
  readonly allowed: boolean;
  readonly who: { readonly platform: string; readonly userId: string; readonly displayName?: string };
  /** The candidate concerned; for an upload, the one the file became (absent when it became none). */
  readonly whom?: { readonly candidateId: string; readonly candidateName: string };
  /** Uploads: the file as sent, its SHA-256 (absent when it was never downloaded), and what became of it. */
  readonly file?: {
    readonly name: string;
    readonly bytes?: number;
    readonly sha256?: string;
    readonly storedAs?: string;
  };
  readonly result?: string;
  readonly where: {
    readonly platform: string;
    readonly placeId?: string;
    readonly placeKind: string;
    readonly workspaceId?: string;
  };
  readonly reason?: string;
}

/** The shared audit trail could not take an entry (the local line is written): the action must not go ahead. */
export class AuditUnavailable extends Error {
  constructor(cause: unknown) {
    super(`audit: the shared audit trail is unavailable (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'AuditUnavailable';
  }
}

/** Where audited entries go besides the local file (Redis, shared by every copy). */
export interface AuditSink {
  append(entry: AuditEntry): Promise<void>;
}

export class AuditLog {
  readonly file: string;
  private handle: FileHandle | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  private readonly sink: AuditSink | undefined;

  /**
   * `sink`: with several copies of the bot, every entry also goes to one shared place (Redis); an
   * entry is acknowledged only when both have it, so an audited reveal is never lost.
   */
  constructor(file: string, now: () => Date = () => new Date(), sink?: AuditSink) {
    this.file = file;
    this.now = now;
    this.sink = sink;
  }

  /** Appends and flushes one reveal decision; resolves once it is on disk. */
  recordReveal(
    actor: Actor,
    candidate: { id: string; name: string },
    allowed: boolean,
    reason?: string,
  ): Promise<AuditEntry> {
    return this.record('reveal-contact', actor, candidate, allowed, reason);
  }

  /** Appends and flushes a removal from the shortlist (who took whom off, where and when). */
  recordShortlistRemoval(actor: Actor, candidate: { id: string; name: string }): Promise<AuditEntry> {
    return this.record('shortlist-remove', actor, candidate, true);
  }

  /** Appends and flushes one upload: who sent which file (name, hash), and what became of it. */
  recordUpload(
    actor: Actor,
    upload: {
      file: NonNullable<AuditEntry['file']>;
      allowed: boolean;
      result: string;
      candidate?: { id: string; name: string };
      reason?: string;
    },
  ): Promise<AuditEntry> {
    return this.record('upload', actor, upload.candidate, upload.allowed, upload.reason, {
      file: upload.file,
      result: upload.result,
    });
  }

  private record(
    action: AuditEntry['action'],
    actor: Actor,
    candidate: { id: string; name: string } | undefined,
    allowed: boolean,
    reason?: string,
    extra: Pick<AuditEntry, 'file' | 'result'> = {},
  ): Promise<AuditEntry> {
    const entry: AuditEntry = {
      at: this.now().toISOString(),
      action,
      allowed,
      who: {
        platform: actor.platform,
        userId: actor.userId,
        ...(actor.displayName ? { displayName: actor.displayName } : {}),
      },
      ...(candidate ? { whom: { candidateId: candidate.id, candidateName: candidate.name } } : {}),
      ...extra,
      where: {
        platform: actor.platform,
        placeKind: actor.placeKind,
        ...(actor.placeId ? { placeId: actor.placeId } : {}),
        ...(actor.workspaceId ? { workspaceId: actor.workspaceId } : {}),
      },
      ...(reason ? { reason } : {}),
    };
    const run = this.queue.then(async () => {
      if (!this.handle) {
        await mkdir(path.dirname(this.file), { recursive: true });
        const created = !(await stat(this.file).catch(() => null));
        this.handle = await open(this.file, 'a');
        // A new file's name lives in its folder: sync the folder too, or a crash can lose the file.
        if (created) await syncFolder(path.dirname(this.file));
      }
      await this.handle.write(`${JSON.stringify(entry)}\n`);
      await this.handle.datasync();
      if (this.sink) {
        try {
          await this.sink.append(entry);
        } catch (cause) {
          throw new AuditUnavailable(cause);
        }
      }
      return entry;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle?.close();
    this.handle = null;
  }
}
