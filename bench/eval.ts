/**
 * `npm run eval [-- --json] [--verbose]`: search quality on judged queries (bench/judgments.ts),
 * Chinese and English, over the seeds plus every résumé of ../shared/corpora (JSONL rows written
 * out as files in a temp folder). Prints nDCG@10, Recall@20 and MRR per language for
 * candidate-bot beside stock lunr.zh (lunr + lunr-languages, `idx.search(query)`), same pool.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lunr from 'lunr';
import { buildSnapshot } from '../src/pool/snapshot.js';
import { cleanResume } from '../src/resume/clean.js';
import { readResumeFolder } from '../src/resume/read-folder.js';
import { search } from '../src/search/searcher.js';
import { defaultTaxonomy } from '../src/taxonomy/taxonomy.js';
import { fold } from '../src/text/fold.js';
import { materializeCorpora, SEEDS_DIR } from './corpora.js';
import { JUDGED, type Judged } from './judgments.js';

const args = process.argv.slice(2);
const K_NDCG = 10;
const K_RECALL = 20;

const dir = mkdtempSync(path.join(tmpdir(), 'candidate-bot-eval-'));
try {
  cpSync(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
  // Distinct résumés only: a duplicate is never shown twice, so judging copies would only blur the figures.
  await materializeCorpora(path.join(dir, 'corpora'), { distinct: true });
  const { files } = await readResumeFolder(dir);
  process.stderr.write(`eval: ${files.length} résumés, ${JUDGED.length} judged queries\n`);

  // Judgments: the hand-written pattern over each résumé's cleaned, folded text.
  const folded = new Map(files.map((f) => [f.id, fold(cleanResume(f.text).text)]));
  const grades = (j: Judged): Map<string, number> => {
    const out = new Map<string, number>();
    const global = new RegExp(j.relevant.source, j.relevant.flags.includes('g') ? j.relevant.flags : `${j.relevant.flags}g`);
    for (const [id, text] of folded) {
      const n = Array.from(text.matchAll(global)).length;
      if (n > 0) out.set(id, n >= 2 ? 2 : 1);
    }
    return out;
  };

  const taxonomy = defaultTaxonomy();
  const snapshot = await buildSnapshot(dir, { taxonomy, now: new Date(), key: 'eval' });
  const ours = (q: string): string[] => search(snapshot, q, taxonomy, { limit: K_RECALL }).matches.map((m) => m.profile.id);

  const require = createRequire(import.meta.url);
  (require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
  (require('lunr-languages/lunr.zh') as (l: typeof lunr) => void)(lunr);
  const zh = (lunr as unknown as { zh: lunr.Builder.Plugin }).zh;
  const stock = lunr(function () {
    this.use(zh);
    this.ref('id');
    this.field('body');
    for (const f of files) this.add({ id: f.id, body: f.text });
  });
  const baseline = (q: string): string[] => {
    try {
      return stock.search(q).slice(0, K_RECALL).map((r) => r.ref);
    } catch {
      return []; // QueryParseError: the user sees an error, i.e. nothing useful
    }
  };

  interface Scores {
    ndcg: number;
    recall: number;
    mrr: number;
  }
  const score = (ranked: readonly string[], rel: Map<string, number>): Scores => {
    const dcg = ranked.slice(0, K_NDCG).reduce((sum, id, i) => sum + ((2 ** (rel.get(id) ?? 0) - 1) / Math.log2(i + 2)), 0);
    const ideal = [...rel.values()].sort((a, b) => b - a).slice(0, K_NDCG).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
    const found = ranked.slice(0, K_RECALL).filter((id) => rel.has(id)).length;
    const first = ranked.findIndex((id) => rel.has(id));
    return {
      ndcg: ideal === 0 ? 1 : dcg / ideal,
      recall: rel.size === 0 ? 1 : found / Math.min(rel.size, K_RECALL),
      mrr: first < 0 ? 0 : 1 / (first + 1),
    };
  };

  const rows = JUDGED.map((j) => {
    const rel = grades(j);
    return { query: j.query, lang: j.lang, relevant: rel.size, ours: score(ours(j.query), rel), lunrZh: score(baseline(j.query), rel) };
  });
  const mean = (lang: string, engine: 'ours' | 'lunrZh', key: keyof Scores): number => {
    const list = rows.filter((r) => r.lang === lang);
    return list.reduce((s, r) => s + r[engine][key], 0) / list.length;
  };
  const f = (n: number): string => n.toFixed(3);
  const lines = ['| language | queries | engine | nDCG@10 | Recall@20 | MRR |', '|---|---|---|---|---|---|'];
  for (const lang of ['zh', 'en']) {
    const count = rows.filter((r) => r.lang === lang).length;
    for (const [engine, label] of [['ours', 'candidate-bot'], ['lunrZh', 'stock lunr.zh']] as const) {
      lines.push(`| ${lang} | ${count} | ${label} | ${f(mean(lang, engine, 'ndcg'))} | ${f(mean(lang, engine, 'recall'))} | ${f(mean(lang, engine, 'mrr'))} |`);
    }
  }
  if (args.includes('--verbose')) {
    lines.push('', '| query | lang | relevant | ours nDCG@10 | ours R@20 | lunr.zh nDCG@10 | lunr.zh R@20 |', '|---|---|---|---|---|---|---|');
    for (const r of rows) lines.push(`| ${r.query} | ${r.lang} | ${r.relevant} | ${f(r.ours.ndcg)} | ${f(r.ours.recall)} | ${f(r.lunrZh.ndcg)} | ${f(r.lunrZh.recall)} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n\nPool: seeds + ../shared/corpora (${files.length} résumés). Relevance: hand-written patterns in bench/judgments.ts; grade 2 when the evidence appears at least twice. Recall@20 is out of min(relevant, 20).\n`);
  if (args.includes('--json')) {
    const summary = Object.fromEntries(
      ['zh', 'en'].map((lang) => [lang, { ours: { ndcg10: mean(lang, 'ours', 'ndcg'), recall20: mean(lang, 'ours', 'recall'), mrr: mean(lang, 'ours', 'mrr') }, lunrZh: { ndcg10: mean(lang, 'lunrZh', 'ndcg'), recall20: mean(lang, 'lunrZh', 'recall'), mrr: mean(lang, 'lunrZh', 'mrr') } }]),
    );
    process.stdout.write(`${JSON.stringify({ resumes: files.length, queries: rows.length, summary, rows })}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
