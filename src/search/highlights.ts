import { maskContactsInText } from '../profile/contacts.js';
import { managementPosts } from '../profile/management.js';
import { stateOwnedPosts } from '../profile/ownership.js';
import type { Profile } from '../profile/profile.js';
import type { Taxonomy, TaxonomyHit } from '../taxonomy/taxonomy.js';
import { fold, foldQuery } from '../text/fold.js';
import type { Concept } from './concepts.js';
import { MANAGEMENT, STATE_OWNED } from '../taxonomy/entries.js';

/** A short quote from the résumé showing why it matched. */
export interface Highlight {
  /** The quote, contact details masked. */
  readonly text: string;
  /** Ranges of `text` to mark as matched. */
  readonly marks: readonly (readonly [number, number])[];
  /** What the user asked for that this quote answers. */
  readonly term: string;
  /** The synonym or narrower skill that fired, e.g. `k8s → Kubernetes`, `消息队列 → Kafka`. */
  readonly via?: string;
}

/** The facts read from how a résumé is written (see `WrittenFact`), by the entry that asks for each. */
const WRITTEN_FACTS: readonly (readonly [string, (folded: string) => { start: number; end: number }[]])[] = [
  [STATE_OWNED, stateOwnedPosts],
  [MANAGEMENT, managementPosts],
];

const MAX_HIGHLIGHTS = 3;
const WINDOW = 48;

interface Found {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly via?: string;
}

/**
 * Up to three quotes from `plain` (the résumé's cleaned text) for the concepts it matched, one per
 * concept first, in the order they were asked. `extra` are literal values to show too (filters such
 * as `company:美团`).
 */
export function highlightsFor(
  plain: string,
  concepts: readonly Concept[],
  profile: Profile,
  taxonomy: Taxonomy,
  extra: readonly string[] = [],
): Highlight[] {
  const folded = fold(plain);
  let hits: TaxonomyHit[] | undefined;
  const perConcept: Found[][] = [];
  for (const concept of concepts.flatMap((c) => (c.kind === 'any' ? c.members : [c]))) {
    if (concept.presence === 'prohibited') continue;
    if (concept.kind === 'taxonomy') {
      hits ??= taxonomy.findAll(folded, plain);
      const family = new Set([concept.id, ...taxonomy.descendants(concept.id)]);
      const typed = foldQuery(concept.typed);
      const found: Found[] = hits
        .filter((h) => family.has(h.id))
        .map((h) => {
          const written = plain.slice(h.start, h.end);
          let via: string | undefined;
          if (h.id !== concept.id) via = `${concept.typed} → ${taxonomy.label(h.id).split(' / ')[0]}`;
          else if (fold(written) !== typed) via = `${concept.typed} → ${written}`;
          return via
            ? { start: h.start, end: h.end, term: concept.typed, via }
            : { start: h.start, end: h.end, term: concept.typed };
        });
      // A state-owned employer, a management post, are mostly seen in how the posts are written.
      for (const [id, where] of WRITTEN_FACTS)
        if (family.has(id))
          for (const f of where(folded))
            found.push({ ...f, term: concept.typed, via: `${concept.typed} → ${plain.slice(f.start, f.end)}` });
      perConcept.push(found);
    } else {
      const needles = concept.literals.length > 0 ? concept.literals : concept.terms.slice(0, 1);
      let found = needles.flatMap((n) => occurrences(folded, n, concept.literals.length === 0));
      // A run of words the résumé writes apart (`律师事务所…合伙人`): where its words are.
      if (found.length === 0 && concept.parts)
        found = concept.parts.flatMap((p) => p.literals.flatMap((n) => occurrences(folded, n, false)));
      // Another form of the word (`negotiated` for `negotiation`), or the word in English (`deployed`
      // for 部署): where it is, and which word it was.
      const others = concept.forms ?? concept.glosses;
      if (found.length === 0 && others) {
        perConcept.push(
          others.flatMap((form) =>
            occurrences(folded, form, true).map((f) => ({
              ...f,
              term: concept.typed,
              via: `${concept.typed} → ${form}`,
            })),
          ),
        );
        continue;
      }
      perConcept.push(found.map((f) => ({ ...f, term: concept.typed })));
    }
  }
  for (const value of extra) {
    const needle = foldQuery(value).trim();
    if (needle !== '') perConcept.push(occurrences(folded, needle, false).map((f) => ({ ...f, term: value })));
  }

  // One quote per concept first, then more quotes of the first concepts, never two on one line.
  const chosen: Found[] = [];
  const usedLines = new Set<number>();
  for (let round = 0; round < MAX_HIGHLIGHTS && chosen.length < MAX_HIGHLIGHTS; round++) {
    for (const list of perConcept) {
      if (chosen.length >= MAX_HIGHLIGHTS) break;
      const pick = list.find((f) => !usedLines.has(lineStart(plain, f.start)) && !chosen.includes(f));
      if (pick) {
        chosen.push(pick);
        usedLines.add(lineStart(plain, pick.start));
      }
    }
  }
  return chosen.map((f) => quote(plain, f, profile));
}

function occurrences(folded: string, needle: string, wholeWord: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (needle === '') return out;
  let from = 0;
  while (out.length < 20) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + needle.length] ?? ' ';
    if (!wholeWord || (!/[a-z0-9]/.test(before) && !/[a-z0-9+#]/.test(after)))
      out.push({ start: at, end: at + needle.length });
    from = at + needle.length;
  }
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function quote(plain: string, found: Found, profile: Profile): Highlight {
  const start = lineStart(plain, found.start);
  const endOfLine = plain.indexOf('\n', found.end);
  const end = endOfLine < 0 ? plain.length : endOfLine;
  let from = Math.max(start, found.start - WINDOW);
  let to = Math.min(end, found.end + WINDOW);
  // Do not cut a Latin word in half.
  while (from > start && /[A-Za-z0-9]/.test(plain[from - 1] ?? '')) from--;
  while (to < end && /[A-Za-z0-9]/.test(plain[to] ?? '')) to++;
  const prefix = from > start ? '…' : '';
  const suffix = to < end ? '…' : '';
  const hit = plain.slice(found.start, found.end);
  const raw = `${prefix}${plain.slice(from, to).replace(/^[-#\s]+/, '')}${suffix}`.trim();
  // Mask the whole quote at once: a match inside an address (`qq.com` in `17321411@qq.com`) must
  // not split it into pieces that no longer look like one.
  const text = maskContactsInText(raw, profile.phones, profile.emails);
  const markStart = text === raw ? raw.indexOf(hit, Math.max(0, found.start - from - 1)) : text.indexOf(hit);
  const marks: [number, number][] = markStart >= 0 ? [[markStart, markStart + hit.length]] : [];
  return found.via ? { text, marks, term: found.term, via: found.via } : { text, marks, term: found.term };
}

/** A quote as runs of plain and matched text, in order (marks that overlap or fall outside are ignored). */
export function highlightRuns(h: Highlight): { readonly text: string; readonly marked: boolean }[] {
  const marks = [...h.marks].filter(([s, e]) => s < e && s >= 0 && e <= h.text.length).sort((a, b) => a[0] - b[0]);
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at) continue;
    if (s > at) runs.push({ text: h.text.slice(at, s), marked: false });
    runs.push({ text: h.text.slice(s, e), marked: true });
    at = e;
  }
  if (at < h.text.length) runs.push({ text: h.text.slice(at), marked: false });
  return runs;
}
