import type { SearchPage } from '../candidates/candidates.js';
import { maskContactsInText, maskEmail, maskPhone } from '../profile/contacts.js';
import type { Profile } from '../profile/profile.js';
import type { SkillYearsLine } from '../profile/skill-years.js';
import type { Highlight } from '../search/highlights.js';
import { localLabel } from '../taxonomy/taxonomy.js';
import { describeNote } from '../search/query-language.js';
import { t, type Locale } from '../i18n/index.js';
import { encodePayload, type ActionId, type Payload } from './payload.js';
import { coverageFor, evidenceLines, renderPage, renderProfile } from './text.js';

/**
 * The platform-neutral reply every adapter renders: Slack into Block Kit, Feishu into card JSON
 * 2.0, the console into text. Each reply has a plain-text fallback (`text`), the asker's
 * language, who should see it, and its buttons. Contact details appear unmasked only in a
 * `contact` reply, which is built only after an allowed, audited reveal.
 */
export interface Action {
  /** Unique within a reply (Slack requires unique action ids). */
  readonly id: string;
  readonly action: ActionId;
  readonly label: string;
  /** Encoded {@link Payload}, at most 2,000 characters. */
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}

export interface CandidateCard {
  readonly id: string;
  readonly name: string;
  readonly headline: string | null;
  readonly years: number | null;
  readonly education: string | null;
  readonly city: string | null;
  readonly skills: readonly { readonly label: string; readonly matched: boolean }[];
  readonly why: readonly Highlight[];
  /** For a query of several concepts: how many this candidate shows, and the ones it lacks. */
  readonly coverage?: { readonly shown: number; readonly of: number; readonly missed: readonly string[] };
  /** Years with the query's skills and the dated jobs behind them (`Go · 4.5 yrs (2019.07–present @ 字节跳动)`). */
  readonly evidence?: readonly string[];
  /** Matched against a job description: `必须 4/5 · 加分 2/3`, and a ✓/✗ line per criterion. */
  readonly criteria?: { readonly summary: string; readonly lines: readonly string[] };
  /** Masked (`150****1980`, `l***@gmail.com`). */
  readonly contact: readonly string[];
  readonly source: string;
  readonly modified: string;
  readonly shortlisted: boolean;
  readonly actions: readonly Action[];
}

interface ReplyBase {
  readonly locale: Locale;
  /** `asker`: only the person who asked (Slack ephemeral, Feishu "visible to you"). */
  readonly visibility: 'asker' | 'conversation';
  /**
   * `replace`: the answer takes the place of the message whose button was clicked (paging,
   * Details); `new` (or absent): a new message. Set by {@link Conversation.act}: adapters never
   * open a button's payload to decide.
   */
  readonly delivery?: 'replace' | 'new';
  readonly text: string;
  readonly actions: readonly Action[];
}

export type Reply =
  | (ReplyBase & {
      readonly kind: 'results';
      readonly title: string;
      readonly total: number;
      readonly offset: number;
      /** "showing 1–5 of 23" (or "no candidates match"), in the asker's language. */
      readonly range: string;
      readonly cards: readonly CandidateCard[];
      readonly notes: readonly string[];
    })
  | (ReplyBase & {
      readonly kind: 'profile';
      readonly card: CandidateCard;
      readonly sections: readonly { readonly title: string; readonly lines: readonly string[] }[];
      /** A line above the card (what happened to an uploaded file). */
      readonly note?: string;
    })
  | (ReplyBase & {
      readonly kind: 'compare';
      readonly columns: readonly CandidateCard[];
      readonly rows: readonly { readonly label: string; readonly values: readonly string[] }[];
    })
  | (ReplyBase & {
      readonly kind: 'shortlist';
      readonly entries: readonly {
        readonly id: string;
        readonly name: string;
        readonly by: string;
        readonly at: string;
        readonly present: boolean;
      }[];
    })
  | (ReplyBase & {
      readonly kind: 'contact';
      readonly candidateId: string;
      readonly name: string;
      readonly phones: readonly string[];
      readonly emails: readonly string[];
      readonly links: readonly string[];
    })
  | (ReplyBase & { readonly kind: 'stats' | 'help' })
  | (ReplyBase & { readonly kind: 'notice'; readonly level: 'info' | 'refusal' | 'error' });

export type ReplyKind = Reply['kind'];

let counter = 0;

/** A button with its payload (the language travels along, so the answer keeps it). */
export function button(
  action: ActionId,
  label: string,
  payload: Omit<Payload, 'a'>,
  style?: 'primary' | 'danger',
): Action {
  counter = (counter + 1) % 1_000_000;
  return {
    id: `${action}:${payload.c ?? payload.s ?? payload.o ?? ''}:${counter}`,
    action,
    label,
    value: encodePayload({ a: action, ...payload }),
    ...(style ? { style } : {}),
  };
}

/** A candidate card (PRODUCT §4), contact masked, with Details / Similar / Shortlist / Reveal. */
export function candidateCard(
  profile: Profile,
  highlights: readonly Highlight[],
  matched: ReadonlySet<string>,
  shortlisted: boolean,
  locale: Locale,
): CandidateCard {
  const m = t(locale).chat;
  const school = profile.education.find((e) => e.school)?.school ?? null;
  const degree = profile.highestDegree ? t(locale).card.degree[profile.highestDegree] : null;
  return {
    id: profile.id,
    name: profile.displayName,
    headline: profile.headline,
    years: profile.years,
    education: [degree, school].filter(Boolean).join(' ') || null,
    city: profile.city,
    skills: profile.skills.slice(0, 8).map((s) => ({ label: localLabel(s.label, locale), matched: matched.has(s.id) })),
    why: highlights,
    contact: [...profile.phones.slice(0, 1).map(maskPhone), ...profile.emails.slice(0, 1).map(maskEmail)],
    source: profile.source,
    modified: profile.modifiedAt.slice(0, 10),
    shortlisted,
    actions: [
      button('details', m.details, { c: profile.id, l: locale }, 'primary'),
      button('similar', m.similar, { c: profile.id, l: locale }),
      shortlisted
        ? button('shortlist-remove', m.shortlistRemove, { c: profile.id, l: locale })
        : button('shortlist-add', m.shortlistAdd, { c: profile.id, l: locale }),
      button('reveal', m.reveal, { c: profile.id, l: locale }, 'danger'),
    ],
  };
}

/** Prev / Next (their payloads from `pagePayload`), Compare, and "showing 1–5 of 23", for any page of cards. */
export function pageControls(
  page: { readonly offset: number; readonly total: number; readonly page: readonly unknown[] },
  cards: readonly CandidateCard[],
  pagePayload: (offset: number) => Omit<Payload, 'a'>,
  locale: Locale,
  pageSize: number,
): { actions: Action[]; range: string } {
  const m = t(locale).chat;
  const actions: Action[] = [];
  if (page.offset > 0) actions.push(button('prev', m.prev, pagePayload(Math.max(0, page.offset - pageSize))));
  if (page.offset + page.page.length < page.total)
    actions.push(button('next', m.next, pagePayload(page.offset + pageSize), 'primary'));
  if (cards.length >= 2)
    actions.push(
      button('compare', m.compare(Math.min(3, cards.length)), { ids: cards.slice(0, 3).map((c) => c.id), l: locale }),
    );
  const labels = t(locale).card;
  const range =
    page.total === 0 ? labels.none : labels.results(page.offset + 1, page.offset + page.page.length, page.total);
  return { actions, range };
}

/** A page of results with Prev / Next and "showing 1–5 of 23". */
export function resultsReply(
  page: SearchPage,
  title: string,
  paging: { readonly query?: string; readonly similarTo?: string },
  shortlisted: (id: string) => boolean,
  locale: Locale,
  visibility: 'asker' | 'conversation',
  pageSize: number,
): Reply {
  const cards = page.page.map((match) => {
    const matched = new Set(match.matchedConcepts.flatMap((c) => (c.kind === 'taxonomy' ? [c.id] : [])));
    const card = candidateCard(match.profile, match.highlights, matched, shortlisted(match.profile.id), locale);
    const coverage = coverageFor(match.matchedConcepts, match.missedConcepts, locale, match.related);
    const evidence = evidenceLines(match.evidence, locale);
    return {
      ...card,
      ...(coverage ? { coverage } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
    };
  });
  const pagePayload = (o: number): Omit<Payload, 'a'> => ({
    o,
    l: locale,
    ...(paging.query !== undefined ? { q: paging.query } : {}),
    ...(paging.similarTo ? { s: paging.similarTo } : {}),
  });
  const { actions, range } = pageControls(page, cards, pagePayload, locale, pageSize);
  const labels = t(locale).card;
  const notes = [
    ...page.understood.notes.map((n) => describeNote(n, locale)),
    ...(page.relaxed ? [labels.relaxed] : []),
    ...(page.didYouMean.length > 0
      ? [`${labels.didYouMean}: ${page.didYouMean.map((d) => `${d.from} → ${d.to}`).join(', ')}?`]
      : []),
  ];
  const body = renderPage(page, locale).split('\n').slice(1).join('\n');
  // A query may itself be a phone number or an address: never echo one back.
  const safeTitle = maskContactsInText(title);
  return {
    kind: 'results',
    locale,
    visibility,
    title: safeTitle,
    total: page.total,
    offset: page.offset,
    range,
    cards,
    notes: notes.map((n) => maskContactsInText(n)),
    actions,
    text: `${safeTitle}\n${maskContactsInText(body)}`,
  };
}

/** The full profile: card, work, education, skills, links; contact still masked. */
export function profileReply(
  profile: Profile,
  shortlisted: boolean,
  locale: Locale,
  visibility: 'asker' | 'conversation',
  experience: readonly SkillYearsLine[] = [],
): Reply {
  const card = candidateCard(profile, [], new Set(), shortlisted, locale);
  const work = profile.work
    .map((w) => `${w.title ?? ''}${w.title && w.company ? ' @ ' : ''}${w.company ?? ''}`.trim())
    .filter((l) => l !== '');
  const education = profile.education
    .map((e) => [e.school, e.degree ? t(locale).card.degree[e.degree] : null, e.major].filter(Boolean).join(' · '))
    .filter((l) => l !== '');
  const m = t(locale).chat;
  return {
    kind: 'profile',
    locale,
    visibility,
    card,
    sections: [
      { title: m.row.companies, lines: work },
      { title: m.row.education, lines: education },
      { title: m.row.skillYears, lines: evidenceLines(experience, locale) },
      {
        title: m.row.skills,
        lines: [
          profile.skills
            .slice(0, 20)
            .map((s) => localLabel(s.label, locale))
            .join(', '),
        ],
      },
      { title: 'Links', lines: profile.links.filter((l) => !l.includes('@')).slice(0, 5) },
    ].filter((s) => s.lines.length > 0 && s.lines.some((l) => l !== '')),
    actions: card.actions,
    text: renderProfile(profile, locale, evidenceLines(experience, locale)),
  };
}

/** Two or three candidates side by side. */
export function compareReply(
  profiles: readonly Profile[],
  shortlisted: (id: string) => boolean,
  locale: Locale,
  visibility: 'asker' | 'conversation',
): Reply {
  const m = t(locale).chat;
  const columns = profiles.map((p) => candidateCard(p, [], new Set(), shortlisted(p.id), locale));
  const rows = [
    { label: m.row.headline, values: columns.map((c) => c.headline ?? '—') },
    {
      label: m.row.years,
      values: columns.map((c) => (c.years === null ? '—' : t(locale).years.amount(c.years))),
    },
    { label: m.row.education, values: columns.map((c) => c.education ?? '—') },
    { label: m.row.city, values: columns.map((c) => c.city ?? '—') },
    {
      label: m.row.skills,
      values: columns.map(
        (c) =>
          c.skills
            .slice(0, 6)
            .map((s) => s.label)
            .join(', ') || '—',
      ),
    },
    {
      label: m.row.companies,
      values: profiles.map(
        (p) => [...new Set(p.work.map((w) => w.company).filter(Boolean))].slice(0, 4).join(', ') || '—',
      ),
    },
    { label: m.row.contact, values: columns.map((c) => c.contact.join(' · ') || '—') },
  ];
  const text = [
    columns.map((c) => c.name).join(t(locale).join.versus),
    ...rows.map((r) => `${r.label}: ${r.values.join(' | ')}`),
  ].join('\n');
  return {
    kind: 'compare',
    locale,
    visibility,
    columns,
    rows,
    actions: columns.flatMap((c) => c.actions.filter((a) => a.action === 'details')),
    text,
  };
}

/** A one-line answer: a refusal, an error, or an acknowledgement. */
export function notice(
  level: 'info' | 'refusal' | 'error',
  message: string,
  locale: Locale,
  visibility: 'asker' | 'conversation' = 'asker',
  actions: readonly Action[] = [],
): Reply {
  return { kind: 'notice', level, locale, visibility, actions, text: message };
}
