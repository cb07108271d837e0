import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/conversation/actor.js';
import { AuditLog } from '../../src/conversation/audit-log.js';
import { DEDUPE_TTL_MS, EventDedupe } from '../../src/conversation/dedupe.js';
import { checkAccess, mayRevealContact, replyVisibility, type AccessConfig } from '../../src/conversation/policy.js';
import { ShortlistStore } from '../../src/conversation/shortlist-store.js';
import { DEV_LOADER, ROOT } from '../helpers/run.js';
import { tempDir } from '../helpers/seeds.js';

const alice: Actor = {
  platform: 'slack',
  userId: 'U_ALICE',
  displayName: 'alice',
  placeId: 'C_HIRING',
  placeKind: 'public',
  workspaceId: 'T1',
};
const bob: Actor = { platform: 'feishu', userId: 'ou_bob', displayName: 'bob', placeId: 'oc_1', placeKind: 'dm' };

describe('EventDedupe', () => {
  it('answers an event once, however often it is delivered within the TTL', () => {
    let now = 0;
    const dedupe = new EventDedupe({ now: () => now });
    expect(dedupe.seen('Ev1')).toBe(false);
    expect(dedupe.seen('Ev1')).toBe(true);
    now += 7 * 60 * 60 * 1000; // Feishu's last retry, about seven hours later
    expect(dedupe.seen('Ev1')).toBe(true);
    now += DEDUPE_TTL_MS;
    expect(dedupe.seen('Ev1')).toBe(false);
    expect(dedupe.seen('')).toBe(false);
    expect(dedupe.seen('')).toBe(false);
  });

  it('keeps its memory bounded', () => {
    const dedupe = new EventDedupe({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) dedupe.seen(`e${i}`);
    expect(dedupe.size).toBe(100);
    expect(dedupe.seen('e999')).toBe(true);
    expect(dedupe.seen('e0')).toBe(false);
  });
});

describe('ShortlistStore', () => {
  it('adds idempotently, remembers who and when, removes, and persists across restarts', async () => {
    const file = path.join(tempDir(), 'shortlists.json');
    const store = await ShortlistStore.open(file, { now: () => new Date('2026-11-22T10:00:00Z') });
    const first = await store.add('000_a', '张林伟', alice);
    expect(first).toMatchObject({
      status: 'added',
      entry: {
        candidateId: '000_a',
        addedBy: { userId: 'U_ALICE', displayName: 'alice' },
        addedAt: '2026-11-22T10:00:00.000Z',
      },
    });
    expect(await store.add('000_a', '张林伟', bob)).toMatchObject({
      status: 'already',
      entry: { addedBy: { displayName: 'alice' } },
    });
    const again = await ShortlistStore.open(file);
    expect(again.list().map((e) => e.candidateId)).toEqual(['000_a']);
    expect(await again.remove('000_a')).toMatchObject({ status: 'removed' });
    expect(await again.remove('000_a')).toEqual({ status: 'not-shortlisted' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, entries: [] });
  });

  it('serialises concurrent clicks: one add wins, the others say already', async () => {
    const store = await ShortlistStore.open(path.join(tempDir(), 'shortlists.json'));
    const results = await Promise.all(Array.from({ length: 10 }, () => store.add('x', 'X', alice)));
    expect(results.filter((r) => r.status === 'added')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'already')).toHaveLength(9);
  });

  it('sets an unreadable file aside (kept, never deleted) and starts afresh', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shortlists.json');
    writeFileSync(file, '{"version": 1, "entries": [');
    let kept = '';
    const store = await ShortlistStore.open(file, { onRecovered: (k) => (kept = k) });
    expect(store.list()).toEqual([]);
    expect(existsSync(kept)).toBe(true);
    expect(readFileSync(kept, 'utf8')).toBe('{"version": 1, "entries": [');
  });

  it('never leaves a corrupt or truncated file when the writer is killed with SIGKILL', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shortlists.json');
    for (let round = 0; round < 8; round++) {
      const child = fork(path.join(ROOT, 'test/fixtures/shortlist-writer.ts'), [file], {
        execArgv: ['--import', DEV_LOADER],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      await new Promise<void>((resolve) => child.once('message', () => resolve()));
      await new Promise((r) => setTimeout(r, 50 + ((round * 37) % 150)));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      if (!existsSync(file)) continue;
      const parsed = JSON.parse(readFileSync(file, 'utf8'));
      expect(parsed.version).toBe(1);
      for (const e of parsed.entries) expect(e.candidateName).toMatch(/^候选人 \d+ x*$/);
      // The next open cleans up temporaries a killed writer left behind and reads the file.
      const reopened = await ShortlistStore.open(file);
      expect(reopened.list().length).toBe(parsed.entries.length);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    }
    expect(existsSync(file)).toBe(true);
  }, 120_000);

  it('loses no write while another process opens the store over and over (its temporaries are not ours to delete)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shortlists.json');
    // Each write is fsynced: 1,000 keep the interleavings many (opens > 10) and the test well
    // inside its time on a loaded machine (3,000 took 96–120 s there).
    const writes = 1000;
    const child = fork(path.join(ROOT, 'test/fixtures/shortlist-writer.ts'), [file, String(writes)], {
      execArgv: ['--import', DEV_LOADER],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const done = new Promise<{ failed: number }>((resolve) =>
      child.on('message', (m) => typeof m === 'object' && m !== null && resolve(m as { failed: number })),
    );
    let finished = false;
    void done.then(() => (finished = true));
    let opens = 0;
    while (!finished) {
      await ShortlistStore.open(file);
      opens++;
    }
    const { failed } = await done;
    await new Promise((r) => child.once('exit', r));
    expect(opens).toBeGreaterThan(10);
    expect(failed).toBe(0);
    expect((await ShortlistStore.open(file)).list()).toHaveLength(writes);
  }, 240_000);
});

describe('ShortlistStore across processes (issue 15, without Redis)', () => {
  it('two processes adding 200 interleaved entries at once: all 200 are there, and a reader sees them without reopening', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shortlists.json');
    const reader = await ShortlistStore.open(file);
    const writers = ['bot-', 'cli-'].map((prefix) =>
      fork(path.join(ROOT, 'test/fixtures/shortlist-writer.ts'), [file, '100', prefix], {
        execArgv: ['--import', DEV_LOADER],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      }),
    );
    const results = await Promise.all(
      writers.map(
        (child) =>
          new Promise<{ failed: number }>((resolve) =>
            child.on('message', (m) => typeof m === 'object' && m !== null && resolve(m as { failed: number })),
          ),
      ),
    );
    await Promise.all(
      writers.map((child) => (child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)))),
    );
    expect(results).toEqual([{ failed: 0 }, { failed: 0 }]);
    const ids = (await ShortlistStore.open(file)).list().map((e) => e.candidateId);
    expect(new Set(ids).size).toBe(200);
    expect(ids.filter((id) => id.startsWith('bot-'))).toHaveLength(100);
    // The store opened before the writers started sees their entries (no restart needed).
    expect(reader.list()).toHaveLength(200);
    expect(reader.get('cli-candidate-99')?.candidateName).toBe('候选人 99');
    // And its own next change keeps them all.
    await reader.add('reader-1', 'Reader', { platform: 'console', userId: 'me', placeKind: 'console' });
    expect((await ShortlistStore.open(file)).list()).toHaveLength(201);
  }, 120_000);
});

describe('AuditLog', () => {
  it('appends one flushed JSON line per reveal with who, whom, where and when — never the contact itself', async () => {
    const file = path.join(tempDir(), 'audit.log');
    const log = new AuditLog(file, () => new Date('2026-11-22T10:00:00Z'));
    await log.recordReveal(alice, { id: '000_a', name: '张林伟' }, false, 'not on CONTACT_REVEAL_USERS');
    await log.recordReveal(bob, { id: '000_a', name: '张林伟' }, true);
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        at: '2026-11-22T10:00:00.000Z',
        action: 'reveal-contact',
        allowed: false,
        who: { platform: 'slack', userId: 'U_ALICE', displayName: 'alice' },
        whom: { candidateId: '000_a', candidateName: '张林伟' },
        where: { platform: 'slack', placeKind: 'public', placeId: 'C_HIRING', workspaceId: 'T1' },
        reason: 'not on CONTACT_REVEAL_USERS',
      },
      {
        at: '2026-11-22T10:00:00.000Z',
        action: 'reveal-contact',
        allowed: true,
        who: { platform: 'feishu', userId: 'ou_bob', displayName: 'bob' },
        whom: { candidateId: '000_a', candidateName: '张林伟' },
        where: { platform: 'feishu', placeKind: 'dm', placeId: 'oc_1' },
      },
    ]);
    await log.close();
  });
});

describe('policy', () => {
  const open: AccessConfig = { allowedUsers: [], allowedChannels: [], contactRevealUsers: [] };
  it('lets everyone in by default, answers only the asker in channels, reveals to nobody', () => {
    expect(checkAccess(alice, open)).toEqual({ allowed: true });
    expect(replyVisibility(alice)).toBe('asker');
    expect(replyVisibility({ ...alice, placeKind: 'private' })).toBe('asker');
    expect(replyVisibility(bob)).toBe('conversation');
    expect(mayRevealContact(alice, open)).toBe(false);
  });

  it('applies the user and channel allowlists, and the reveal list by id or platform:id', () => {
    const strict: AccessConfig = {
      allowedUsers: ['U_ALICE', 'feishu:ou_bob'],
      allowedChannels: ['C_HIRING'],
      contactRevealUsers: ['feishu:ou_bob'],
    };
    expect(checkAccess(alice, strict)).toEqual({ allowed: true });
    expect(checkAccess({ ...alice, placeId: 'C_RANDOM' }, strict)).toEqual({ allowed: false, reason: 'channel' });
    expect(checkAccess({ ...alice, userId: 'U_EVE' }, strict)).toEqual({ allowed: false, reason: 'user' });
    expect(checkAccess(bob, strict)).toEqual({ allowed: true }); // a DM is not a channel
    expect(mayRevealContact(bob, strict)).toBe(true);
    expect(mayRevealContact({ ...bob, platform: 'slack' }, strict)).toBe(false);
  });

  it('answers only the home workspace unless ALLOWED_TEAMS says otherwise, Slack Connect users included', () => {
    const home = new Set(['slack:T_HOME']);
    const inHome = { ...alice, workspaceId: 'T_HOME' };
    expect(checkAccess(inHome, open, home)).toEqual({ allowed: true });
    expect(checkAccess({ ...alice, workspaceId: 'T_OTHER' }, open, home)).toEqual({ allowed: false, reason: 'team' });
    expect(checkAccess({ ...inHome, userWorkspaceId: 'T_PARTNER' }, open, home)).toEqual({
      allowed: false,
      reason: 'team',
    });
    const partners: AccessConfig = { ...open, allowedTeams: ['T_HOME', 'slack:T_PARTNER'] };
    expect(checkAccess({ ...inHome, userWorkspaceId: 'T_PARTNER' }, partners, home)).toEqual({ allowed: true });
    // Another platform's home is not this one's; a platform that never said where it is installed is open.
    expect(checkAccess({ ...bob, workspaceId: 'tenant_1' }, open, home)).toEqual({ allowed: true });
    expect(
      checkAccess({ ...bob, workspaceId: 'tenant_1' }, { ...open, allowedTeams: ['feishu:tenant_2'] }, home),
    ).toEqual({ allowed: false, reason: 'team' });
  });
});
