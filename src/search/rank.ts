import type { PoolSnapshot } from '../store/snapshot.js';
import {
  degreeRank,
  degreesFrom,
  HEAD_POSTS,
  SKILL_KINDS,
  TECH_KINDS,
  TRADE_KINDS,
  usedIn,
  type DegreeId,
  type Profile,
} from '../profile/profile.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { foldQuery } from '../text/fold.js';
import { hasCjk } from '../text/cjk.js';
import {
  anyOf,
  DEPUTY_PREFIX,
  LEVEL_WORDS,
  RANK_TRANSLATIONS,
  RANK_WORDS,
  STUDY_WORDS,
  TITLE_ROLE_WORDS,
  wordsOf,
} from '../i18n/lexicon.js';
import {
  analyzeTerm,
  isWeak,
  type AnyConcept,
  type Concept,
  type TaxonomyConcept,
  type TextConcept,
} from './concepts.js';
import { intersect, type Clause } from '../store/compact-index.js';
import {
  fieldWithDegree,
  heldCredential,
  heldDegree,
  nearPairs,
  PROXIMITY_BOOST,
  proximityPattern,
} from './proximity.js';
import { NAME_WEIGHT, type Named } from './fallbacks.js';
import { levelKey, topK, type LevelList } from './top-k.js';
import {
  type Context,
  acceptor,
  allDocs,
  duplicateMap,
  estimate,
  exactDocs,
  experiencedDocs,
  hasPosting,
  excluding,
  isRequirement,
  keep,
  personOf,
  requiredTerms,
  termDocs,
  union,
  verbatimDocs,
  withYears,
  yearsShortfall,
  UNPROVEN_YEARS_SHARE,
} from './retrieve.js';
import type { CandidateMatch, RelatedConcept } from './types.js';
import { columnsOf } from './columns.js';
import { looseDocs, looseShown } from './loose.js';

/** A two-word name written apart: part of the thing (see loose.ts). */
export const LOOSE_SHARE = 0.5;
/** … in full when written apart in this many places (a third for one). */
const LOOSE_TIMES = 3;

/*
 * Step 3, rank: requirements decide who is a candidate, coverage of the ranked concepts groups them,
 * lunr's BM25 orders each group, then evidence and proximity re-order the head.
 */

/**
 * lunr scores the best `limit + MARGIN` candidates, picked by top-k with the same weights (the
 * stored BM25 parts are lunr's own score, measured cheaper than lunr for anything over a page), so
 * ties at the cut are still ordered by lunr.
 */
export const MARGIN = 10;

export interface Ranked {
  readonly total: number;
  readonly matches: CandidateMatch[];
  readonly relaxed: boolean;
}

/**
 * The retrieval model (PRODUCT §3, "ranking, not filtering"). Requirements (`+term`, phrases,
 * alternatives groups, `skill:`, filters, years) decide who is a candidate; plain concepts decide
 * the order: candidates are grouped by the share of the query's concepts they show, each weighted
 * by its rarity in the pool (idf), and lunr's BM25 (skills, titles and the headline weigh more
 * than free text) with proximity orders each group. Role and filler words (engineer, 开发…) only
 * add to lunr's score. The page is picked by MaxScore (top-k.ts): who cannot make it is never
 * scored; lunr, evidence and proximity then order only the page's neighbourhood.
 */
export function ranked(
  ctx: Context,
  concepts: readonly Concept[],
  named: Named | null,
  rankOnly: readonly Concept[] = [],
  modifiers: ReadonlySet<Concept> = new Set(),
  onto: ReadonlyMap<Concept, Concept> = new Map(),
): Ranked {
  const { snapshot } = ctx;
  const pos = concepts.filter((c) => c.presence !== 'prohibited');
  const neg = concepts.filter((c) => c.presence === 'prohibited');
  // A word of rank right after a function among other things asked (`国企当过财务科长的`, `HR manager
  // in Pune`): the two are one post. The word decides nothing of its own; the function ranks who
  // held the post first.
  const rankOf = new Map<Concept, Concept>();
  pos.forEach((c, i) => {
    const next = pos[i + 1];
    if (next && next.presence === 'default' && isRankWord(next) && holdsPosts(ctx.taxonomy, c)) rankOf.set(next, c);
  });
  // A deputy's word right before a head's post (`deputy GM`, `deputy Party secretary`) asks the deputy's
  // post: one post with it, the word deciding nothing of its own.
  const deputyPosts = new Set<Concept>();
  pos.forEach((c, i) => {
    const post = pos[i + 1];
    if (DEPUTY_WORD.test(c.typed.trim().toLowerCase()) && post?.kind === 'taxonomy' && HEAD_POSTS.has(post.id)) {
      deputyPosts.add(post);
      rankOf.set(c, post);
    }
  });
  const posted = new Set(rankOf.values());
  // In a description of several things (`backup admin with SAN, EMC/NetApp and Veeam or Backup Exec`),
  // a choice is one of them: any of it shows it, and it ranks like the others. Asked for alone or
  // beside one other thing (`Go或者Rust`, `Hadoop or Spark data engineer`), it is what is asked: it
  // decides. A choice of places always decides, as a city does.
  const described = pos.filter((c) => !isWeak(c) && !rankOf.has(c)).length >= DESCRIPTION;
  // A choice of who one is in a clause of its own (`做机器学习3年以上的，算法工程师、数据科学家都行`), beside
  // something else asked, says who will do: it ranks.
  const people = (c: Concept): boolean =>
    c.kind === 'any' &&
    c.ownClause === true &&
    c.members.every(
      (m) => (m.kind === 'taxonomy' && ctx.taxonomy.kind(m.id) === 'role') || PERSON_ZH.test(m.typed.trim()),
    );
  const besides = (c: Concept): boolean =>
    pos.some((o) => o !== c && !isWeak(o) && !rankOf.has(o) && !isPlace(o, ctx.taxonomy) && !people(o));
  const ranksChoice = (c: Concept): boolean =>
    c.kind === 'any' && !isPlace(c, ctx.taxonomy) && (described || (people(c) && besides(c)));
  const hard = pos.filter((c) => isRequirement(c) && !ranksChoice(c));
  const soft = pos.filter((c) => !isRequirement(c) || ranksChoice(c));
  const strong = soft.filter((c) => !isWeak(c) && !rankOf.has(c));
  // A query of role words only (`engineer`) is ranked by them; next to a requirement, a filter or
  // years (`candidates with a PhD`, `+rust engineer`) they decide nothing.
  const decided = hard.length > 0 || ctx.filters.some((f) => !f.negated) || ctx.years !== null;
  // Role words next to a place alone (`engineers based in Texas (Houston, Dallas)`, `city:北京 工程师`):
  // the role is what is asked, and ranks as a concept.
  const placed =
    strong.length === 0 &&
    (hard.length > 0 || ctx.filters.some((f) => f.field === 'city' && !f.negated)) &&
    hard.every((c) => isPlace(c, ctx.taxonomy)) &&
    ctx.filters.every((f) => f.field === 'city' || f.negated);
  const roles = placed ? soft.filter((c) => isRoleWord(c) || (c.kind === 'any' && c.members.every(isRoleWord))) : [];
  const ranking = roles.length > 0 ? roles : strong.length > 0 || decided ? strong : soft;
  const weak = [
    ...(strong.length > 0 || decided ? soft.filter((c) => (isWeak(c) || rankOf.has(c)) && !roles.includes(c)) : []),
    ...rankOnly,
  ];
  const exact = new Map<Concept, Int32Array>();
  const docsOf = (c: Concept): Int32Array => {
    let docs = exact.get(c);
    if (!docs) {
      // Years with a skill as a requirement (`years:go>=3`): only who shows them.
      docs =
        named && c === named.concept
          ? named.docs
          : withYears(c) && isRequirement(c)
            ? experiencedDocs(snapshot, c)
            : exactDocs(snapshot, c, docsOf);
      exact.set(c, docs);
    }
    return docs;
  };
  const formed = new Map<Concept, Int32Array>();
  /** Documents that write only another form of a plain English word asked (see TextConcept#forms). */
  const formDocsOf = (c: Concept): Int32Array => {
    let docs = formed.get(c);
    if (!docs)
      formed.set(
        c,
        (docs = c.kind === 'text' && c.forms ? difference(formsDocs(snapshot, c.forms), docsOf(c)) : EMPTY),
      );
    return docs;
  };
  const experienced = new Map<Concept, Int32Array>();
  /** Documents that show a ranked concept fully (a skill with years: the years too). */
  const showsOf = (c: Concept): Int32Array => {
    if (!withYears(c)) return docsOf(c);
    let docs = experienced.get(c);
    if (!docs) experienced.set(c, (docs = experiencedDocs(snapshot, c)));
    return docs;
  };

  let required: Int32Array | null = null;
  for (const c of [...hard].sort((a, b) => estimate(ctx, a) - estimate(ctx, b))) {
    required = required === null ? docsOf(c) : intersect(required, docsOf(c));
    if (required.length === 0) return { total: 0, matches: [], relaxed: false };
  }

  const size = snapshot.profiles.length;
  // In an English query naming two known things or more, a plain word weighs less than its rarity
  // (see PLAIN_WORD_WEIGHT): who shows the things asked comes before who writes more of the words.
  const plainLess =
    ![...hard, ...ranking].some((c) => hasCjk(c.typed)) && ranking.filter((c) => c.kind !== 'text').length >= 2;
  const rarity = ranking.map((c) => {
    if (named && c === named.concept) return NAME_WEIGHT;
    const plain = plainLess && c.kind === 'text' && !c.phrase ? PLAIN_WORD_WEIGHT : 1;
    // A Chinese word is rare or common among the résumés that could write it (see chineseReaders).
    const among =
      c.kind === 'text' && !c.glosses && CJK_ONLY_WORD.test(c.typed) ? chineseReaders(snapshot, docsOf(c)) : size;
    return idf(among, docsOf(c).length) * (modifiers.has(c) ? MODIFIER_WEIGHT : 1) * plain;
  });
  // A Chinese word written onto a skill typed in Latin letters (`ERP实施`) weighs at most half that skill.
  ranking.forEach((c, i) => {
    const skill = onto.get(c);
    const j = skill ? ranking.indexOf(skill) : -1;
    if (j >= 0 && !someonesName(snapshot, c, docsOf(c)))
      rarity[i] = Math.min(rarity[i] as number, (rarity[j] as number) * MODIFIER_WEIGHT);
  });
  // A skill asked with years outweighs the plain words beside it (`在国内会计师事务所干过5年以上的`):
  // who shows it without proving the years still comes before who only writes the words.
  const plainWords = (c: Concept): boolean =>
    c.kind === 'text' || (c.kind === 'any' && c.members.every((m) => m.kind === 'text'));
  const heaviestWord = Math.max(0, ...rarity.filter((_, i) => plainWords(ranking[i] as Concept)));
  const things = rarity.map((w, i) =>
    withYears(ranking[i] as Concept) && !isPlace(ranking[i] as Concept, ctx.taxonomy)
      ? Math.max(w, (heaviestWord / UNPROVEN_YEARS_SHARE) * PLACE_LEAD)
      : w,
  );
  // Where someone is comes before what else they show (`河北国企的人选`, `Java developers in Bangalore`):
  // a place asked for weighs as much as the weightiest other thing asked, and a little more.
  const heaviest = Math.max(0, ...things.filter((_, i) => !isPlace(ranking[i] as Concept, ctx.taxonomy)));
  const weights = things.map((w, i) =>
    isPlace(ranking[i] as Concept, ctx.taxonomy) ? Math.max(w, heaviest * PLACE_LEAD) : w,
  );
  const fullKey = levelKey(weights.reduce((a, b) => a + b, 0));
  const graded = ranking.some(withYears);
  // Every file of a person takes part (a newer file may say what an older one does not); each
  // person is shown once, by their best-ranked file.
  const duplicates = duplicateMap(snapshot).count;
  const allowed = excluding(snapshot, neg);
  const accept = acceptor(ctx, allowed, 'keep');

  if (pos.length === 0 && rankOnly.length === 0) {
    const candidates = keep(ctx, required ?? allDocs(snapshot), allowed);
    return { total: candidates.length, matches: byExperience(ctx, candidates), relaxed: false };
  }

  const clauses = [
    ...hard.flatMap((c) => clausesOf(snapshot, c, 'hard')),
    ...ranking.flatMap((c) => clausesOf(snapshot, c, 'soft')),
    ...weak.flatMap((c) => clausesOf(snapshot, c, 'weak')),
    // A word of rank counts in the other language too (`人力资源总监`: an English `HR Director`).
    ...weak
      .filter(isRankWord)
      .flatMap((c) => RANK_TRANSLATIONS[c.typed.trim().toLowerCase()] ?? [])
      .flatMap((word) => analyzeTerm({ text: word, phrase: false, presence: 'default' }, ctx.taxonomy))
      .filter((c) => c.kind === 'text')
      .flatMap((c) => clausesOf(snapshot, c, 'weak')),
    // Who only does a role's practice (firmware, not `embedded software engineer`) is ordered by how
    // much of it the résumé shows, not by the order of the files.
    ...ranking.flatMap((c) => {
      const practice = c.kind === 'taxonomy' ? practiceOf(ctx.taxonomy, c.id) : null;
      if (!practice) return [];
      const label = ctx.taxonomy.label(practice);
      return clausesOf(
        snapshot,
        { kind: 'taxonomy', typed: c.typed, id: practice, label, presence: 'default' },
        'weak',
      );
    }),
  ];
  // An assistant's post asked for in two words (`总经理 助理`): who assisted is what is asked.
  const deputiesAsked = pos.some(
    (c, i) => ASSISTANT_WORD.test(c.typed.trim().toLowerCase()) && !deputyPosts.has(pos[i + 1] as Concept),
  );
  // The best page (plus what proximity and lunr's cut look at) by coverage, then BM25: MaxScore
  // walks the rare concepts' lists and never scores who cannot make it (see top-k.ts).
  const post = ranking.length === 1 && (weak.some(isRankWord) || namesPost(ranking[0] as Concept));
  const studyAsked = weak.some((c) => STUDY.has(c.typed.trim().toLowerCase()));
  // A field asked for: with study words (`专业`, `major`), or as the field of a degree (`a bachelor's in finance`).
  const fieldAsked = ctx.degreeIn === true || weak.some((c) => FIELD_STUDY.has(c.typed.trim().toLowerCase()));
  // Only in a question about study (`会计学硕士学历`, `degree in international business`): next to a
  // degree, other things asked for (`电力行业出身、高级工程师职称、研究生学历`) are what one did since.
  const fieldChoice = (c: Concept): c is AnyConcept =>
    c.kind === 'any' && c.members.length > 0 && c.members.every((m) => isField(ctx, m, fieldAsked));
  // A degree named beside the one asked (`master's in IT (M.Tech IT)`) says it again: it asks no other thing.
  const level = ranking.every(
    (c) => (c.kind === 'taxonomy' && isDegree(ctx, c.id)) || isField(ctx, c, fieldAsked) || fieldChoice(c),
  )
    ? studiedLevel(ctx, studyAsked)
    : null;
  /** A choice of fields studied (`a degree in supply chain management or logistics`): each résumé shows its best. */
  const studiedAny = (c: AnyConcept, weight: number, at: StudiedLevel): LevelList => ({
    docs: docsOf(c),
    weight,
    share: (doc) => {
      const studied = (snapshot.profiles[doc] as Profile).studied;
      return Math.max(...c.members.map((m) => studiedShare(studied?.[m.kind === 'taxonomy' ? m.id : ''], at)));
    },
  });
  // A choice of fields asked for as a requirement, alone (`degree in supply chain management or
  // logistics`): every candidate has one of them, and who studied one comes first.
  const studiedChoices =
    level && ranking.length === 0 ? hard.filter(fieldChoice).map((c) => studiedAny(c, 1, level)) : [];
  // Companies asked for on their own, perhaps with a place (`at least 3 years at Microsoft`, `HCL in
  // Chennai`), are employers; beside other things (`微软Office里做排版`, `IBM认证`) they may be a maker.
  const employerAsked = ranking.every((c) => employerIds(ctx.taxonomy, c) !== null || isPlace(c, ctx.taxonomy));
  // Who shows only something broader than what is asked comes at the end (see BROADER_SHARE).
  const asked = new Set([...hard, ...ranking].flatMap(entryIds));
  const broaders = ranking.map((c) => broaderOf(ctx, c, asked));
  const lists: LevelList[] = ranking
    .map((c, i): LevelList => {
      const shows = withYears(c) ? showsOf(c) : null;
      const weight = weights[i] as number;
      if (shows && withYears(c))
        return {
          docs: docsOf(c),
          weight,
          share: (doc) => (hasPosting(shows, doc) ? 1 : yearsShortfall(snapshot, doc, c)),
        };
      if (c.kind === 'text' && c.parts) return wordsList(snapshot, c, c.parts.map(docsOf), weight);
      if (c.kind === 'text' && c.forms) return formsList(size, docsOf(c), formDocsOf(c), weight);
      // A post asked for (`sales manager`, `采购经理`, `人力资源总监`): who held it, in either
      // language (`销售部经理`, `Director of Procurement`), before who only names the function.
      // Who only does the post's practice (quality work, for `质量经理`) comes after who names the post
      // without holding it, a tier below.
      if ((post || posted.has(c)) && c.kind === 'taxonomy') {
        const id = c.id;
        const own = docsOf(c);
        const practice = practiceOf(ctx.taxonomy, id);
        const doers = practice ? difference(snapshot.index.postingsOf(practice, 'tags'), own) : EMPTY;
        return {
          docs: doers.length > 0 ? union(own, doers) : own,
          weight,
          share: (doc) =>
            (snapshot.profiles[doc] as Profile).titled?.some((t) => t === id || t === practice)
              ? 1
              : hasPosting(own, doc)
                ? UNTITLED_SHARE
                : UNTITLED_SHARE * PRACTICE_SHARE,
        };
      }
      // A field asked for with a degree or as studied (`会计学硕士`, `国际贸易专业毕业的`, `a degree in
      // physics`): who studied it comes before who only names it (a job, a title, a course).
      if (level && fieldChoice(c)) return studiedAny(c, weight, level);
      if (level && c.kind === 'taxonomy') {
        const id = c.id;
        return {
          docs: docsOf(c),
          weight,
          share: (doc) => studiedShare((snapshot.profiles[doc] as Profile).studied?.[id], level),
        };
      }
      if (c.kind === 'taxonomy' && c.parts) return apartList(docsOf(c), c.parts.map(docsOf), weight);
      if (c.kind === 'taxonomy') {
        const practice = practiceOf(ctx.taxonomy, c.id);
        if (practice) {
          return inPart(docsOf(c), snapshot.index.postingsOf(practice, 'tags'), weight, PRACTICE_SHARE);
        }
      }
      // Schooling below any degree asked for (`高中学历`, `high school diploma`): whose schooling
      // ended there before who went on to a degree.
      if (c.kind === 'taxonomy' && belowDegrees(ctx.taxonomy, c.id)) {
        const degree = columnsOf(snapshot).degree;
        return { docs: docsOf(c), weight, share: (doc) => (degree[doc] === 0 ? 1 : BEYOND_SCHOOLING_SHARE) };
      }
      return { docs: docsOf(c), weight };
    })
    .map((list, i) => heldShare(snapshot, ranking[i] as Concept, list))
    .map((list, i) => {
      const c = ranking[i] as Concept;
      if (deputiesAsked) return list;
      // `副总经理以上`, `deputy GM and up`: the deputy's post or higher, the holder's as well.
      return deputyShare(ctx.taxonomy, snapshot, c, list, deputyPosts.has(c), ctx.postsOrHigher?.has(c) ?? false);
    })
    .map((list, i) => (employerAsked ? employerShare(ctx, ranking[i] as Concept, list) : list))
    .map((list) => beyondDegree(ctx, list))
    .concat(studiedChoices)
    // A company (or a choice of companies) asked for alone (`有微软、谷歌或者亚马逊工作背景的吗`): every
    // candidate names one, and who worked there comes first.
    .concat(
      ranking.length === 0 && hard.every((c) => employerIds(ctx.taxonomy, c) !== null || isPlace(c, ctx.taxonomy))
        ? hard
            .filter((c) => employerIds(ctx.taxonomy, c) !== null)
            .map((c) => employerShare(ctx, c, { docs: docsOf(c), weight: 1 }))
        : [],
    );
  // Who shows only the broader concept is a list of its own, at a sliver of the weight.
  const broaderLists = ranking.flatMap((_c, i): LevelList[] => {
    const broader = broaders[i];
    const list = lists[i];
    if (!broader || !list) return [];
    const docs = difference(broader.docs, list.docs);
    return docs.length > 0 ? [{ docs, weight: (weights[i] as number) * BROADER_SHARE }] : [];
  });
  lists.push(...broaderLists);
  // Who writes a two-word name's words apart (`reviewed the payments code`) shows part of it.
  const looses = ranking.map((c) => (c.kind === 'taxonomy' ? looseDocs(snapshot, ctx.taxonomy, c.id) : null));
  const looseLists = ranking.flatMap((_c, i): LevelList[] => {
    const list = lists[i];
    const loose = looses[i];
    if (!loose || !list) return [];
    let docs = difference(loose.docs, list.docs);
    const broader = broaders[i];
    if (broader) docs = difference(docs, broader.docs);
    const share = (doc: number): number => Math.min(1, (loose.counts.get(doc) ?? 1) / LOOSE_TIMES);
    return docs.length > 0 ? [{ docs, weight: (weights[i] as number) * LOOSE_SHARE, share }] : [];
  });
  lists.push(...looseLists);
  const extra = Math.min(duplicates, DUPLICATE_ROOM);
  // One thing asked for with a role word (`采购经理`, `procurement manager`, `PHP developer`): who
  // has it next to the role word (a title) may score low in lunr among thousands who only mention
  // it, so proximity looks further down.
  const reach = ranking.length === 1 && weak.some(isRoleWord) ? ROLE_REACH : PROXIMITY_EXTRA;
  const best = topK({
    lists,
    units: snapshot.index.scoringUnits(clauses),
    driver: required,
    accept,
    k: ctx.limit + reach + MARGIN + extra,
    size,
    bonus: ctx.years ? yearsBonus(snapshot) : undefined,
  });
  // Groups of equal coverage, best first; lunr orders each (then evidence and proximity).
  const groups: { key: number; docs: number[]; complete: boolean }[] = [];
  for (const s of best.top) {
    const last = groups[groups.length - 1];
    if (last && last.key === s.levelKey) last.docs.push(s.doc);
    else groups.push({ key: s.levelKey, docs: [s.doc], complete: s.levelKey >= fullKey });
  }
  const explainable = [...hard, ...ranking];
  const matches: CandidateMatch[] = [];
  const person = duplicates > 0 ? personOf(snapshot) : null;
  const shownPeople = new Set<number>();
  for (const { docs } of groups) {
    if (matches.length >= ctx.limit) break;
    const want = ctx.limit - matches.length;
    let ordered = lunrOrder(ctx, clauses, docs, person ? docs.length : want + reach);
    if (person) {
      // A person's best file stands for them; their other files (and people already shown) go.
      ordered = ordered.filter((h) => {
        const who = person[h.doc] as number;
        if (shownPeople.has(who)) return false;
        shownPeople.add(who);
        return true;
      });
      ordered = ordered.slice(0, want + reach);
    }
    let hits = byEvidence(ctx, explainable, ordered, studyAsked);
    hits =
      explainable.length + weak.length >= 2
        ? byProximity({ ...ctx, limit: want }, [...explainable, ...weak], hits, Math.max(PROXIMITY_MAX, want + reach))
        : hits.slice(0, want);
    for (const h of hits) {
      const shown = ranking.filter((c) => hasPosting(showsOf(c), h.doc) || hasPosting(formDocsOf(c), h.doc));
      const missed = ranking.filter((c) => !shown.includes(c));
      const alsoWeak = weak.filter((c) => hasPosting(docsOf(c), h.doc));
      const related = missed.flatMap((c): RelatedConcept[] => {
        const broader = broaders[ranking.indexOf(c)];
        if (!broader || !hasPosting(broader.docs, h.doc)) {
          // Who writes the name's words apart (and shows nothing broader, which ranks them) is quoted
          // where they are: `✗ Code review (≈ reviewed the code)`.
          const apart = looses[ranking.indexOf(c)]?.shown.get(h.doc);
          if (apart === undefined) return [];
          const label = c.kind === 'taxonomy' ? c.label.split(' / ') : [];
          return [{ missed: c, broader: looseShown(apart, [c.typed, ...label]) }];
        }
        const id = broader.ids.find((b) => hasPosting(snapshot.index.postingsOf(b, 'tags'), h.doc));
        if (id === undefined) return [];
        // Typed as its own name: a snippet says `橡胶塑料 → 橡胶`, not that the query's word matched it.
        const label = ctx.taxonomy.label(id);
        const shows: TaxonomyConcept = {
          kind: 'taxonomy',
          typed: label.split(' / ')[0] ?? label,
          id,
          label,
          presence: 'default',
        };
        return [{ missed: c, broader: shows }];
      });
      matches.push(match(snapshot, h.doc, h.score, [...hard, ...shown, ...alsoWeak], missed, related));
    }
  }
  // Nobody shows everything asked: several things, years, or one thing nobody shows when who shows
  // something broader is there instead (`券商`: a fund manager, for the financial trade).
  const relaxed = (ranking.length > 1 || graded || broaderLists.length > 0) && (groups[0]?.complete ?? true) === false;
  const total = person
    ? best.total -
      repeatedPeople(
        snapshot,
        person,
        (doc) =>
          (accept === null || accept(doc)) &&
          (required ? hasPosting(required, doc) : lists.some((l) => hasPosting(l.docs, doc))),
      )
    : best.total;
  return { total, matches, relaxed };
}

/**
 * The practice a role asked for is the job of (`testers` → software testing): who does it without
 * the title comes after who holds it. Null for anything but a role directly under a practice.
 */
function practiceOf(taxonomy: Taxonomy, id: string): string | null {
  if (taxonomy.kind(id) !== 'role') return null;
  const parent = taxonomy.get(id)?.parents?.find((p) => taxonomy.kind(p) === 'concept');
  return parent ?? null;
}

/** What doing the practice earns of a role asked for, without the role's title. */
const PRACTICE_SHARE = 0.5;

/** A Chinese word for a person of a trade (`数据科学家`, `设计师`, `操作员`); not 国家, 厂家 or 会员. */
const PERSON_ZH = /\p{Script=Han}{2,}(?:家|师|员)$/u;

/** How much more than the weightiest other concept a place asked for weighs. */
const PLACE_LEAD = 1.05;

/** How many things (choices among them) a query asks for to be a description, in which a choice ranks. */
export const DESCRIPTION = 3;

/**
 * What a ranked Chinese run earns when a résumé has its words but not as typed (`律师事务所合伙人`
 * against `律师事务所高级合伙人`): more than showing one concept less, less than writing it as asked.
 */
export const WORDS_APART_SHARE = 0.6;

/**
 * The level list of a ranked Chinese run of words: who writes it as typed earns it in full; who
 * has its words apart, {@link WORDS_APART_SHARE} of it; who has some of them, that share of the
 * words' weight (idf) they have (`高级政工师` without `职称`), so a common word (`公司`) adds little.
 * `lists`: the documents of each of its words.
 */
function wordsList(snapshot: PoolSnapshot, c: TextConcept, lists: readonly Int32Array[], weight: number): LevelList {
  const size = snapshot.profiles.length;
  const verbatim = verbatimDocs(snapshot, c);
  const weights = lists.map((d) => idf(size, d.length));
  const sum = weights.reduce((a, b) => a + b, 0);
  let docs = lists[0] ?? new Int32Array(0);
  for (const d of lists.slice(1)) docs = union(docs, d);
  const share = (doc: number): number => {
    if (hasPosting(verbatim, doc)) return 1;
    let have = 0;
    for (let i = 0; i < lists.length; i++) if (hasPosting(lists[i] as Int32Array, doc)) have += weights[i] as number;
    return sum > 0 ? (WORDS_APART_SHARE * have) / sum : 0;
  };
  return { docs, weight, share };
}

/**
 * How much a plain word of an English query counts, beside two known things or more asked, of what
 * its rarity would give it (`B.Com grads who moved into IT - now working as developers, SAP / ERP
 * consultants, network or system admins`: a B.Com and IT work first, not who writes network, system
 * and consultants). Eval (2,337 queries), en nDCG@10 / R@20 from 0.7857 / 0.7755: 0.75 → 0.7872 /
 * 0.7775 (69 queries up, 43 down; batch 79, new, 0.574 / 0.713 → 0.605 / 0.728), 0.6 → 0.7867 /
 * 0.7772, 0.85 → 0.7875 / 0.7765, 0.5 (Chinese queries too) → en 0.7858, zh −0.0018. Chinese queries
 * unchanged: their plain words are what a Chinese résumé writes.
 */
export const PLAIN_WORD_WEIGHT = 0.75;

/**
 * What a résumé earns of a plain English word asked for when it writes only another form of it
 * (`negotiated contracts` for `contract negotiation`, see word-forms.ts): less than a Chinese run's
 * words apart, as a form may be another thing (`technicians` supervised, not a technician). Who
 * writes the word as asked comes first. Forms only rank: they add nothing to lunr's score (as
 * clauses at half a word's boost they cost en nDCG@10 0.002). Eval (1,462 queries), en nDCG@10 /
 * R@20 from 0.7958 / 0.7898: share 0.4 → 0.7973 / 0.7935 (38 queries up, 29 down), 0.6 → 0.7974 /
 * 0.7933 (38 up, 36 down); before a common form's share was cut to its rarity, 0.25 → 0.7970,
 * 0.4 → 0.7969, 0.8 → 0.7951. zh unchanged.
 */
export const FORM_SHARE = 0.4;
const EMPTY = new Int32Array(0);

/** The documents that write any of `forms`. */
function formsDocs(snapshot: PoolSnapshot, forms: readonly string[]): Int32Array {
  let docs: Int32Array = EMPTY;
  for (const form of forms) {
    const more = termDocs(snapshot, form);
    if (more.length > 0) docs = docs.length === 0 ? more : union(docs, more);
  }
  return docs;
}

/** A plain English word asked for: who writes it earns it in full, who writes only another form {@link FORM_SHARE}. */
function formsList(size: number, own: Int32Array, other: Int32Array, weight: number): LevelList {
  // A form far commoner than the word (`academic` for `academy`) says less: it earns by its own rarity.
  return inPart(own, other, weight, FORM_SHARE * Math.min(1, idf(size, other.length) / idf(size, own.length)));
}

/** A concept some show in full (`own`) and others only in part (`other`, earning `share` of it). */
function inPart(own: Int32Array, other: Int32Array, weight: number, share: number): LevelList {
  if (other.length === 0) return { docs: own, weight };
  return { docs: union(own, other), weight, share: (doc) => (hasPosting(own, doc) ? 1 : share) };
}

/**
 * A known term typed as Chinese words (see TaxonomyConcept#parts): who shows it earns it in full,
 * who writes all its words apart (`证券有限公司研究部研究员` for 证券研究员) {@link WORDS_APART_SHARE} of it.
 */
function apartList(shows: Int32Array, parts: readonly Int32Array[], weight: number): LevelList {
  let apart: Int32Array | null = null;
  for (const d of parts) apart = apart === null ? d : intersect(apart, d);
  return inPart(shows, apart ?? EMPTY, weight, WORDS_APART_SHARE);
}

/**
 * A post asked for as the holder's (`总经理`, `general manager`): who was only its deputy or an
 * assistant to it (`副总经理`, `总经理助理`) comes after a holder who matches as well. A head's post asked
 * as its deputy's (`副总会计师`): who was only the deputy comes first.
 */
function deputyShare(
  taxonomy: Taxonomy,
  snapshot: PoolSnapshot,
  c: Concept,
  list: LevelList,
  deputy: boolean,
  orHigher: boolean,
): LevelList {
  if (c.kind !== 'taxonomy') return list;
  const id = c.id;
  const share = list.share;
  const typed = c.typed.trim().toLowerCase();
  // (Of a head's post only: 副教授 and 副董事长 are posts of their own, no one's deputy.) 副 inside
  // the post's name (`党委副书记`) is a deputy's too.
  const inner = typed.includes('副') && taxonomy.lookup(typed.replace('副', '')) === id;
  const deputyAsked = HEAD_POSTS.has(id) && (deputy || DEPUTY_PREFIX.test(typed) || inner);
  // The deputy's post or higher: deputies and holders alike.
  if (deputyAsked && orHigher) return list;
  if (!deputyAsked && DEPUTY_TYPED.test(typed)) return list;
  return {
    ...list,
    share: (doc) =>
      (share ? share(doc) : 1) *
      (((snapshot.profiles[doc] as Profile).deputyOnly?.includes(id) ?? false) !== deputyAsked ? DEPUTY_SHARE : 1),
  };
}
/** A deputy's post typed (`副总经理`, `副总`, `deputy GM`) or an assistant's (`总经理助理`): what is asked. */
const DEPUTY_TYPED = new RegExp(`${DEPUTY_PREFIX.source}|助理|助手|\\bassistant\\b`);
/** What a deputy's or an assistant's post has of the holder's asked for: after a holder who matches as well. */
const DEPUTY_SHARE = 0.75;
/** A deputy's word of its own, before a post (`deputy GM`, `vice chairman`). */
const DEPUTY_WORD = /^(?:deputy|vice|副)$/;
/** A word of its own for an assistant or a deputy (`助理`, `assistant`, `vice`, `副`). */
const ASSISTANT_WORD = /^(?:助理|助手|assistant|deputy|vice|副)$/;

/**
 * A concept its holders' role implies (see TaxonomyEntry#heldBy: 硕士生导师 of a 博士生导师): who
 * shows it keeps its share, who only holds the role {@link HELD_BY_SHARE} of that, so who names
 * what is asked comes first.
 */
function heldShare(snapshot: PoolSnapshot, c: Concept, list: LevelList): LevelList {
  if (c.kind !== 'taxonomy' || !c.heldBy) return list;
  const own = snapshot.index.postingsOf(c.id, 'tags');
  const share = list.share;
  return {
    ...list,
    share: (doc) => (share ? share(doc) : 1) * (hasPosting(own, doc) ? 1 : HELD_BY_SHARE),
  };
}

/**
 * The companies a concept asks for as employers (`Microsoft`, `四大行`, `微软或谷歌`), or null when it
 * is not only companies.
 */
function employerIds(taxonomy: Taxonomy, c: Concept): string[] | null {
  const members = c.kind === 'any' ? c.members : [c];
  const ids: string[] = [];
  for (const m of members) {
    if (m.kind !== 'taxonomy' || taxonomy.kind(m.id) !== 'company') return null;
    ids.push(m.id);
  }
  return ids.length > 0 ? ids : null;
}

/**
 * A company asked for is where one worked (`at least 3 years at Microsoft`, `在国有大行干过的`): who
 * names it as an employer (a job's company, `joined Microsoft`, `现任中国银行行长`) comes before who only
 * names it (`Microsoft technologies`, a client, a certificate), a tier below.
 */
function employerShare(ctx: Context, c: Concept, list: LevelList): LevelList {
  const ids = employerIds(ctx.taxonomy, c);
  if (ids === null) return list;
  const { snapshot, taxonomy } = ctx;
  const share = list.share;
  // The companies asked and those under them (四大行: 工商银行…), looked up once, not per résumé.
  const asked = new Set(ids.flatMap((id) => [id, ...taxonomy.descendants(id)]));
  const worked = (doc: number): boolean => (snapshot.profiles[doc] as Profile).companyIds.some((e) => asked.has(e));
  return { ...list, share: (doc) => (share ? share(doc) : 1) * (worked(doc) ? 1 : NAMED_ONLY_SHARE) };
}

/** What a résumé that names a company asked for, but not as an employer, has of it (see {@link employerShare}). */
const NAMED_ONLY_SHARE = 0.5;

/**
 * What a résumé earns of a concept it does not show when it shows a broader one (税务 for
 * `税务筹划`, a BI tool for `Tableau`): a tie-break, far below any concept shown, so it only orders
 * résumés that show the same things, and brings who shows only the broader concept in at the end,
 * after everyone who shows anything asked.
 */
export const BROADER_SHARE = 1e-4;

/** A broader concept backs a narrower one only while few résumés show it (at most this share of the pool). */
export const BROADER_MAX = 0.05;

/** Kinds of concept a broader one can stand in for: not places, degrees or languages spoken, which are what they are. */
const BROADER_KINDS: ReadonlySet<string> = new Set([...SKILL_KINDS, ...TRADE_KINDS, 'school']);

/** The broader concepts standing in for a ranked one (a choice: for each of its members), and who shows them. */
interface Broader {
  readonly ids: readonly string[];
  readonly docs: Int32Array;
}

/** Sorted `a` without what is in sorted `b`. */
function difference(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (const doc of a) {
    while (j < b.length && (b[j] as number) < doc) j++;
    if (j >= b.length || b[j] !== doc) out[n++] = doc;
  }
  return out.subarray(0, n);
}

/** The taxonomy entries a concept names: its own, or a choice's members'. */
function entryIds(c: Concept): string[] {
  if (c.kind === 'taxonomy') return [c.id];
  return c.kind === 'any' ? c.members.flatMap(entryIds) : [];
}

function broaderOf(ctx: Context, c: Concept, asked: ReadonlySet<string>): Broader | null {
  const { snapshot, taxonomy } = ctx;
  if (withYears(c)) return null;
  const own = entryIds(c);
  if (own.length === 0 || (c.kind === 'any' && own.length < c.members.length)) return null;
  if (!own.every((id) => BROADER_KINDS.has(taxonomy.kind(id) ?? ''))) return null;
  const most = snapshot.profiles.length * BROADER_MAX;
  const ids: string[] = [];
  let docs: Int32Array | null = null;
  for (const id of own)
    for (const parent of taxonomy.get(id)?.parents ?? []) {
      // Not what is asked besides (`税务 税务筹划`), nor another sort of thing: a school stands in
      // for a school (a tier), never for the field its name says (华中农业大学 is no agronomist).
      if (ids.includes(parent) || own.includes(parent) || asked.has(parent)) continue;
      const kind = taxonomy.kind(parent) ?? '';
      if (!BROADER_KINDS.has(kind) || (taxonomy.kind(id) === 'school') !== (kind === 'school')) continue;
      const shows = snapshot.index.postingsOf(parent, 'tags');
      if (shows.length === 0 || shows.length > most) continue;
      ids.push(parent);
      docs = docs === null ? shows : union(docs, shows);
    }
  return docs === null ? null : { ids, docs };
}

/** What showing only the role that implies a concept earns of it: as much as its words apart. */
const HELD_BY_SHARE = WORDS_APART_SHARE;

/** Schooling that is below any degree (see the `high-school` entry): its id and everything under it. */
const BELOW_DEGREES = 'high-school';

function belowDegrees(taxonomy: Taxonomy, id: string): boolean {
  return id === BELOW_DEGREES || taxonomy.ancestors(id).includes(BELOW_DEGREES);
}

/** What naming schooling below any degree earns of it when a degree followed: less than ending there. */
const BEYOND_SCHOOLING_SHARE = 0.5;

/**
 * The share of its weight a concept keeps when it only narrows another (`上市公司` in
 * `上市公司的证券事务代表`): a résumé with what is asked for comes before one with only its setting.
 */
export const MODIFIER_WEIGHT = 0.5;

/** A word of two to four Chinese characters that is the name of someone who writes it (`李强`): who is asked for. */
function someonesName(snapshot: PoolSnapshot, c: Concept, docs: Int32Array): boolean {
  const typed = c.typed.trim();
  const length = Array.from(typed).length;
  if (length < 2 || length > 4) return false;
  return docs.some((doc) => (snapshot.profiles[doc] as Profile).name?.trim() === typed);
}

/** Chinese words only, found only in Chinese résumés (an English gloss aside, see TextConcept#glosses). */
const CJK_ONLY_WORD = /^[^a-z]*\p{Script=Han}[^a-z]*$/iu;

const chineseCounts = new WeakMap<PoolSnapshot, number>();

/**
 * How many résumés could write a Chinese word that `docs` write: the Chinese ones, and any other
 * that writes it (`Languages: English, 普通话`); in a pool of no Chinese résumés, all. A Chinese
 * word's rarity is counted among them (系统 written in half the Chinese résumés is common, however
 * many English ones the pool holds). Eval (2,752 queries), from rarity over the whole pool: zh
 * nDCG@10 / R@20 0.7785 / 0.7567 → 0.7795 / 0.7575 (33 up, 14 down), en −0.0001 / −0.0002 (English
 * questions naming Chinese terms).
 */
function chineseReaders(snapshot: PoolSnapshot, docs: Int32Array): number {
  let n = chineseCounts.get(snapshot);
  if (n === undefined) {
    n = snapshot.profiles.filter((p) => p.language === 'zh').length;
    chineseCounts.set(snapshot, n);
  }
  // A pool of no Chinese résumés counts it among all of them.
  if (n === 0) return snapshot.profiles.length;
  for (const doc of docs) if ((snapshot.profiles[doc] as Profile).language !== 'zh') n++;
  return n;
}

/** A concept's weight in the level: its rarity among the pool's `size` résumés, `count` of which show it. */
function idf(size: number, count: number): number {
  return Math.log(1 + size / (1 + count));
}

/**
 * The level a résumé earns, with years asked for, for how it shows them: dated work in full, an
 * estimate from its year of birth or degree half, no clue nothing. Far below any concept's weight,
 * it only orders résumés of equal coverage: who proves the years before who may have them.
 */
export const YEARS_BONUS = 1e-3;

function yearsBonus(snapshot: PoolSnapshot): { max: number; of: (doc: number) => number } {
  const { certainty } = columnsOf(snapshot);
  return { max: YEARS_BONUS, of: (doc) => ((certainty[doc] as number) * YEARS_BONUS) / 2 };
}

/** Room kept in the top-k for other files of people already on the page. */
const DUPLICATE_ROOM = 100;

/** How many matching files are a second (or later) file of a person who matches already. */
function repeatedPeople(snapshot: PoolSnapshot, person: Int32Array, matches: (doc: number) => boolean): number {
  const files = new Map<number, number>();
  const dups = duplicateMap(snapshot);
  for (let doc = 0; doc < person.length; doc++) {
    if (dups.map[doc] !== 1 || !matches(doc)) continue;
    const who = person[doc] as number;
    files.set(who, (files.get(who) ?? (matches(who) ? 1 : 0)) + 1);
  }
  let repeated = 0;
  for (const n of files.values()) repeated += n - 1;
  return repeated;
}

/** Filters only (`company:美团`, `5年以上`): most experienced first. */
export function byExperience(ctx: Context, candidates: Int32Array): CandidateMatch[] {
  // Sort (tier, years, doc) packed into one number, natively; tenths of a year keep the key exact.
  // Years shown by dates first, then years estimated (year of birth or degree), then none.
  const keys = new Float64Array(candidates.length);
  const { years, estimate, certainty } = columnsOf(ctx.snapshot);
  for (let i = 0; i < candidates.length; i++) {
    const doc = candidates[i] as number;
    const sure = certainty[doc] as number;
    const y = sure === 2 ? (years[doc] as number) : sure === 1 ? (estimate[doc] as number) : 0;
    keys[i] = (2 - sure) * 1e11 + (1000 - Math.min(999, Math.round(y * 10))) * 1e7 + doc;
  }
  keys.sort();
  return Array.from(keys.subarray(0, ctx.limit), (k) => match(ctx.snapshot, k % 1e7, 0, [], []));
}

/** Weak words add a little to lunr's score; they never decide a match. */
export const WEAK_BOOST = 0.3;

/** lunr clauses for one concept, by its role in the query. */
export function clausesOf(snapshot: PoolSnapshot, concept: Concept, role: 'hard' | 'soft' | 'weak'): Clause[] {
  if (concept.kind === 'any')
    return concept.members.flatMap((m) => clausesOf(snapshot, m, role === 'weak' ? 'weak' : 'soft'));
  const clauses = clausesFor(snapshot, concept) ?? [];
  if (role === 'hard') return clauses;
  return clauses.map((cl) => ({
    ...cl,
    presence: 'optional' as const,
    ...(role === 'weak' ? { boost: (cl.boost ?? 1) * WEAK_BOOST } : {}),
  }));
}

/** lunr's order of a few chosen documents (top-k picked them by the same BM25), best `limit` first. */
export function lunrOrder(
  ctx: Context,
  clauses: readonly Clause[],
  docs: readonly number[],
  limit: number,
): { doc: number; score: number }[] {
  const hits = ctx.snapshot.index.query(clauses, docs);
  const out = hits.map((h) => ({ doc: h.doc, score: h.score }));
  // A candidate lunr has no clause for (found by name alone) still belongs to its group.
  if (out.length < docs.length) {
    const scored = new Set(out.map((h) => h.doc));
    for (const doc of docs) if (!scored.has(doc)) out.push({ doc, score: 0 });
  }
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
}

/**
 * Evidence over mention: a skill the résumé shows in its jobs or projects (or with stated years)
 * counts for more than one it only lists, as a recruiter reads it. Scores grow by up to this share
 * when every skill of the query has such evidence: at 2, a résumé that used every skill asked for
 * scores three times its BM25, so within equal coverage it comes before one that only lists them
 * unless it names them far less. (Eval, nDCG@10 zh / en, once summaries after the jobs no longer
 * counted as part of the last job: 0.6 → 0.9027 / 0.8947, 1 → 0.9026 / 0.8997, 1.5 → 0.9028 /
 * 0.9031, 2 → 0.9062 / 0.9045, 3 → 0.9039 / 0.9092, 5 → 0.8964 / 0.9102; 2 moves 22 queries up
 * and 10 down, none down by more than 0.05.)
 */
export const EVIDENCE_BOOST = 2;

/**
 * A held certificate or award is what a credential query asks for: holding it triples a score, so
 * it outranks several mentions by someone who only trained for it or held the role (`Scrum Master`
 * four times in a job). The same goes for a field on the line of the degree asked for. (Eval, 1 →
 * 2 → 4: en nDCG@10 0.877 → 0.881 → 0.882, zh 0.891 → 0.893 → 0.893; 4 moves a query down.)
 */
export const CREDENTIAL_BOOST = 2;
/**
 * A field asked for with a degree or as studied (`数学专业毕业的`, `a degree in biology`): who has it
 * on a degree's line comes before everyone who only names it (the factor puts them a tier above,
 * which proximity's re-ordering keeps). Eval (380): zh nDCG@10 0.8152 → 0.8170, en 0.8450 → 0.8475;
 * `数学专业毕业的` 0.531 → 0.687, `anyone with a biology degree?` 0.745 → 0.943.
 */
const STUDIED_TIER = 100;
/** Certificates and awards (entries under 证书 / 获奖 / 竞赛, and those words themselves). */
const CREDENTIAL_ROOTS = ['certificate', 'award', 'competition'];
/** A certificate, an award or a competition (SHRM-CP, 科技进步奖), or one of those roots. */
export function credentialEntry(taxonomy: Taxonomy, id: string): boolean {
  return isCredentialRoot(id) || taxonomy.ancestors(id).some(isCredentialRoot);
}

/** Any certificate, award or competition at all: what `certified`, `获奖` say. */
export function isCredentialRoot(id: string): boolean {
  return CREDENTIAL_ROOTS.includes(id);
}

/**
 * One pattern for the forms of several taxonomy entries (see {@link proximityPattern}); `typed`,
 * what the user wrote for the first of them, is one of its forms too.
 */
function entriesPattern(ctx: Context, ids: readonly string[], typed?: string): ReturnType<typeof proximityPattern> {
  const members: TaxonomyConcept[] = ids.map((m, i) => ({
    kind: 'taxonomy',
    typed: i === 0 && typed !== undefined ? typed : m,
    id: m,
    label: ctx.taxonomy.label(m),
    presence: 'default',
  }));
  return proximityPattern({ kind: 'any', typed: '', members, presence: 'default' }, ctx.taxonomy);
}

/** Weak words that ask for a field as studied (see {@link STUDY_WORDS}). */
const STUDY = new Set(wordsOf([...STUDY_WORDS.zh, ...STUDY_WORDS.en]));
/** Study words that ask for a field, not only a level (see {@link LEVEL_WORDS}). */
const FIELD_STUDY = new Set([...STUDY].filter((w) => !LEVEL_WORDS.includes(w)));

/** A school, or a choice of schools (`清华或者北大`). */
function isSchool(ctx: Context, c: Concept): boolean {
  if (c.kind === 'any') return c.members.every((m) => isSchool(ctx, m));
  return c.kind === 'taxonomy' && ctx.taxonomy.kind(c.id) === 'school';
}

/** A degree, or an entry under one (MBA, EMBA, MCA). */
function isDegree(ctx: Context, id: string): boolean {
  return (
    ctx.taxonomy.kind(id) === 'degree' || ctx.taxonomy.ancestors(id).some((a) => ctx.taxonomy.kind(a) === 'degree')
  );
}

/** A `concept` entry with a technology under it: a practice (爬虫, 机器学习, 缓存), not a field or a title. */
function isPractice(ctx: Context, id: string): boolean {
  return (
    ctx.taxonomy.kind(id) === 'concept' &&
    ctx.taxonomy.descendants(id).some((d) => TECH_KINDS.has(ctx.taxonomy.kind(d) ?? ''))
  );
}

/** Re-orders lunr's best by how many of the query's skills each résumé backs with dated evidence (a credential: held). */
export function byEvidence(
  ctx: Context,
  concepts: readonly Concept[],
  ranked: readonly { doc: number; score: number }[],
  studyAsked = false,
): { doc: number; score: number }[] {
  // With a degree asked for (`master's degree in computer science`, `计算机专业博士`), the other
  // concepts are the field: held like a credential where they stand on one line with a degree of
  // that rank or higher. Without one, a practice with technologies under it (爬虫 → Scrapy,
  // machine learning → TensorFlow) is shown in use as a technology is; a field of study, a degree
  // or a position (计算机, EMBA, 博士后) has none under it and is not.
  // `数学系毕业的`, `自动化专业`, `electrical engineering degree`: study, with no level, is any degree.
  const asked = degreePattern(ctx);
  const degrees = asked ?? (studyAsked ? degreeForms(ctx, 'associate') : null);
  const anyDegree = degrees ? degreeForms(ctx, 'associate') : null;
  const tech = (c: Concept): boolean =>
    c.kind === 'taxonomy' && (TECH_KINDS.has(ctx.taxonomy.kind(c.id) ?? '') || (!degrees && isPractice(ctx, c.id)));
  // A certificate or an award is evidenced by being held ("Certified ScrumMaster", 获得…证书), not
  // by being named ("Scrum Master" as a job, "preparing for PMP").
  // A degree named as a concept (EMBA, MBA, MCA; `master`/`博士` become a `degree:` filter) is
  // evidenced by being held: not still studied for (`EMBA在读`) or taken only as a course
  // (`EMBA课程高级研修班`).
  const degree = (c: Concept): boolean => c.kind === 'taxonomy' && isDegree(ctx, c.id);
  const credential = (c: Concept): boolean =>
    c.kind === 'taxonomy' && (credentialEntry(ctx.taxonomy, c.id) || degree(c));
  const skills = concepts.filter(
    (c) => tech(c) || credential(c) || (c.kind === 'any' && c.members.some((m) => tech(m) || credential(m))),
  );
  const isCredentialConcept = (c: Concept): boolean =>
    credential(c) || (c.kind === 'any' && c.members.some(credential));
  // A school is evidence wherever it stands (`清华毕业`); asked for with a degree, it stands by it.
  // Schooling below any degree (`高中学历`) is no field of one (`High School 2013 Diploma`).
  const fields = degrees
    ? concepts.filter(
        (c) =>
          !skills.includes(c) &&
          !isWeak(c) &&
          (asked !== null || !isSchool(ctx, c)) &&
          !(c.kind === 'taxonomy' && belowDegrees(ctx.taxonomy, c.id)),
      )
    : [];
  if (skills.length === 0 && fields.length === 0) return [...ranked];
  const patterns = new Map<Concept, ReturnType<typeof proximityPattern>>();
  const holdsIt = (doc: number, c: TaxonomyConcept | TextConcept): boolean => {
    const isDegree = degree(c);
    // A degree's narrower entries are held forms of it (an EMBA is an MBA held).
    if (!patterns.has(c))
      patterns.set(
        c,
        isDegree && c.kind === 'taxonomy'
          ? entriesPattern(ctx, [c.id, ...ctx.taxonomy.descendants(c.id)], c.typed)
          : proximityPattern(c, ctx.taxonomy),
      );
    const pattern = patterns.get(c) ?? null;
    return isDegree ? heldDegree(ctx.snapshot.texts, doc, pattern) : heldCredential(ctx.snapshot.texts, doc, pattern);
  };
  const one = (doc: number, profile: Profile, c: TaxonomyConcept | TextConcept): boolean =>
    c.kind === 'taxonomy' && (credential(c) ? holdsIt(doc, c) : usedIn(profile, c.id));
  const studied = (doc: number, c: Concept): boolean => {
    if (!patterns.has(c)) patterns.set(c, proximityPattern(c, ctx.taxonomy));
    return fieldWithDegree(ctx.snapshot.texts, doc, patterns.get(c) ?? null, degrees, anyDegree);
  };
  const evidenced = (doc: number, profile: Profile, c: Concept): boolean =>
    c.kind === 'any' ? c.members.some((m) => one(doc, profile, m)) : one(doc, profile, c);
  const out = ranked.slice(0, PROXIMITY_MAX).map((h) => {
    const profile = ctx.snapshot.profiles[h.doc] as Profile;
    let boost = 0;
    for (const c of skills)
      if (evidenced(h.doc, profile, c)) boost += isCredentialConcept(c) ? CREDENTIAL_BOOST : EVIDENCE_BOOST;
    let held = 0;
    for (const c of fields) if (studied(h.doc, c)) held++;
    boost += held * CREDENTIAL_BOOST;
    return { doc: h.doc, score: h.score * (1 + boost / (skills.length + fields.length)) * (1 + STUDIED_TIER * held) };
  });
  out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return [...out, ...ranked.slice(PROXIMITY_MAX)];
}

/** The forms of the degree a `degree:` filter asks for and of every higher one, or null without one. */
function degreePattern(ctx: Context): ReturnType<typeof proximityPattern> {
  const id = askedDegree(ctx);
  return id ? degreeForms(ctx, id) : null;
}

/**
 * A degree below a bachelor's asked for, and not "or higher" (`大专学历的财务总监`, `associate degree in
 * accounting`): the schooling of who stopped there. Who went on to a higher degree meets "at least" and
 * is a match, after them at the same coverage (HIGHER_SHARE).
 */
function beyondDegree(ctx: Context, list: LevelList): LevelList {
  const asked = ctx.degreeOrHigher ? null : askedDegree(ctx);
  const rank = degreeRank(asked);
  if (rank === 0 || rank >= degreeRank('bachelor')) return list;
  const degree = columnsOf(ctx.snapshot).degree;
  const share = list.share;
  return { ...list, share: (doc) => (share ? share(doc) : 1) * ((degree[doc] as number) > rank ? HIGHER_SHARE : 1) };
}

/** The degree a `degree:` filter asks for (at least), or null without one. */
function askedDegree(ctx: Context): DegreeId | null {
  const filter = ctx.filters.find((f) => f.field === 'degree' && !f.negated);
  const id = filter ? ctx.taxonomy.lookup(foldQuery(filter.value).trim()) : undefined;
  return id && ctx.taxonomy.kind(id) === 'degree' ? (id as DegreeId) : null;
}

/** The forms of `id` and of every higher degree (their taxonomy aliases and those of entries under them). */
function degreeForms(ctx: Context, id: DegreeId): ReturnType<typeof proximityPattern> {
  let byDegree = degreePatterns.get(ctx.taxonomy);
  if (!byDegree) degreePatterns.set(ctx.taxonomy, (byDegree = new Map()));
  let pattern = byDegree.get(id);
  if (pattern === undefined) {
    pattern = entriesPattern(
      ctx,
      degreesFrom(id).flatMap((d) => [d, ...ctx.taxonomy.descendants(d)]),
    );
    byDegree.set(id, pattern);
  }
  return pattern;
}

/** Degree patterns are made once per taxonomy and degree: a query with `degree:` re-ranks every coverage group. */
const degreePatterns = new WeakMap<Taxonomy, Map<string, ReturnType<typeof proximityPattern>>>();

/** With several concepts, lunr's best are re-ordered by proximity: this many beyond the page are looked at … */
export const PROXIMITY_EXTRA = 10;
/** … and this many for one thing asked for with a role word (see `reach` in {@link ranked}) … */
export const ROLE_REACH = 60;
/** … and never more than this many in all (the first pages; past them lunr's order stands). */
export const PROXIMITY_MAX = 30;

const ROLE_WORDS = new Set(TITLE_ROLE_WORDS);
const RANKS = new Set(wordsOf([...RANK_WORDS.zh, ...RANK_WORDS.en]));
/** A role or rank word (`经理`, `engineer`, `总监`): a post's head. */
export function isPostWord(word: string): boolean {
  const w = word.trim().toLowerCase();
  return ROLE_WORDS.has(w) || RANKS.has(w);
}

/** A word of rank (经理, director): with one function, the query asks for who held it as a post. */
function isRankWord(c: Concept): boolean {
  return c.kind === 'text' && RANKS.has(c.typed.trim().toLowerCase());
}
/** A function one holds as a post (`财务`, `HR`, `quality management`), not a skill, place or kind of employer (国企科长). */
function holdsPosts(taxonomy: Taxonomy, c: Concept): c is TaxonomyConcept {
  if (c.kind !== 'taxonomy' || c.presence !== 'default') return false;
  const kind = taxonomy.kind(c.id);
  return kind === 'role' || kind === 'concept';
}
/** A name that ends in a word of rank: as a word of its own (`safety manager`, `总经理`), or after Chinese (`IT经理`). */
const POST_NAME = new RegExp(`(?:^|\\s)(?:${anyOf(RANK_WORDS.zh, RANK_WORDS.en)})$|.(?:${anyOf(RANK_WORDS.zh)})$`);
/** A known term that is a post by its own name (`IT经理`, `safety manager`): who held it comes first. */
function namesPost(c: Concept): boolean {
  return c.kind === 'taxonomy' && POST_NAME.test(c.typed.trim().toLowerCase());
}
/**
 * What a résumé that names the function, but in no post, has of a post asked for: it comes after
 * everyone who held one (a tier below), never out.
 */
const UNTITLED_SHARE = 0.5;
/**
 * What a résumé that names a field asked for as studied, but on no degree's line, has of it: it
 * comes after everyone who studied it (a tier below), never out.
 */
const UNSTUDIED_SHARE = 0.5;
/**
 * What a résumé has of a field asked for at one degree (`法学硕士`, `a bachelor's in accounting`)
 * when it studied the field only at a higher one (a doctorate in law): it meets "at least", so it
 * is a match, after everyone with the degree asked for; with "or higher" said (`硕士以上`, `master's
 * or above`) it counts in full.
 */
const HIGHER_SHARE = 0.8;

/** The degree a field must be studied at (see {@link studiedLevel}): its rank, and whether a higher one is as good. */
interface StudiedLevel {
  readonly rank: number;
  readonly exact: boolean;
}

/** What a résumé that studied a field at `levels` (lowest first) has of it, asked for at `level`. */
function studiedShare(levels: readonly DegreeId[] | undefined, level: StudiedLevel): number {
  if (!levels) return UNSTUDIED_SHARE;
  if (level.exact && levels.some((d) => degreeRank(d) === level.rank)) return 1;
  if (levels.some((d) => degreeRank(d) >= level.rank)) return level.exact ? HIGHER_SHARE : 1;
  return UNSTUDIED_SHARE;
}

/**
 * The degree a field must be studied at: the `degree:` filter's (`会计学硕士`: a master's, before a
 * doctorate; `硕士以上`: a master's or higher, alike), any degree when study is asked without one
 * (`国际贸易专业毕业的`); null when neither.
 */
function studiedLevel(ctx: Context, studyAsked: boolean): StudiedLevel | null {
  const id = askedDegree(ctx);
  if (id) return { rank: degreeRank(id), exact: !ctx.degreeOrHigher && id !== 'phd' };
  return studyAsked ? { rank: degreeRank('associate'), exact: false } : null;
}
/**
 * A concept that is a field one studies, next to a degree or study words: a subject or a language
 * (physics, 英语, 机器学习); a profession or a trade only as a discipline (`会计学`) or with words that
 * ask for a field (`fieldAsked`: `医药相关专业`, `accounting degree`), as next to a degree alone it is
 * where one worked (`硕士 银行`, `研究生学历 总经理`). Technologies, credentials, degrees, places,
 * schools and employers are none.
 */
function isField(ctx: Context, c: Concept, fieldAsked: boolean): c is TaxonomyConcept {
  if (c.kind !== 'taxonomy') return false;
  const kind = ctx.taxonomy.kind(c.id);
  const subject = kind === 'concept' || kind === 'spoken';
  const trade = (kind === 'role' || kind === 'industry') && (fieldAsked || DISCIPLINE.test(c.typed.trim()));
  return (
    (subject || trade) &&
    !credentialEntry(ctx.taxonomy, c.id) &&
    !isDegree(ctx, c.id) &&
    !belowDegrees(ctx.taxonomy, c.id)
  );
}
/** A Chinese discipline's name (`会计学`, `经济学`): the study of a profession, not the profession. */
const DISCIPLINE = /\p{Script=Han}学$/u;
/** A place, or a choice of places (`Texas (Houston, Dallas)`). */
export function isPlace(c: Concept, taxonomy: Taxonomy): boolean {
  if (c.kind === 'any') return c.members.length > 0 && c.members.every((m) => isPlace(m, taxonomy));
  return c.kind === 'taxonomy' && taxonomy.kind(c.id) === 'city';
}
/** A role word that makes a title of what stands next to it (see {@link TITLE_ROLE_WORDS}). */
function isRoleWord(c: Concept): boolean {
  return c.kind === 'text' && ROLE_WORDS.has(c.typed.trim().toLowerCase());
}

/** Re-orders the head of a ranking so résumés where the concepts stand together come first (see proximity.ts). */
export function byProximity(
  ctx: Context,
  concepts: readonly Concept[],
  ranked: readonly { doc: number; score: number }[],
  head = PROXIMITY_MAX,
): { doc: number; score: number }[] {
  const patterns = concepts.map((c) => proximityPattern(c, ctx.taxonomy));
  const pairs = concepts.length - 1;
  const near = ranked.slice(0, head).map((h) => ({
    doc: h.doc,
    score: h.score * (1 + (PROXIMITY_BOOST * nearPairs(ctx.snapshot.texts, h.doc, patterns)) / pairs),
  }));
  near.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return [...near, ...ranked.slice(head)].slice(0, ctx.limit);
}

/**
 * lunr clauses for one concept: required terms that every match has, plus optional ones that only
 * rank (a skill named in a skills section or the headline scores above a passing mention).
 */
export function clausesFor(snapshot: PoolSnapshot, concept: TaxonomyConcept | TextConcept): Clause[] | null {
  if (concept.kind === 'taxonomy') {
    // A licence its holders' role implies (see TaxonomyEntry#heldBy): either term scores, neither is required.
    const ids = [concept.id, ...(concept.heldBy ?? [])].filter((id) => snapshot.index.has(id));
    if (ids.length === 0) return null;
    const presence = concept.heldBy ? ('optional' as const) : ('required' as const);
    return ids.map((term) => ({ term, fields: ['skills', 'tags'], presence }));
  }
  const required = requiredTerms(snapshot, concept);
  if (required === null) return null;
  const clauses: Clause[] = required.map((term) => ({ term, fields: ['body'], presence: 'required' }));
  for (const term of concept.terms) {
    if (!snapshot.index.has(term)) continue;
    // Every bigram of a literal scores, not only the rarest ones that narrowed the candidates.
    if (!required.includes(term)) clauses.push({ term, fields: ['body'], presence: 'optional' });
    clauses.push({ term, fields: ['headline'], presence: 'optional' });
  }
  return clauses;
}

export function match(
  snapshot: PoolSnapshot,
  doc: number,
  score: number,
  concepts: readonly Concept[],
  missed: readonly Concept[],
  related: readonly RelatedConcept[] = [],
): CandidateMatch {
  return {
    doc,
    profile: snapshot.profiles[doc] as Profile,
    score,
    matchedConcepts: concepts,
    missedConcepts: missed,
    ...(related.length > 0 ? { related } : {}),
  };
}
