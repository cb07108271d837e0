import { foldQuery, isCjk } from '../text/fold.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { QueryTerm } from './query-language.js';
import { cjkTerms, latinTerms, trimWord } from './tokenizer.js';

/**
 * One thing the user asked for. A query is a list of concepts, AND-ed: each must be satisfied.
 *
 * - `taxonomy`: a known skill, role, place, company… (`k8s` → Kubernetes). Satisfied by any alias
 *   of it or of a narrower entry (`消息队列` is satisfied by Kafka).
 * - `text`: anything else, matched literally: Latin words exactly, Chinese as written (bigrams in
 *   the index, then a verbatim check).
 */
export type Concept = TaxonomyConcept | TextConcept;

export interface TaxonomyConcept {
  readonly kind: 'taxonomy';
  /** What the user typed for it. */
  readonly typed: string;
  readonly id: string;
  readonly label: string;
  readonly presence: QueryTerm['presence'];
}

export interface TextConcept {
  readonly kind: 'text';
  readonly typed: string;
  /** Index terms (body field), all of which a match contains. */
  readonly terms: readonly string[];
  /** Folded literals a match must contain verbatim (Chinese runs, phrases). */
  readonly literals: readonly string[];
  readonly presence: QueryTerm['presence'];
}

const LATIN_OR_CJK = /((?:(?<![a-z0-9])\.(?=[a-z]))?[a-z0-9][a-z0-9.+#_\-/]*)|([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)/g;
const LONGEST_CJK_ALIAS = 10;

/** The most words a multi-word alias spans (`spring boot`, `amazon web services`). */
const LONGEST_ALIAS_WORDS = 4;

/**
 * Joins neighbouring words that together name one taxonomy entry: `machine learning`,
 * `project management`, `spring boot` (and `消息 队列`) are one skill each, not two words that
 * must both appear somewhere. Only plain words with the same sign are joined; phrases stay as typed.
 */
export function groupTerms(terms: readonly QueryTerm[], taxonomy: Taxonomy): QueryTerm[] {
  const out: QueryTerm[] = [];
  let i = 0;
  while (i < terms.length) {
    const first = terms[i] as QueryTerm;
    let joined: QueryTerm | null = null;
    let used = 1;
    for (let n = Math.min(LONGEST_ALIAS_WORDS, terms.length - i); n >= 2 && !first.phrase; n--) {
      const run = terms.slice(i, i + n);
      if (run.some((t) => t.phrase || t.presence !== first.presence)) continue;
      const text = run.map((t) => t.text).join(' ');
      const folded = foldQuery(text).trim();
      const squeezed = folded.replace(/\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+/g, '');
      if (taxonomy.lookup(folded) || (squeezed !== folded && taxonomy.lookup(squeezed))) {
        joined = { text: taxonomy.lookup(folded) ? text : squeezed, phrase: false, presence: first.presence };
        used = n;
        break;
      }
    }
    out.push(joined ?? first);
    i += used;
  }
  return out;
}

/** Turns one query term into concepts. */
export function analyzeTerm(term: QueryTerm, taxonomy: Taxonomy): Concept[] {
  const folded = foldQuery(term.text).trim();
  if (folded === '') return [];
  // Quotes mean "exactly this": a phrase is matched as written, never widened through synonyms.
  if (term.phrase) {
    const terms: string[] = [];
    for (const m of folded.matchAll(LATIN_OR_CJK)) {
      if (m[1]) latinTerms(m[1], taxonomy, terms);
      else if (m[2]) cjkTerms(m[2], terms);
    }
    return [{ kind: 'text', typed: term.text, terms: unique(terms), literals: [folded.replace(/\s+/g, ' ')], presence: term.presence }];
  }
  const whole = taxonomy.lookup(folded);
  if (whole) return [taxonomyConcept(term.text, whole, term.presence, taxonomy)];
  const out: Concept[] = [];
  for (const m of folded.matchAll(LATIN_OR_CJK)) {
    if (m[1]) out.push(...analyzeLatin(m[1], term.presence, taxonomy));
    else if (m[2]) out.push(...analyzeCjk(m[2], term.presence, taxonomy));
  }
  return out;
}

function analyzeLatin(word: string, presence: QueryTerm['presence'], taxonomy: Taxonomy): Concept[] {
  const w = trimWord(word);
  if (w === '') return [];
  const id = taxonomy.lookup(w);
  if (id) return [taxonomyConcept(w, id, presence, taxonomy)];
  const parts = w.split(/[./_-]+/).filter((p) => p !== '');
  // `go/java` is two skills; `foo-bar` that is not an alias stays one literal word.
  if (parts.length > 1 && /[/]/.test(w) && parts.every((p) => taxonomy.lookup(p))) {
    return parts.map((p) => taxonomyConcept(p, taxonomy.lookup(p) as string, presence, taxonomy));
  }
  const terms: string[] = [];
  latinTerms(w, taxonomy, terms);
  if (terms.length === 0) return [];
  // The compound itself if indexed, else its parts: `foo.bar` is found as written.
  return [{ kind: 'text', typed: w, terms: [terms[0] as string], literals: [], presence }];
}

/** Longest taxonomy aliases first; what is left is matched literally. */
function analyzeCjk(run: string, presence: QueryTerm['presence'], taxonomy: Taxonomy): Concept[] {
  const out: Concept[] = [];
  let rest = '';
  const flush = (): void => {
    if (rest === '') return;
    const terms: string[] = [];
    cjkTerms(rest, terms);
    out.push({ kind: 'text', typed: rest, terms: unique(terms), literals: [rest], presence });
    rest = '';
  };
  let i = 0;
  while (i < run.length) {
    let matched = false;
    for (let len = Math.min(LONGEST_CJK_ALIAS, run.length - i); len >= 2; len--) {
      const piece = run.slice(i, i + len);
      const id = taxonomy.lookup(piece);
      if (id) {
        flush();
        out.push(taxonomyConcept(piece, id, presence, taxonomy));
        i += len;
        matched = true;
        break;
      }
    }
    if (!matched) {
      rest += run[i] as string;
      i++;
    }
  }
  flush();
  return out;
}

function taxonomyConcept(typed: string, id: string, presence: QueryTerm['presence'], taxonomy: Taxonomy): TaxonomyConcept {
  return { kind: 'taxonomy', typed, id, label: taxonomy.label(id), presence };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** True when a concept is (partly) Chinese. */
export function isCjkConcept(concept: Concept): boolean {
  return Array.from(concept.typed).some(isCjk);
}
