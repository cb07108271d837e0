/**
 * One-shot commands (PRODUCT §9):
 *   npm run cli -- search [--dir DIR] [--json] [--limit N] <query…>
 *   npm run cli -- ask    [--dir DIR] [--json] [--limit N] "<question>"
 *   npm run cli -- show   [--dir DIR] [--json] <name|id>
 *   npm run cli -- index  [--dir DIR]
 *   npm run cli -- match  [--dir DIR] [--json] [--limit N] [--file JD.txt | "<JD>"]
 * Exit status: 0 on success (including zero results), 2 for usage errors, 1 when the résumé folder
 * cannot be read or the configuration is invalid.
 */
import { hasCode } from '../src/errors.js';
import { Candidates } from '../src/candidates/candidates.js';
import type { BuildProgress } from '../src/pool/build.js';
import {
  evidenceLines,
  renderAmbiguous,
  renderHelp,
  renderNotFound,
  renderPage,
  renderProfile,
} from '../src/conversation/text.js';
import { localeFor, type Locale } from '../src/i18n/index.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AccessConfig } from '../src/conversation/policy.js';
import type { PoolSnapshot } from '../src/store/snapshot.js';
import { poolStats } from '../src/store/stats.js';
import { ConfigError, loadEnvFile, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { operatorName } from './operator.js';
import { experienceToJson, pageToJson, profileToJson } from './json.js';

const USAGE = `usage:
  npm run cli -- search [--dir DIR] [--json] [--limit N] <query…>
  npm run cli -- ask [--dir DIR] [--json] [--limit N] "<question>"
  npm run cli -- show [--dir DIR] [--json] <name|id>
  npm run cli -- index [--dir DIR]
  npm run cli -- match [--dir DIR] [--json] [--limit N] [--file JD.txt | "<JD>"]`;

class UsageError extends Error {}

interface Args {
  command: string;
  dir?: string;
  json: boolean;
  limit: number;
  words: string[];
  file?: string;
}

/**
 * Our own flag reading: anything that is not one of our flags is part of the query (`-java`,
 * `-company:美团`). `node:util` parseArgs (strict) and commander treat every `-x` as an option and
 * refuse or swallow it, so a query's exclusions would never reach the search.
 */
function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (!command || !['search', 'ask', 'show', 'index', 'match'].includes(command))
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const args: Args = { command, json: false, limit: 10, words: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--') {
      args.words.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--json') args.json = true;
    else if (arg === '--dir' || arg.startsWith('--dir=')) {
      const value = arg.includes('=') ? arg.slice(6) : rest[++i];
      if (!value) throw new UsageError('--dir needs a folder');
      args.dir = value;
    } else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg.includes('=') ? arg.slice(8) : rest[++i];
      if (!value || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1000)
        throw new UsageError('--limit needs a number from 1 to 1000');
      args.limit = Number(value);
    } else if (command === 'match' && (arg === '--file' || arg.startsWith('--file='))) {
      const value = arg.includes('=') ? arg.slice(7) : rest[++i];
      if (!value) throw new UsageError('--file needs a file with the job description');
      args.file = value;
    } else if (/^--[a-z]/.test(arg)) throw new UsageError(`unknown option ${arg}`);
    else args.words.push(arg);
  }
  return args;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`candidate-bot: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  let jd = '';
  if (args.command === 'match') {
    if (args.file) {
      try {
        jd = await readFile(args.file, 'utf8');
      } catch (error) {
        process.stderr.write(
          `candidate-bot: cannot read the job description ${args.file} (${(error as { code?: string }).code ?? String(error)})\n`,
        );
        return 1;
      }
    } else jd = args.words.join(' ');
    if (jd.trim() === '') {
      process.stderr.write(`candidate-bot: match needs a job description (--file JD.txt or the text)\n${USAGE}\n`);
      return 2;
    }
  }
  loadEnvFile();
  const config = parseConfig(process.env);
  const dir = args.dir ?? config.resumeDir;
  const indexing = args.command === 'index';
  const logger = createLogger(process.env['LOG_LEVEL'] ? config.logLevel : indexing ? 'info' : 'warn');
  const progress = indexing && process.stderr.isTTY ? progressPrinter() : undefined;
  const pool = await Candidates.open({
    dir,
    dataDir: config.dataDir,
    maxFileBytes: config.maxFileBytes,
    logger,
    ...(progress ? { onProgress: progress } : {}),
  });
  try {
    if (args.command === 'index') {
      if (progress) process.stderr.write('\n');
      const s = pool.current();
      process.stdout.write(
        [
          statsText(s),
          `folder: ${s.dir}`,
          `terms: ${s.index.data.vocabulary.length}`,
          ...s.warnings.map((w) => `warning: ${printable(w.source)}: ${printable(w.reason)}`),
        ].join('\n') + '\n',
      );
      return 0;
    }
    if (args.command === 'ask') return await ask(pool, args, config.locale, () => config.access);
    if (args.command === 'match') return await match(pool, jd, args, config.locale);
    const text = args.words.join(' ');
    if (args.command === 'show') {
      if (text.trim() === '') throw new UsageError('show needs a name or id');
      const found = pool.find(text);
      const locale = localeFor(text);
      const experience = found.kind === 'found' ? await pool.experience(found.profile) : [];
      if (args.json) {
        const out =
          found.kind === 'found'
            ? { found: true, profile: profileToJson(found.profile), experience: experienceToJson(experience) }
            : {
                found: false,
                candidates:
                  found.kind === 'ambiguous' ? found.candidates.map((p) => ({ id: p.id, name: p.displayName })) : [],
              };
        process.stdout.write(`${JSON.stringify(out)}\n`);
      } else if (found.kind === 'found')
        process.stdout.write(
          `${renderProfile(found.profile, found.profile.language, evidenceLines(experience, found.profile.language))}\n`,
        );
      else
        process.stdout.write(
          `${found.kind === 'ambiguous' ? renderAmbiguous(found.candidates, locale) : renderNotFound(text, locale)}\n`,
        );
      return 0;
    }
    const page = await pool.search(text, { limit: args.limit, offset: 0 });
    if (args.json) process.stdout.write(`${JSON.stringify(pageToJson(page))}\n`);
    else process.stdout.write(`${renderPage(page, localeFor(text))}\n`);
    return 0;
  } finally {
    await pool.close();
  }
}

function statsText(snapshot: PoolSnapshot): string {
  const s = poolStats(snapshot);
  return [
    `résumés: ${s.resumes} indexed, ${s.duplicates} duplicates, ${s.skipped} skipped`,
    `built: ${s.builtAt}; newest résumé: ${s.newestResume ?? '—'}`,
    `top skills: ${s.topSkills.map((k) => `${k.label.split(' / ')[0]} (${k.candidates})`).join(', ')}`,
  ].join('\n');
}

/** `ask`: a chat question, understood the way the bot understands it, answered like the slash command. */
async function ask(pool: Candidates, args: Args, locale: 'auto' | Locale, access: () => AccessConfig): Promise<number> {
  // Loaded only here: `search` and `show` start faster without the conversation layer.
  const [{ understand }, { Conversation }, { ShortlistStore }, { AuditLog }] = await Promise.all([
    import('../src/conversation/understand.js'),
    import('../src/conversation/conversation.js'),
    import('../src/conversation/shortlist-store.js'),
    import('../src/conversation/audit-log.js'),
  ]);
  const question = args.words.join(' ');
  const understood = understand(question, pool.taxonomy, { locale });
  const lang = understood.locale;
  const out = (json: object, text: string): number => {
    process.stdout.write(args.json ? `${JSON.stringify({ query: question, understood, ...json })}\n` : `${text}\n`);
    return 0;
  };
  switch (understood.intent) {
    case 'search': {
      const page = await pool.search(understood.query, { limit: args.limit, offset: 0 });
      const json = pageToJson(page) as { understood: unknown };
      return out(
        { ...json, query: question, understood: { ...understood, search: json.understood } },
        `${understood.summary}\n${renderPage(page, lang).split('\n').slice(1).join('\n')}`,
      );
    }
    case 'show': {
      const found = pool.find(understood.targets[0] ?? '');
      if (found.kind === 'found') {
        const experience = await pool.experience(found.profile);
        return out(
          { found: true, profile: profileToJson(found.profile), experience: experienceToJson(experience) },
          renderProfile(found.profile, lang, evidenceLines(experience, lang)),
        );
      }
      const candidates = found.kind === 'ambiguous' ? found.candidates : [];
      return out(
        { found: false, candidates: candidates.map((p) => ({ id: p.id, name: p.displayName })) },
        found.kind === 'ambiguous'
          ? renderAmbiguous(candidates, lang)
          : renderNotFound(understood.targets[0] ?? '', lang),
      );
    }
    case 'help':
      return out({}, renderHelp(lang));
    case 'stats':
      return out({ stats: poolStats(pool.current()) }, statsText(pool.current()));
    default: {
      // similar, compare, shortlist, reload: the conversation answers them exactly as in chat.
      const dataDir = pool.pool.dataDir;
      const shortlist = await ShortlistStore.open(path.join(dataDir, 'shortlists.json'));
      const audit = new AuditLog(path.join(dataDir, 'audit.log'));
      const conversation = new Conversation({ pool, shortlist, audit, access: access(), locale });
      try {
        const reply = await conversation.ask(
          { platform: 'console', userId: operatorName(), placeKind: 'console' },
          question,
        );
        return out({ reply }, reply.text);
      } finally {
        await audit.close();
      }
    }
  }
}

/** `match`: who fits a job description, with the criteria read from it and a ✓/✗ per criterion. */
async function match(pool: Candidates, jd: string, args: Args, configured: 'auto' | Locale): Promise<number> {
  const [{ readJobDescription, criteriaQuery }, { jobMatchReply, describeCheck }] = await Promise.all([
    import('../src/match/job-description.js'),
    import('../src/conversation/job-reply.js'),
  ]);
  const locale = localeFor(jd, configured);
  const job = readJobDescription(jd, pool.taxonomy);
  const page = await pool.matchJob(job, { limit: args.limit, offset: 0 });
  if (!args.json) {
    process.stdout.write(
      `${jobMatchReply(page, pool.taxonomy, () => false, locale, 'conversation', args.limit).text}\n`,
    );
    return 0;
  }
  const label = (id: string) => pool.taxonomy.label(id);
  const criteria = job.criteria.map((c) => ({
    kind: c.kind,
    id: c.id,
    ...(c.anyOf ? { anyOf: c.anyOf } : {}),
    label: c.anyOf
      ? c.anyOf.map(label).join(' / ')
      : c.kind === 'skill' || c.kind === 'skill-years' || c.kind === 'city'
        ? label(c.id)
        : c.id,
    must: c.must,
    ...(c.years !== undefined ? { years: c.years } : {}),
  }));
  const must = criteria.filter((c) => c.must).length;
  const nice = criteria.filter((c) => !c.must).length;
  const query = criteriaQuery(job.criteria, pool.taxonomy, locale);
  const out = {
    // The same top-level shape as `search --json` (query, understood, total, results), plus the criteria.
    query,
    understood: { title: job.title, criteria, must, nice, ignored: job.ignored },
    title: job.title,
    criteria,
    must,
    nice,
    ignored: job.ignored,
    total: page.total,
    results: page.page.map((m) => {
      const lines = m.checks.map((k) => ({
        kind: k.criterion.kind,
        id: k.criterion.id,
        must: k.criterion.must,
        met: k.met,
        evidence: describeCheck(k, m.profile, m.evidence, pool.taxonomy, locale),
      }));
      return {
        id: m.profile.id,
        name: m.profile.displayName,
        source: m.profile.source,
        // Must-haves met (weighted share), then nice-to-haves, then dated evidence: one number to sort by.
        score: round(m.score.must + m.score.nice / 10 + m.score.evidence / 100),
        years: m.profile.years,
        city: m.profile.city,
        degree: m.profile.highestDegree,
        skills: m.profile.skills.slice(0, 12).map((s) => s.label.split(' / ')[0]),
        must: m.must,
        nice: m.nice,
        scores: { must: round(m.score.must), nice: round(m.score.nice), evidence: round(m.score.evidence) },
        matched: lines.filter((l) => l.met).map((l) => l.evidence),
        missed: lines.filter((l) => !l.met).map((l) => l.evidence),
        checks: lines,
        highlights: [],
      };
    }),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function progressPrinter(): (p: BuildProgress) => void {
  const started = Date.now();
  return (p) => {
    const elapsed = (Date.now() - started) / 1000;
    const share = p.total > 0 ? p.done / p.total : 0;
    const eta = share > 0 && p.phase !== 'saving' ? Math.max(0, elapsed / share - elapsed) : 0;
    const label = { reading: 'files read', parsing: 'parsed', indexing: 'indexed', saving: 'saving cache' }[p.phase];
    process.stderr.write(`\r${label}: ${p.done}/${p.total}${eta > 0 ? `  ETA ${eta.toFixed(0)} s` : ''}        `);
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`candidate-bot: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError || hasCode(error, 'RESUME_DIR_UNREADABLE')) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `candidate-bot: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  },
);

/** A file name as one safe line: control characters (a newline could forge a `warning:` line) escaped. */
function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
