import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile, open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CandidateBotError } from '../errors.js';
import type { Profile, SkillEvidence } from '../profile/profile.js';
import { listResumeFiles } from '../resume/read-folder.js';
import { CompactIndex, type CompactIndexData } from '../store/compact-index.js';
import { defaultTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.js';
import { assembleSnapshot, type PoolSnapshot } from '../store/snapshot.js';
import { TextStore } from '../store/text-store.js';

/**
 * The index cache under `DATA_DIR/index/<key>/`. The key covers the résumé folder (every file's
 * path, size and modification time), the code of the core and the taxonomy, so a restart with
 * nothing changed loads instead of rebuilding, and any change makes a new key.
 *
 * A cache is written to a temporary folder and renamed into place, so a reader never sees half of
 * one; anything that does not validate is ignored and rebuilt.
 */

const FORMAT = 6;
const BINARY_FILES = [
  'postingOffsets',
  'postings',
  'postingWeights',
  'vectorOffsets',
  'vectors',
  'textOffsets',
  'texts',
] as const;

const MetaSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  dir: z.string(),
  builtAt: z.string(),
  fields: z.array(z.string()),
  docCount: z.number().int().nonnegative(),
  vocabulary: z.array(z.string()),
  // Checked one by one below (zod over 10,000 profiles costs more than the rest of the load).
  profiles: z.array(z.unknown()),
  warnings: z.array(z.object({ source: z.string(), reason: z.string() })),
});

/** A cached profile back to a {@link Profile}, after a structural check of what every reader relies on. */
function restoreProfile(taxonomy: Taxonomy): (raw: unknown, i: number) => Profile {
  return (raw, i) => {
    const p = raw as Record<string, unknown>;
    const ok =
      typeof p === 'object' &&
      p !== null &&
      typeof p['id'] === 'string' &&
      typeof p['source'] === 'string' &&
      typeof p['displayName'] === 'string' &&
      Array.isArray(p['skills']) &&
      Array.isArray(p['work']) &&
      Array.isArray(p['education']) &&
      Array.isArray(p['phones']) &&
      Array.isArray(p['emails']) &&
      Array.isArray(p['companyIds']) &&
      Array.isArray(p['schoolIds']) &&
      (p['years'] === null || typeof p['years'] === 'number');
    if (!ok) throw new Error(`profile ${i} is malformed`);
    // Skills are stored flat (id, count, months × 4 + used × 2 + strong, id, …) and become objects when first
    // read: a query reads the skills of the résumés it shows, not of all 10,000 (a quarter of a
    // million objects at start-up). Checked here, so a bad cache is still refused at load.
    const flat = p['skills'] as unknown[];
    if (flat.length % 3 !== 0) throw new Error(`profile ${i} has malformed skills`);
    for (let k = 0; k < flat.length; k += 3) {
      if (typeof flat[k] !== 'string' || typeof flat[k + 1] !== 'number' || typeof flat[k + 2] !== 'number')
        throw new Error(`profile ${i} has a malformed skill`);
    }
    let skills: SkillEvidence[] | undefined;
    const profile: Record<string, unknown> = { ...p };
    Object.defineProperty(profile, 'skills', {
      enumerable: true,
      configurable: true,
      get: () => {
        skills ??= Array.from({ length: flat.length / 3 }, (_, n) => {
          const id = flat[3 * n] as string;
          const packed = flat[3 * n + 2] as number;
          return {
            id,
            label: taxonomy.label(id),
            count: flat[3 * n + 1] as number,
            strong: packed % 2 === 1,
            used: Math.floor(packed / 2) % 2 === 1,
            months: Math.floor(packed / 4),
          };
        });
        return skills;
      },
    });
    return profile as unknown as Profile;
  };
}

let codeVersionPromise: Promise<string> | undefined;

/** Hash of the core's source files: a new version of the code never reads an old cache. */
export function codeVersion(): Promise<string> {
  codeVersionPromise ??= (async () => {
    const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const hash = createHash('sha1');
    const files = (await readdir(srcRoot, { recursive: true })).filter((f) => /\.(ts|js|mjs)$/.test(f)).sort();
    for (const file of files) {
      hash.update(file);
      hash.update(await readFile(path.join(srcRoot, file)));
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return codeVersionPromise;
}

/** The cache key of a folder as it is now. Cheap: it stats files, it does not read them. */
export async function poolKey(dir: string, taxonomy: Taxonomy, maxFileBytes?: number): Promise<string> {
  const root = path.resolve(dir);
  const { paths } = await listResumeFiles(root);
  const hash = createHash('sha1');
  // The size limit decides which documents are read, so a changed limit is a changed pool.
  hash.update(`${FORMAT}\0${await codeVersion()}\0${taxonomy.version}\0${root}\0${maxFileBytes ?? 'default'}\0`);
  // Synchronous stats: 10,000 of them take ~40 ms this way, ~250 ms as 10,000 promises.
  for (const p of paths) {
    let s;
    try {
      s = statSync(p, { throwIfNoEntry: false });
    } catch {
      s = undefined; // changed into a loop since it was listed: the read skips it with a warning
    }
    hash.update(`${path.relative(root, p)}\0${s?.size ?? -1}\0${s?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex').slice(0, 20);
}

function cacheRoot(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'index');
}

/** The key of the newest complete cache under `dataDir`, if any (to start loading it early). */
export async function latestCacheKey(dataDir: string): Promise<string | null> {
  try {
    const root = cacheRoot(dataDir);
    const entries = (await readdir(root)).filter((e) => !e.startsWith('.'));
    const dated = await Promise.all(
      entries.map(async (e) => ({
        e,
        t: (await stat(path.join(root, e, 'meta.json')).catch(() => null))?.mtimeMs ?? -1,
      })),
    );
    const best = dated.filter((d) => d.t >= 0).sort((a, b) => b.t - a.t)[0];
    return best?.e ?? null;
  } catch {
    return null;
  }
}

/** Writes a snapshot to the cache, atomically, and removes older caches. */
export async function saveSnapshot(dataDir: string, snapshot: PoolSnapshot): Promise<string> {
  const root = cacheRoot(dataDir);
  await mkdir(root, { recursive: true });
  const tmp = await mkdtemp(path.join(root, '.tmp-'));
  const data = snapshot.index.data;
  const meta = {
    format: FORMAT,
    key: snapshot.key,
    dir: snapshot.dir,
    builtAt: snapshot.builtAt,
    fields: data.fields,
    docCount: data.docCount,
    vocabulary: data.vocabulary,
    // Skills flat (id, count, months × 4 + used × 2 + strong, id, …); labels come back from the taxonomy (its
    // version is in the key). Skills were three quarters of this file.
    profiles: snapshot.profiles.map((p) => ({
      ...p,
      skills: p.skills.flatMap((k) => [k.id, k.count, k.months * 4 + (k.used ? 2 : 0) + (k.strong ? 1 : 0)]),
    })),
    warnings: snapshot.warnings,
  };
  const binaries: Record<(typeof BINARY_FILES)[number], ArrayBufferView> = {
    postingOffsets: data.postingOffsets,
    postings: data.postings,
    postingWeights: data.postingWeights,
    vectorOffsets: data.vectorOffsets,
    vectors: data.vectors,
    textOffsets: snapshot.texts.offsets,
    texts: snapshot.texts.buffer,
  };
  try {
    for (const name of BINARY_FILES) await writeDurably(path.join(tmp, `${name}.bin`), binaries[name]);
    // meta.json last: its presence marks a complete cache.
    await writeDurably(path.join(tmp, 'meta.json'), Buffer.from(JSON.stringify(meta)));
    const final = path.join(root, snapshot.key);
    await rm(final, { recursive: true, force: true });
    await rename(tmp, final);
    for (const entry of await readdir(root)) {
      if (entry !== snapshot.key && !entry.startsWith('.tmp-'))
        await rm(path.join(root, entry), { recursive: true, force: true });
    }
    return final;
  } catch (cause) {
    await rm(tmp, { recursive: true, force: true });
    throw cause;
  }
}

async function writeDurably(file: string, data: ArrayBufferView): Promise<void> {
  await writeFile(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Loads the cache for `key`, or returns null when there is none. A cache that exists but does not
 * validate throws `CACHE_INVALID` (the caller logs it and rebuilds).
 */
export async function loadSnapshot(
  dataDir: string,
  key: string,
  taxonomy: Taxonomy = defaultTaxonomy(),
): Promise<PoolSnapshot | null> {
  const dir = path.join(cacheRoot(dataDir), key);
  let metaText: string;
  try {
    metaText = await readFile(path.join(dir, 'meta.json'), 'utf8');
  } catch {
    return null;
  }
  try {
    // The texts go straight into shared memory, where a helper thread can read them too (store/phrase-filter.ts).
    const bin = (name: (typeof BINARY_FILES)[number]): Promise<Buffer> =>
      name === 'texts' || name === 'textOffsets'
        ? readShared(path.join(dir, `${name}.bin`))
        : readFile(path.join(dir, `${name}.bin`));
    // The arrays first, while the heap is still small: V8 answers 100+ MB of new buffers with full
    // collections, which cost little now and far more once the profiles below are on the heap.
    const [postingOffsetsBuf, postingsBuf, postingWeightsBuf, vectorOffsetsBuf, vectorsBuf, textOffsetsBuf, texts] =
      await Promise.all(BINARY_FILES.map(bin));
    const meta = MetaSchema.parse(JSON.parse(metaText));
    if (meta.key !== key) throw new Error(`key ${meta.key} in a folder named ${key}`);
    const postingOffsets = u32(postingOffsetsBuf as Buffer);
    const postings = i32(postingsBuf as Buffer);
    const postingWeights = f32(postingWeightsBuf as Buffer);
    const vectorOffsets = u32(vectorOffsetsBuf as Buffer);
    const vectors = f32(vectorsBuf as Buffer);
    const textOffsets = u32(textOffsetsBuf as Buffer);
    const F = meta.fields.length;
    const consistent =
      postingOffsets.length === meta.vocabulary.length * F + 1 &&
      postingOffsets[postingOffsets.length - 1] === postings.length &&
      postingWeights.length === postings.length &&
      vectorOffsets.length === meta.docCount * F + 1 &&
      vectorOffsets[vectorOffsets.length - 1] === vectors.length &&
      textOffsets.length === meta.docCount + 1 &&
      textOffsets[meta.docCount] === (texts as Buffer).length &&
      meta.profiles.length === meta.docCount;
    if (!consistent) throw new Error('array sizes do not agree');
    const data: CompactIndexData = {
      fields: meta.fields,
      docCount: meta.docCount,
      vocabulary: meta.vocabulary,
      postingOffsets,
      postings,
      postingWeights,
      vectorOffsets,
      vectors,
    };
    const profiles = meta.profiles.map(restoreProfile(taxonomy));
    return assembleSnapshot(
      meta.dir,
      profiles,
      new TextStore(texts as Buffer, textOffsets),
      new CompactIndex(data),
      meta.warnings,
      meta.builtAt,
      meta.key,
    );
  } catch (cause) {
    throw new CandidateBotError(
      'CACHE_INVALID',
      `cache: ignoring the index cache in ${dir}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/** A whole file read into a SharedArrayBuffer. */
async function readShared(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const out = Buffer.from(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const { bytesRead } = await handle.read(out, done, size - done, done);
      if (bytesRead === 0) throw new Error(`${path.basename(file)} ended early`);
      done += bytesRead;
    }
    return out;
  } finally {
    await handle.close();
  }
}

// Typed-array views need aligned offsets; Node pools small buffers, so copy when misaligned.
function aligned(buf: Buffer, bytes: number): ArrayBufferLike {
  if (buf.byteOffset % bytes === 0 && buf.byteLength % bytes === 0) return buf.buffer;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}
function u32(buf: Buffer): Uint32Array {
  const b = aligned(buf, 4);
  return new Uint32Array(b, b === buf.buffer ? buf.byteOffset : 0, buf.byteLength / 4);
}
function i32(buf: Buffer): Int32Array {
  const b = aligned(buf, 4);
  return new Int32Array(b, b === buf.buffer ? buf.byteOffset : 0, buf.byteLength / 4);
}
function f32(buf: Buffer): Float32Array {
  const b = aligned(buf, 4);
  return new Float32Array(b, b === buf.buffer ? buf.byteOffset : 0, buf.byteLength / 4);
}
