/**
 * `npm run eval [-- --json] [--verbose] [--only zh|en] [--class NAME]`: search quality on the
 * frozen judged queries of bench/qrels/{zh,en}.jsonl (graded 1–2 by reading the résumés,
 * independently of the search code), over the seeds plus every distinct résumé of
 * ../shared/corpora (JSONL rows written out as files in a temp folder). Prints nDCG@10, Recall@20
 * and MRR per language and per query class for candidate-bot beside two stock baselines on the
 * same pool: lunr + lunr-languages `lunr.zh`, and lunr + lunr-languages `multiLanguage('en', 'zh')`,
 * each indexing the résumé text in one field and searching with `idx.search(query)`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import { z } from 'zod';
import { buildSnapshot } from '../src/pool/build.js';
import { readResumeFolder } from '../src/resume/read-folder.js';
import { readJobDescription } from '../src/match/job-description.js';
import { matchJob } from '../src/match/match.js';
import { search } from '../src/search/search.js';
import { defaultTaxonomy } from '../src/taxonomy/taxonomy.js';
import { materializeCorpora, SEEDS_DIR } from './corpora.js';

const K_NDCG = 10;
const K_RECALL = 20;
/** How far behind stock multiLanguage (nDCG@10) a query must be to be listed. */
const BEHIND_MARGIN = 0.1;
const QRELS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'qrels');
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

const ENGINES = ['ours', 'lunrZh', 'lunrMulti'] as const;
type Engine = (typeof ENGINES)[number];
const LABEL: Record<Engine, string> = {
  ours: 'candidate-bot',
  lunrZh: 'stock lunr.zh',
  lunrMulti: 'stock lunr multiLanguage(en, zh)',
};
const SHORT: Record<Engine, string> = { ours: 'ours', lunrZh: 'lunr.zh', lunrMulti: 'multi' };

/** A problem with the command line or the judgments: printed without a stack trace, exit status 1 or 2. */
class EvalFailure extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

// ── Command line ──

interface Options {
  readonly json: boolean;
  readonly verbose: boolean;
  readonly only: Lang | null;
  readonly className: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  let json = false;
  let verbose = false;
  let only: Lang | null = null;
  let className: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new EvalFailure(`${flag} needs a value`, 2);
      return v;
    };
    if (flag === '--json') json = true;
    else if (flag === '--verbose') verbose = true;
    else if (flag === '--only') {
      const v = value();
      if (v !== 'zh' && v !== 'en') throw new EvalFailure(`--only takes zh or en, not ${JSON.stringify(v)}`, 2);
      only = v;
    } else if (flag === '--class') className = value();
    else
      throw new EvalFailure(
        `unknown argument ${JSON.stringify(arg)} (usage: npm run eval -- [--json] [--verbose] [--only zh|en] [--class NAME])`,
        2,
      );
  }
  return { json, verbose, only, className };
}

// ── Judgments ──

const QrelLine = z.strictObject({
  query: z.string().trim().min(1),
  lang: z.enum(LANGS),
  class: z.string().trim().min(1),
  relevant: z.record(z.string().min(1), z.literal([1, 2])),
  notes: z.record(z.string(), z.string()).optional(),
});

interface Qrel {
  readonly query: string;
  readonly lang: Lang;
  readonly class: string;
  readonly relevant: ReadonlyMap<string, number>;
  /** `bench/qrels/zh.jsonl:12`, for messages. */
  readonly where: string;
}

const JdQrelLine = z.strictObject({
  jd: z.string(),
  lang: z.enum(LANGS),
  title: z.string(),
  judged: z.record(z.string(), z.number().int().min(0).max(2)),
  notes: z.record(z.string(), z.string()),
});

interface JdRow {
  readonly jd: string;
  readonly lang: string;
  readonly title: string;
  /** Share of the top 10 judged ≥ 1 (an unjudged result counts as not relevant). */
  readonly precision10: number;
  /** Share of the top 10 judged 2. */
  readonly strict10: number;
  /** Share of the top 10 that has a judgment at all (below 1: the ranking moved since judging). */
  readonly judgedShare: number;
  readonly top: readonly { id: string; grade: number | null }[];
}

/** The JD-match judgments (bench/qrels/jd-match.jsonl, issue 14): each JD's top 10 graded by reading. */
function loadJdQrels(): z.infer<typeof JdQrelLine>[] {
  const file = path.join(QRELS_DIR, 'jd-match.jsonl');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const parsed = JdQrelLine.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new EvalFailure(
          `${path.relative(process.cwd(), file)}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
          1,
        );
      return parsed.data;
    });
}

/** Reads and checks the shape of every judged query; throws naming the file and line of the first bad ones. */
function loadQrels(): Qrel[] {
  const out: Qrel[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const lang of LANGS) {
    const file = path.join(QRELS_DIR, `${lang}.jsonl`);
    const shown = path.relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (cause) {
      throw new EvalFailure(`cannot read ${shown}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    for (const [i, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      const where = `${shown}:${i + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (cause) {
        problems.push(`${where}: not JSON (${cause instanceof Error ? cause.message : String(cause)})`);
        continue;
      }
      const parsed = QrelLine.safeParse(raw);
      if (!parsed.success) {
        const query =
          typeof raw === 'object' && raw !== null && 'query' in raw ? ` (query ${JSON.stringify(raw.query)})` : '';
        problems.push(`${where}${query}: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
        continue;
      }
      const q = parsed.data;
      if (q.lang !== lang)
        problems.push(`${where}: query ${JSON.stringify(q.query)} has lang "${q.lang}" but is in ${lang}.jsonl`);
      const key = `${q.lang}\u0000${q.query}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push(`${where}: query ${JSON.stringify(q.query)} is judged twice (also at ${earlier})`);
      seen.set(key, where);
      out.push({ query: q.query, lang: q.lang, class: q.class, relevant: new Map(Object.entries(q.relevant)), where });
    }
  }
  if (problems.length > 0) throw new EvalFailure(`bad judgments in bench/qrels:\n  ${problems.join('\n  ')}`);
  if (out.length === 0) throw new EvalFailure('bench/qrels holds no judged queries');
  return out;
}

/** Every judged id must be a résumé of the pool: a stale id would silently count as never found. */
function checkIds(qrels: readonly Qrel[], pool: ReadonlySet<string>): void {
  const missing: string[] = [];
  for (const q of qrels) {
    for (const id of q.relevant.keys()) {
      if (!pool.has(id))
        missing.push(
          `${q.where} query ${JSON.stringify(q.query)}: judged id ${JSON.stringify(id)} is not in the eval pool`,
        );
    }
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 30);
    const more = missing.length > shown.length ? `\n  … and ${missing.length - shown.length} more` : '';
    throw new EvalFailure(
      `${missing.length} judged id(s) not in the pool (seeds + ../shared/corpora, distinct):\n  ${shown.join('\n  ')}${more}`,
    );
  }
}

// ── Metrics ──

interface Scores {
  readonly ndcg: number;
  readonly recall: number;
  readonly mrr: number;
}

function score(ranked: readonly string[], rel: ReadonlyMap<string, number>): Scores {
  const dcg = ranked.slice(0, K_NDCG).reduce((sum, id, i) => sum + (2 ** (rel.get(id) ?? 0) - 1) / Math.log2(i + 2), 0);
  const ideal = [...rel.values()]
    .sort((a, b) => b - a)
    .slice(0, K_NDCG)
    .reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const found = ranked.slice(0, K_RECALL).filter((id) => rel.has(id)).length;
  const first = ranked.slice(0, K_RECALL).findIndex((id) => rel.has(id));
  return {
    ndcg: ideal === 0 ? 1 : dcg / ideal,
    recall: rel.size === 0 ? 1 : found / Math.min(rel.size, K_RECALL),
    mrr: first < 0 ? 0 : 1 / (first + 1),
  };
}

interface Row {
  readonly query: string;
  readonly lang: Lang;
  readonly class: string;
  readonly relevant: number;
  readonly scores: Record<Engine, Scores>;
  /** candidate-bot's first ten ids with their judged grade (0: not judged relevant). */
  readonly top: { id: string; grade: number }[];
}

const mean = (rows: readonly Row[], engine: Engine, key: keyof Scores): number =>
  rows.reduce((s, r) => s + r.scores[engine][key], 0) / rows.length;
const f = (n: number): string => n.toFixed(3);
const cell = (s: string): string => s.replace(/\|/g, '\\|');

// ── Stock lunr baselines ──

type Plugin = (l: typeof lunr) => void;
interface LunrLanguages {
  zh: lunr.Builder.Plugin;
  multiLanguage: (...languages: string[]) => lunr.Builder.Plugin;
}

interface StockIndex {
  readonly search: (q: string) => string[];
  /** Documents the builder threw on (left out of the index), or the whole build when it failed. */
  readonly failures: { id: string; error: string }[];
}

function stockIndex(plugin: lunr.Builder.Plugin, files: readonly { id: string; text: string }[]): StockIndex {
  const failures: { id: string; error: string }[] = [];
  let index: lunr.Index | null = null;
  try {
    index = lunr(function () {
      this.use(plugin);
      this.ref('id');
      this.field('body');
      for (const file of files) {
        try {
          this.add({ id: file.id, body: file.text });
        } catch (cause) {
          failures.push({ id: file.id, error: cause instanceof Error ? cause.message : String(cause) });
        }
      }
    });
  } catch (cause) {
    failures.push({ id: '(whole index)', error: cause instanceof Error ? cause.message : String(cause) });
  }
  const built = index;
  return {
    failures,
    search: (q) => {
      if (built === null) return [];
      try {
        return built
          .search(q)
          .slice(0, K_RECALL)
          .map((r) => r.ref);
      } catch {
        return []; // QueryParseError: the user sees an error, i.e. nothing useful
      }
    },
  };
}

// ── Run ──

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const judged = loadQrels();
  const classes = [...new Set(judged.map((q) => q.class))];
  if (opts.className !== null && !classes.includes(opts.className)) {
    throw new EvalFailure(
      `no judged query has class ${JSON.stringify(opts.className)}; classes: ${classes.join(', ')}`,
      2,
    );
  }
  const selected = judged.filter(
    (q) => (opts.only === null || q.lang === opts.only) && (opts.className === null || q.class === opts.className),
  );
  if (selected.length === 0)
    throw new EvalFailure(
      `no judged query matches${opts.only ? ` --only ${opts.only}` : ''}${opts.className ? ` --class ${opts.className}` : ''}`,
      2,
    );

  const dir = mkdtempSync(path.join(tmpdir(), 'candidate-bot-eval-'));
  try {
    cpSync(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
    // Distinct résumés only: a duplicate is never shown twice, so judging copies would only blur the figures.
    await materializeCorpora(path.join(dir, 'corpora'), { distinct: true });
    const { files } = await readResumeFolder(dir);
    checkIds(judged, new Set(files.map((file) => file.id)));
    process.stderr.write(
      `eval: ${files.length} résumés; ${selected.length} of ${judged.length} judged queries (bench/qrels)\n`,
    );

    const taxonomy = defaultTaxonomy();
    const snapshot = await buildSnapshot(dir, { taxonomy, now: new Date(), key: 'eval' });
    const ours = (q: string): string[] =>
      search(snapshot, q, taxonomy, { limit: K_RECALL }).matches.map((m) => m.profile.id);

    // lunr.zh segments with @node-rs/jieba when it can be required (a dev dependency), else Intl.Segmenter.
    const require = createRequire(import.meta.url);
    (require('lunr-languages/lunr.stemmer.support') as Plugin)(lunr);
    (require('lunr-languages/lunr.zh') as Plugin)(lunr);
    (require('lunr-languages/lunr.multi') as Plugin)(lunr);
    const languages = lunr as unknown as LunrLanguages;
    const lunrZh = stockIndex(languages.zh, files);
    const lunrMulti = stockIndex(languages.multiLanguage('en', 'zh'), files);
    for (const [engine, index] of [
      ['lunrZh', lunrZh],
      ['lunrMulti', lunrMulti],
    ] as const) {
      if (index.failures.length === 0) continue;
      process.stderr.write(
        `eval: ${LABEL[engine]}: ${index.failures.length} document(s) could not be indexed and are missing from its results:\n`,
      );
      for (const failure of index.failures.slice(0, 20)) process.stderr.write(`  ${failure.id}: ${failure.error}\n`);
    }
    const run: Record<Engine, (q: string) => string[]> = { ours, lunrZh: lunrZh.search, lunrMulti: lunrMulti.search };

    const rows: Row[] = selected.map((q) => {
      const ranked = Object.fromEntries(ENGINES.map((e) => [e, run[e](q.query)])) as Record<Engine, string[]>;
      return {
        query: q.query,
        lang: q.lang,
        class: q.class,
        relevant: q.relevant.size,
        scores: Object.fromEntries(ENGINES.map((e) => [e, score(ranked[e], q.relevant)])) as Record<Engine, Scores>,
        top: ranked.ours.slice(0, K_NDCG).map((id) => ({ id, grade: q.relevant.get(id) ?? 0 })),
      };
    });

    // JD match (issue 14): precision@10 of `match` on the judged job descriptions.
    const jdRows: JdRow[] =
      opts.className === null
        ? loadJdQrels()
            .filter((q) => opts.only === null || q.lang === opts.only)
            .map((q) => {
              const text = readFileSync(path.join(path.dirname(QRELS_DIR), '..', q.jd), 'utf8');
              const ids = matchJob(snapshot, taxonomy, readJobDescription(text, taxonomy), K_NDCG).matches.map(
                (m) => m.profile.id,
              );
              const top = ids.map((id) => ({ id, grade: q.judged[id] ?? null }));
              return {
                jd: q.jd,
                lang: q.lang,
                title: q.title,
                precision10: top.filter((t) => (t.grade ?? 0) >= 1).length / K_NDCG,
                strict10: top.filter((t) => t.grade === 2).length / K_NDCG,
                judgedShare: top.filter((t) => t.grade !== null).length / K_NDCG,
                top,
              };
            })
        : [];
    const jdMean = (key: 'precision10' | 'strict10' | 'judgedShare', list: readonly JdRow[] = jdRows) =>
      list.length === 0 ? 0 : list.reduce((a, r) => a + r[key], 0) / list.length;

    const langs = LANGS.filter((lang) => rows.some((r) => r.lang === lang));
    const groups = classes
      .flatMap((c) =>
        langs.map((lang) => ({ class: c, lang, rows: rows.filter((r) => r.class === c && r.lang === lang) })),
      )
      .filter((g) => g.rows.length > 0);
    const ahead = (list: readonly Row[]): boolean =>
      mean(list, 'ours', 'ndcg') > mean(list, 'lunrZh', 'ndcg') &&
      mean(list, 'ours', 'ndcg') > mean(list, 'lunrMulti', 'ndcg');
    const behind = rows.filter((r) => r.scores.lunrMulti.ndcg - r.scores.ours.ndcg > BEHIND_MARGIN);
    const failures = { lunrZh: lunrZh.failures, lunrMulti: lunrMulti.failures };

    if (opts.json) {
      const metrics = (list: readonly Row[], e: Engine) => ({
        ndcg10: mean(list, e, 'ndcg'),
        recall20: mean(list, e, 'recall'),
        mrr: mean(list, e, 'mrr'),
      });
      const perEngine = (list: readonly Row[]) => Object.fromEntries(ENGINES.map((e) => [e, metrics(list, e)]));
      const summary = Object.fromEntries(
        langs.map((lang) => {
          const list = rows.filter((r) => r.lang === lang);
          return [lang, { queries: list.length, ...perEngine(list) }];
        }),
      );
      const byClass = groups.map((g) => ({
        class: g.class,
        lang: g.lang,
        queries: g.rows.length,
        ...perEngine(g.rows),
        oursAheadOnNdcg10: ahead(g.rows),
      }));
      const jsonRows = rows.map((r) => ({
        query: r.query,
        lang: r.lang,
        class: r.class,
        relevant: r.relevant,
        ...Object.fromEntries(
          ENGINES.map((e) => [e, { ndcg10: r.scores[e].ndcg, recall20: r.scores[e].recall, mrr: r.scores[e].mrr }]),
        ),
        oursTop10: r.top,
      }));
      const behindJson = behind.map((r) => ({
        query: r.query,
        lang: r.lang,
        class: r.class,
        ours: r.scores.ours.ndcg,
        lunrMulti: r.scores.lunrMulti.ndcg,
      }));
      const out = {
        resumes: files.length,
        queries: rows.length,
        judged: judged.length,
        filters: { only: opts.only, class: opts.className },
        relevance: 'bench/qrels',
        engines: LABEL,
        indexFailures: failures,
        summary,
        byClass,
        behindLunrMulti: behindJson,
        rows: jsonRows,
        jdMatch: {
          relevance: 'bench/qrels/jd-match.jsonl',
          jds: jdRows.length,
          precision10: jdMean('precision10'),
          strict10: jdMean('strict10'),
          judgedShare: jdMean('judgedShare'),
          byLang: Object.fromEntries(
            LANGS.map((lang) => [
              lang,
              {
                jds: jdRows.filter((r) => r.lang === lang).length,
                precision10: jdMean(
                  'precision10',
                  jdRows.filter((r) => r.lang === lang),
                ),
              },
            ]),
          ),
          rows: jdRows,
        },
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
      return;
    }

    const lines = ['| language | queries | engine | nDCG@10 | Recall@20 | MRR |', '|---|---|---|---|---|---|'];
    for (const lang of langs) {
      const list = rows.filter((r) => r.lang === lang);
      for (const e of ENGINES)
        lines.push(
          `| ${lang} | ${list.length} | ${LABEL[e]} | ${f(mean(list, e, 'ndcg'))} | ${f(mean(list, e, 'recall'))} | ${f(mean(list, e, 'mrr'))} |`,
        );
    }

    lines.push(
      '',
      `Per class (✓: candidate-bot ahead of both stock engines on nDCG@10):`,
      '',
      `| class | language | queries | ${ENGINES.map((e) => `${SHORT[e]} nDCG@10 | ${SHORT[e]} R@20`).join(' | ')} | ours ahead |`,
      `|---|---|---|${ENGINES.map(() => '---|---|').join('')}---|`,
    );
    for (const g of groups) {
      lines.push(
        `| ${cell(g.class)} | ${g.lang} | ${g.rows.length} | ${ENGINES.map((e) => `${f(mean(g.rows, e, 'ndcg'))} | ${f(mean(g.rows, e, 'recall'))}`).join(' | ')} | ${ahead(g.rows) ? '✓' : ''} |`,
      );
    }

    lines.push(
      '',
      `Queries where candidate-bot is more than ${BEHIND_MARGIN} nDCG@10 behind stock multiLanguage(en, zh):`,
      '',
    );
    if (behind.length === 0) lines.push('(none)');
    else {
      lines.push('| query | lang | class | ours nDCG@10 | multi nDCG@10 |', '|---|---|---|---|---|');
      for (const r of behind)
        lines.push(
          `| ${cell(r.query)} | ${r.lang} | ${cell(r.class)} | ${f(r.scores.ours.ndcg)} | ${f(r.scores.lunrMulti.ndcg)} |`,
        );
    }

    if (opts.verbose) {
      lines.push(
        '',
        '## Every query',
        '',
        `| query | lang | class | relevant | ${ENGINES.map((e) => `${SHORT[e]} nDCG@10 | ${SHORT[e]} R@20`).join(' | ')} |`,
        `|---|---|---|---|${ENGINES.map(() => '---|---|').join('')}`,
      );
      for (const r of rows) {
        lines.push(
          `| ${cell(r.query)} | ${r.lang} | ${cell(r.class)} | ${r.relevant} | ${ENGINES.map((e) => `${f(r.scores[e].ndcg)} | ${f(r.scores[e].recall)}`).join(' | ')} |`,
        );
      }
      lines.push('', "## candidate-bot's top 10 per query (g2 / g1: judged grade, -: not judged relevant)");
      for (const r of rows) {
        lines.push('', `${r.query} (${r.lang}, ${r.class}; ${r.relevant} relevant, nDCG@10 ${f(r.scores.ours.ndcg)})`);
        if (r.top.length === 0) lines.push('  (no results)');
        for (const [i, t] of r.top.entries())
          lines.push(`  ${String(i + 1).padStart(2)}. ${t.grade > 0 ? `g${t.grade}` : '- '} ${t.id}`);
      }
    }

    if (jdRows.length > 0) {
      lines.push(
        '',
        `JD match (\`match\`, issue 14): precision@10 on ${jdRows.length} judged job descriptions (bench/jds, bench/qrels/jd-match.jsonl; an unjudged result counts as not relevant):`,
        '',
        '| JD | lang | P@10 (grade ≥ 1) | P@10 (grade 2) | judged share of top 10 |',
        '|---|---|---|---|---|',
        ...jdRows.map(
          (r) => `| ${cell(r.title)} | ${r.lang} | ${f(r.precision10)} | ${f(r.strict10)} | ${f(r.judgedShare)} |`,
        ),
        `| **mean** | | **${f(jdMean('precision10'))}** | ${f(jdMean('strict10'))} | ${f(jdMean('judgedShare'))} |`,
      );
    }

    const failed = (['lunrZh', 'lunrMulti'] as const)
      .filter((e) => failures[e].length > 0)
      .map((e) => `${LABEL[e]} could not index ${failures[e].length} document(s) (listed on stderr). `);
    lines.push(
      '',
      `Pool: seeds + ../shared/corpora, distinct (${files.length} résumés). Relevance: bench/qrels/{zh,en}.jsonl (${rows.length} of ${judged.length} judged queries run), graded 1–2 by reading the résumés, independently of the search code. nDCG@10 gain 2^g−1; Recall@20 is out of min(relevant, 20). ${failed.join('')}`.trimEnd(),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof EvalFailure)) throw error;
  process.stderr.write(`eval: ${error.message}\n`);
  process.exitCode = error.status;
}
