import type { Logger } from '../logger.js';
import type { Candidates } from '../candidates/candidates.js';
import { poolStats } from '../store/stats.js';
import { maskContactsInText } from '../profile/contacts.js';
import type { Profile } from '../profile/profile.js';
import type { Actor } from './actor.js';
import { AuditUnavailable, type AuditLog } from './audit-log.js';
import { localeFor, t, type Locale } from '../i18n/index.js';
import { hasCjk } from '../text/cjk.js';
import { decodePayload, type Payload } from './payload.js';
import { checkAccess, mayRevealContact, replyVisibility, type AccessConfig } from './policy.js';
import { button, compareReply, notice, profileReply, resultsReply, type Reply } from './reply.js';
import { ShortlistUnavailable, type Shortlist } from './shortlist-store.js';
import { renderAmbiguous, renderHelp } from './text.js';
import { understand } from './understand.js';
import { receiveUpload, type IncomingFile } from './upload.js';
import { jobRequest } from './job-request.js';
import { jobMatchReply } from './job-reply.js';
import { decodeCriteria, readJobDescription, type JobCriteria } from '../match/job-description.js';

export interface ConversationDeps {
  readonly pool: Candidates;
  readonly shortlist: Shortlist;
  readonly audit: AuditLog;
  readonly access: AccessConfig;
  /** `auto`: answer in the language of the question. */
  readonly locale?: 'auto' | Locale;
  readonly logger?: Logger;
  /** Candidates per page (PRODUCT §4: 5). */
  readonly pageSize?: number;
  /** The largest résumé file accepted as an upload, in bytes (`MAX_FILE_MB`; default 20 MiB). */
  readonly maxFileBytes?: number;
}

const QUIET: Logger = { info() {}, warn() {}, error() {}, debug() {} };

/** Buttons whose answer replaces the message they are on. */
const IN_PLACE: ReadonlySet<string> = new Set(['next', 'prev', 'details']);

/**
 * Everything a user experiences, platform-neutral: questions and slash commands (`ask`) and button
 * clicks (`act`) become {@link Reply} values the adapters render. Access is checked first, the
 * answer's visibility follows where it was asked, contact details stay masked unless a reveal is
 * allowed (and every reveal is audited), and a failure becomes a friendly message, never a throw.
 */
export class Conversation {
  private readonly homeWorkspaces = new Set<string>();
  private readonly deps: ConversationDeps;
  private readonly pageSize: number;
  private readonly logger: Logger;

  constructor(deps: ConversationDeps) {
    this.deps = deps;
    this.pageSize = deps.pageSize ?? 5;
    this.logger = deps.logger ?? QUIET;
  }

  /**
   * The workspace a platform says the bot is installed in (Slack `auth.test`): with `ALLOWED_TEAMS`
   * empty, only people of these workspaces are answered.
   */
  homeWorkspace(platform: Actor['platform'], id: string): void {
    if (id !== '') this.homeWorkspaces.add(`${platform}:${id}`);
  }

  /** A question or a slash command's text. */
  async ask(actor: Actor, text: string): Promise<Reply> {
    const jd = jobRequest(typeof text === 'string' ? text : '');
    if (jd !== null) return this.matchJob(actor, jd);
    const understood = understand(text, this.deps.pool.taxonomy, { locale: this.deps.locale ?? 'auto' });
    const locale = understood.locale;
    return this.guard(actor, locale, async () => {
      const visibility = replyVisibility(actor);
      switch (understood.intent) {
        case 'search': {
          const page = await this.deps.pool.search(understood.query, { limit: this.pageSize, offset: 0 });
          // A phone number or address is never searched; say so rather than showing help.
          if (page.empty && (page.understood.contactsDropped || maskContactsInText(text) !== text))
            return notice('info', t(locale).chat.contactsNotSearchable, locale, visibility);
          if (page.empty) return this.help(locale, visibility);
          return resultsReply(
            page,
            understood.summary,
            { query: understood.query },
            (id) => this.isShortlisted(id),
            locale,
            visibility,
            this.pageSize,
          );
        }
        case 'show':
          return this.show(understood.targets[0] ?? '', locale, visibility);
        case 'similar':
          return this.similar(understood.targets[0] ?? '', 0, locale, visibility);
        case 'compare':
          return this.compare(understood.targets, locale, visibility);
        case 'shortlist':
          return this.listShortlist(locale, visibility);
        case 'stats':
          return this.stats(locale, visibility);
        case 'reload':
          return this.reload(actor, locale);
        case 'help':
          return this.help(locale, visibility);
      }
    });
  }

  /**
   * A file sent to the bot (see upload.ts). `text` is what came with it, if anything: it sets the
   * language of the answer.
   */
  async upload(actor: Actor, file: IncomingFile, text = ''): Promise<Reply> {
    const configured = this.deps.locale ?? 'auto';
    const locale: Locale =
      configured !== 'auto'
        ? configured
        : hasCjk(`${text}${file.name}`)
          ? 'zh'
          : text.trim() !== ''
            ? understand(text, this.deps.pool.taxonomy, { locale: 'auto' }).locale
            : 'en';
    return this.guard(actor, locale, () =>
      receiveUpload(
        {
          pool: this.deps.pool,
          audit: this.deps.audit,
          access: this.deps.access,
          maxFileBytes: this.deps.maxFileBytes ?? 20 * 1024 * 1024,
          isShortlisted: (id) => this.isShortlisted(id),
        },
        actor,
        file,
        locale,
      ),
    );
  }

  /** A job description: who fits it, by its must-haves and nice-to-haves (see match/). */
  async matchJob(actor: Actor, jd: string): Promise<Reply> {
    const configured = this.deps.locale ?? 'auto';
    const locale = localeFor(jd, configured);
    return this.guard(actor, locale, () =>
      this.jobPage(readJobDescription(jd, this.deps.pool.taxonomy), 0, locale, replyVisibility(actor)),
    );
  }

  private async jobPage(
    job: JobCriteria,
    offset: number,
    locale: Locale,
    visibility: 'asker' | 'conversation',
  ): Promise<Reply> {
    if (job.criteria.length === 0) return notice('info', t(locale).chat.jobNoCriteria, locale, visibility);
    const page = await this.deps.pool.matchJob(job, { limit: this.pageSize, offset });
    return jobMatchReply(
      page,
      this.deps.pool.taxonomy,
      (id) => this.isShortlisted(id),
      locale,
      visibility,
      this.pageSize,
    );
  }

  /** A button click: `value` is the button's payload, untrusted. */
  async act(actor: Actor, value: string): Promise<Reply> {
    const payload = decodePayload(value);
    const locale: Locale =
      payload?.l ?? (this.deps.locale === 'zh' || this.deps.locale === 'en' ? this.deps.locale : 'en');
    const reply = await this.guard(actor, locale, async () => {
      if (!payload) return notice('info', t(locale).chat.badAction, locale);
      return this.dispatch(actor, payload, locale);
    });
    // Paging and Details update the message they are on (PRODUCT §4); a notice never replaces a card.
    return { ...reply, delivery: payload && IN_PLACE.has(payload.a) && reply.kind !== 'notice' ? 'replace' : 'new' };
  }

  private async dispatch(actor: Actor, p: Payload, locale: Locale): Promise<Reply> {
    const visibility = replyVisibility(actor);
    const m = t(locale).chat;
    switch (p.a) {
      case 'next':
      case 'prev': {
        const offset = p.o ?? 0;
        if (p.s) return this.similar(p.s, offset, locale, visibility);
        if (p.j)
          return this.jobPage(
            { criteria: decodeCriteria(p.j, this.deps.pool.taxonomy), ignored: [], title: null },
            offset,
            locale,
            visibility,
          );
        const page = await this.deps.pool.search(p.q ?? '', { limit: this.pageSize, offset });
        const title = understand(p.q ?? '', this.deps.pool.taxonomy, { locale }).summary;
        return resultsReply(
          page,
          title,
          { query: p.q ?? '' },
          (id) => this.isShortlisted(id),
          locale,
          visibility,
          this.pageSize,
        );
      }
      case 'details': {
        const profile = this.live(p.c);
        return profile
          ? profileReply(
              profile,
              this.isShortlisted(profile.id),
              locale,
              visibility,
              await this.deps.pool.experience(profile),
            )
          : this.gone(p.c, locale);
      }
      case 'similar':
        return this.similar(p.c ?? '', p.o ?? 0, locale, visibility);
      case 'compare': {
        const profiles = (p.ids ?? []).map((id) => this.live(id));
        if (profiles.some((x) => !x)) return this.gone(undefined, locale);
        return profiles.length >= 2
          ? compareReply(profiles as Profile[], (id) => this.isShortlisted(id), locale, visibility)
          : notice('info', m.compareNeedsTwo, locale);
      }
      case 'shortlist-add': {
        const profile = this.live(p.c);
        if (!profile) return this.gone(p.c, locale);
        const result = await this.deps.shortlist.add(profile.id, profile.displayName, actor);
        if (result.status === 'already') {
          const by =
            result.entry.addedBy.userId === actor.userId && result.entry.addedBy.platform === actor.platform
              ? m.you
              : `@${result.entry.addedBy.displayName ?? result.entry.addedBy.userId}`;
          return notice(
            'info',
            m.already(profile.displayName, by, result.entry.addedAt.slice(0, 16).replace('T', ' ')),
            locale,
            'asker',
            [button('shortlist-list', m.shortlistList, { l: locale })],
          );
        }
        this.logger.debug(
          { action: 'shortlist-add', candidate: profile.id, user: actor.userId, platform: actor.platform },
          'shortlisted',
        );
        return notice('info', m.added(profile.displayName), locale, 'asker', [
          button('shortlist-remove', m.shortlistRemove, { c: profile.id, l: locale }),
          button('shortlist-list', m.shortlistList, { l: locale }),
        ]);
      }
      case 'shortlist-remove': {
        const entry = this.deps.shortlist.get(p.c ?? '');
        const name = this.live(p.c)?.displayName ?? entry?.candidateName ?? p.c ?? '';
        const result = await this.deps.shortlist.remove(p.c ?? '');
        if (result.status === 'removed')
          await this.deps.audit.recordShortlistRemoval(actor, {
            id: result.entry.candidateId,
            name: result.entry.candidateName,
          });
        return notice('info', result.status === 'removed' ? m.removed(name) : m.notShortlisted(name), locale, 'asker', [
          button('shortlist-list', m.shortlistList, { l: locale }),
        ]);
      }
      case 'shortlist-list':
        return this.listShortlist(locale, visibility);
      case 'reveal':
        return this.reveal(actor, p.c, locale);
    }
  }

  /** Contact details, only for users on the reveal list; every request is audited, allowed or not. */
  private async reveal(actor: Actor, id: string | undefined, locale: Locale): Promise<Reply> {
    const m = t(locale).chat;
    const profile = this.live(id);
    if (!profile) return this.gone(id, locale);
    const allowed = mayRevealContact(actor, this.deps.access);
    await this.deps.audit.recordReveal(
      actor,
      { id: profile.id, name: profile.displayName },
      allowed,
      allowed ? undefined : 'not on CONTACT_REVEAL_USERS',
    );
    this.logger.debug(
      { action: 'reveal-contact', allowed, candidate: profile.id, user: actor.userId, platform: actor.platform },
      'contact reveal requested',
    );
    if (!allowed) return notice('refusal', m.revealRefused, locale);
    const lines = [
      m.revealTitle(profile.displayName),
      ...profile.phones,
      ...profile.emails,
      ...profile.links.slice(0, 3),
    ];
    return {
      kind: 'contact',
      locale,
      visibility: 'asker',
      candidateId: profile.id,
      name: profile.displayName,
      phones: profile.phones,
      emails: profile.emails,
      links: profile.links.slice(0, 3),
      actions: [],
      text:
        profile.phones.length + profile.emails.length > 0
          ? lines.join('\n')
          : `${m.revealTitle(profile.displayName)}\n${m.noContact}`,
    };
  }

  private async show(target: string, locale: Locale, visibility: 'asker' | 'conversation'): Promise<Reply> {
    const m = t(locale).chat;
    const found = this.deps.pool.find(target);
    if (found.kind === 'found')
      return profileReply(
        found.profile,
        this.isShortlisted(found.profile.id),
        locale,
        visibility,
        await this.deps.pool.experience(found.profile),
      );
    if (found.kind === 'ambiguous') {
      return notice(
        'info',
        renderAmbiguous(found.candidates, locale),
        locale,
        visibility,
        found.candidates
          .slice(0, 5)
          .map((p) => button('details', `${m.details}: ${p.displayName}`, { c: p.id, l: locale })),
      );
    }
    return notice('info', m.notFound(target), locale, visibility);
  }

  private async similar(
    target: string,
    offset: number,
    locale: Locale,
    visibility: 'asker' | 'conversation',
  ): Promise<Reply> {
    const m = t(locale).chat;
    const byId = this.deps.pool.profile(target);
    const found = byId ? ({ kind: 'found', profile: byId } as const) : this.deps.pool.find(target);
    if (found.kind !== 'found')
      return found.kind === 'ambiguous'
        ? notice('info', renderAmbiguous(found.candidates, locale), locale, visibility)
        : this.gone(target, locale);
    const page = await this.deps.pool.similar(found.profile.id, { limit: this.pageSize, offset });
    if (!page) return this.gone(target, locale);
    return resultsReply(
      page,
      m.similarTitle(found.profile.displayName),
      { similarTo: found.profile.id },
      (id) => this.isShortlisted(id),
      locale,
      visibility,
      this.pageSize,
    );
  }

  private compare(targets: readonly string[], locale: Locale, visibility: 'asker' | 'conversation'): Reply {
    const m = t(locale).chat;
    const profiles: Profile[] = [];
    for (const t of targets) {
      const found = this.deps.pool.find(t);
      if (found.kind === 'found') profiles.push(found.profile);
      else
        return notice(
          'info',
          found.kind === 'ambiguous' ? renderAmbiguous(found.candidates, locale) : m.notFound(t),
          locale,
          visibility,
        );
    }
    return profiles.length >= 2
      ? compareReply(profiles.slice(0, 3), (id) => this.isShortlisted(id), locale, visibility)
      : notice('info', m.compareNeedsTwo, locale, visibility);
  }

  private listShortlist(locale: Locale, visibility: 'asker' | 'conversation'): Reply {
    const m = t(locale).chat;
    const entries = this.deps.shortlist.list().map((e) => ({
      id: e.candidateId,
      name: e.candidateName,
      by: e.addedBy.displayName ?? e.addedBy.userId,
      at: e.addedAt.slice(0, 10),
      present: this.live(e.candidateId) !== undefined,
    }));
    const text =
      entries.length === 0
        ? m.emptyShortlist
        : [
            m.shortlistTitle(entries.length),
            ...entries.map(
              (e, i) =>
                `${i + 1}. ${e.name} — ${e.by}, ${e.at}${e.present ? '' : t(locale).join.aside(m.noLongerInPool)}`,
            ),
          ].join('\n');
    const actions = entries
      .filter((e) => e.present)
      .slice(0, 10)
      .map((e) => button('details', `${m.details}: ${e.name}`, { c: e.id, l: locale }));
    return { kind: 'shortlist', locale, visibility, entries, actions, text };
  }

  private stats(locale: Locale, visibility: 'asker' | 'conversation'): Reply {
    const m = t(locale).chat;
    const s = poolStats(this.deps.pool.current());
    const text = [
      m.stats(s.resumes, s.duplicates, s.skipped),
      `${m.topSkills}: ${s.topSkills.map((k) => `${k.label.split(' / ')[0]} (${k.candidates})`).join(', ')}`,
      m.freshness(s.newestResume?.slice(0, 10) ?? '—'),
    ].join('\n');
    return { kind: 'stats', locale, visibility, actions: [], text };
  }

  private help(locale: Locale, visibility: 'asker' | 'conversation'): Reply {
    return { kind: 'help', locale, visibility, actions: [], text: renderHelp(locale) };
  }

  /** Reload is for admins: the users allowed to reveal contact details (the most trusted list). */
  private async reload(actor: Actor, locale: Locale): Promise<Reply> {
    const m = t(locale).chat;
    if (!mayRevealContact(actor, this.deps.access)) return notice('refusal', m.reloadRefused, locale);
    const changed = await this.deps.pool.refresh();
    return notice('info', changed ? m.reloaded(this.deps.pool.current().profiles.length) : m.reloadUnchanged, locale);
  }

  private isShortlisted(id: string): boolean {
    return this.deps.shortlist.get(id) !== undefined;
  }

  /** The candidate if still in the pool (an old button may name one who has left). */
  private live(id: string | undefined): Profile | undefined {
    return id ? this.deps.pool.profile(id) : undefined;
  }

  private gone(id: string | undefined, locale: Locale): Reply {
    const m = t(locale).chat;
    const name = id ? (this.deps.shortlist.get(id)?.candidateName ?? id) : undefined;
    return notice('info', name ? m.gone(name) : m.goneGeneric, locale);
  }

  /** Access first; any failure becomes a friendly message and a log line without personal data. */
  private async guard(actor: Actor, locale: Locale, work: () => Promise<Reply> | Reply): Promise<Reply> {
    const access = checkAccess(actor, this.deps.access, this.homeWorkspaces);
    const m = t(locale).chat;
    if (!access.allowed)
      return notice(
        'refusal',
        access.reason === 'user' ? m.refusedUser : access.reason === 'team' ? m.refusedTeam : m.refusedChannel,
        locale,
      );
    try {
      return await work();
    } catch (error) {
      this.logger.error(
        { err: error instanceof Error ? error.message : String(error), platform: actor.platform },
        'conversation failed',
      );
      // Shared state (Redis) unreachable: say what did not happen, so nobody assumes it did.
      if (error instanceof ShortlistUnavailable) return notice('error', m.shortlistUnavailable, locale);
      if (error instanceof AuditUnavailable) return notice('error', m.auditUnavailable, locale);
      return notice('error', m.error, locale);
    }
  }
}
