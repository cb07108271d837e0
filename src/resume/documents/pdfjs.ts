import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfjsNamespace from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * pdf.js (`pdfjs-dist`), loaded once per thread, with its predefined CMaps kept between documents.
 *
 * Why: a Chinese PDF whose font is not embedded or has no ToUnicode map (report generators,
 * XeLaTeX, many converters) makes pdf.js parse two predefined CMaps, e.g. `UniGB-UCS2-H` and
 * `Adobe-GB1-UCS2` with about 30,000 ranges each, and turn them into a character table. pdf.js
 * keeps only the CMap *files* between fonts of one document, so every such PDF paid the whole
 * parse again: about 60 % of its reading time, measured with `node --cpu-prof`. The parsed maps
 * depend only on their names, so they are kept per thread here.
 *
 * How: pdf.js has no option for this and its classes are not exported, so its worker module is
 * loaded from its source with small, anchored edits ({@link WORKER_EDITS}) and handed to
 * pdf.js as `globalThis.pdfjsWorker`, the hook it offers for running its worker in the same
 * thread (what it does on Node anyway). Each anchor must occur exactly once; if an upgrade of
 * pdfjs-dist moves one, the stock worker is used (slower, same text) and
 * `test/resume/pdfjs.test.ts` fails, so the edit is redone with the upgrade.
 *
 * What is kept is read-only once built: a predefined CMap is only read by fonts, and each
 * document gets its own copy of the character table (pdf.js may amend a font's table).
 */

const require = createRequire(import.meta.url);

/** Maps kept per thread: a pool uses a handful (one or two per script and writing direction). */
const CMAP_MEMO_LIMIT = 12;

interface Edit {
  readonly anchor: string;
  readonly replacement: string;
}

const MEMO = '__candidateBotCMapMemo';

/**
 * The edits, anchored on pdf.js 5 source (`src/core/cmap.js`, `src/core/evaluator.js`,
 * `src/core/to_unicode_map.js`, `src/core/fonts.js`, `src/core/jpx.js`), in order:
 *
 * - `createBuiltInCMap(name)` answers from a per-thread memo of parsed predefined CMaps (a bounded
 *   LRU of promises; a failed parse is not kept; Identity-H/V are cheap and built as before).
 * - `buildToUnicode` looks up the character table of a predefined CMap and its
 *   `<Registry>-<Ordering>-UCS2` map, keyed by both names, and gives the font a copy; a table it
 *   has to build is kept once complete (one whose build threw is not). Either way the font's table
 *   is tagged with that key (`memoKey`).
 * - `ToUnicodeMap.amend` removes the tag: an amended table is no longer the kept one.
 * - `Font.fallbackToSystemFont`, for a composite font that is not embedded, maps each character
 *   code to its Unicode from the tagged table: that array is kept under the same key once built,
 *   and each font gets a copy.
 * - The JPEG 2000 decoder's script fallback loses its dynamic import (see the edit's comment).
 */
export const WORKER_EDITS: readonly Edit[] = [
  {
    anchor: 'async function createBuiltInCMap(name, fetchBuiltInCMap) {',
    replacement: `const ${MEMO} = { cMaps: new Map(), toUnicode: new Map(), fontChars: new Map(), hits: 0, limit: ${CMAP_MEMO_LIMIT} };
function ${MEMO}Put(map, key, value) {
  map.delete(key);
  map.set(key, value);
  if (map.size > ${MEMO}.limit) map.delete(map.keys().next().value);
}
function ${MEMO}Get(map, key) {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
    ${MEMO}.hits++;
  }
  return value;
}
async function createBuiltInCMap(name, fetchBuiltInCMap) {
  if (name === "Identity-H" || name === "Identity-V") {
    return createBuiltInCMapUncached(name, fetchBuiltInCMap);
  }
  let parsed = ${MEMO}Get(${MEMO}.cMaps, name);
  if (!parsed) {
    parsed = createBuiltInCMapUncached(name, fetchBuiltInCMap);
    ${MEMO}Put(${MEMO}.cMaps, name, parsed);
    parsed.catch(() => {
      if (${MEMO}.cMaps.get(name) === parsed) ${MEMO}.cMaps.delete(name);
    });
  }
  return parsed;
}
async function createBuiltInCMapUncached(name, fetchBuiltInCMap) {`,
  },
  {
    anchor: `      const toUnicode = [],
        buf = [];
      properties.cMap.forEach(function (charcode, cid) {`,
    replacement: `      const memoKey = properties.cMap.builtInCMap ? \`\${properties.cMap.name} \${ucs2CMapName.name}\` : null;
      const kept = memoKey ? ${MEMO}Get(${MEMO}.toUnicode, memoKey) : undefined;
      if (kept) {
        return Object.assign(new ToUnicodeMap(kept.slice()), { memoKey });
      }
      const toUnicode = [],
        buf = [];
      properties.cMap.forEach(function (charcode, cid) {`,
  },
  {
    anchor: `      return new ToUnicodeMap(toUnicode);
    }
    return new IdentityToUnicodeMap(properties.firstChar, properties.lastChar);`,
    replacement: `      if (memoKey) {
        ${MEMO}Put(${MEMO}.toUnicode, memoKey, toUnicode.slice());
        return Object.assign(new ToUnicodeMap(toUnicode), { memoKey });
      }
      return new ToUnicodeMap(toUnicode);
    }
    return new IdentityToUnicodeMap(properties.firstChar, properties.lastChar);`,
  },
  {
    anchor: `  amend(map) {
    for (const charCode in map) {
      this._map[charCode] = map[charCode];
    }
  }`,
    replacement: `  amend(map) {
    this.memoKey = undefined;
    for (const charCode in map) {
      this._map[charCode] = map[charCode];
    }
  }`,
  },
  {
    anchor: `      const glyphsUnicodeMap = getGlyphsUnicode();
      const map = [];
      this.toUnicode.forEach((charCode, unicodeCharCode) => {
        if (!this.composite) {`,
    replacement: `      const glyphsUnicodeMap = getGlyphsUnicode();
      const fontCharKey = this.composite && this.toUnicode.memoKey ? this.toUnicode.memoKey : null;
      const keptFontChar = fontCharKey ? ${MEMO}Get(${MEMO}.fontChars, fontCharKey) : undefined;
      const map = keptFontChar ? keptFontChar.slice() : [];
      if (!keptFontChar) this.toUnicode.forEach((charCode, unicodeCharCode) => {
        if (!this.composite) {`,
  },
  {
    anchor: `      if (this.composite && this.toUnicode instanceof IdentityToUnicodeMap) {
        if (/Tahoma|Verdana/i.test(name)) {`,
    replacement: `      if (fontCharKey && !keptFontChar) {
        ${MEMO}Put(${MEMO}.fontChars, fontCharKey, map.slice());
      }
      if (this.composite && this.toUnicode instanceof IdentityToUnicodeMap) {
        if (/Tahoma|Verdana/i.test(name)) {`,
  },
  {
    // The JPEG 2000 decoder's script fallback is the module's only dynamic import. Text
    // extraction never decodes an image, and from a data: module the relative file could not be
    // found anyway: it fails at once, as pdf.js handles a missing decoder. Without the import,
    // tsx (tests, benchmarks) no longer rewrites the whole 2 MB module with a source map, which
    // cost 1.3 s and 250 MB per reading thread.
    anchor: `      const mod = await import(
      /*webpackIgnore: true*/
      /*@vite-ignore*/
      path);`,
    replacement: `      const mod = await Promise.reject(new Error(\`\${path}: not loaded (text extraction decodes no images)\`));`,
  },
];

/** Stock worker source → the source loaded here, or null when an anchor is missing or repeated. */
export function patchWorker(source: string): string | null {
  let out = source;
  for (const { anchor, replacement } of WORKER_EDITS) {
    const at = out.indexOf(anchor);
    if (at < 0 || out.indexOf(anchor, at + 1) >= 0) return null;
    out = out.slice(0, at) + replacement + out.slice(at + anchor.length);
  }
  // Its source map comment names a file beside the original: from a data: URL, Node (with source
  // maps on, e.g. --enable-source-maps) fails the import on it.
  out = out.replace(/\n\/\/# sourceMappingURL=[^\n]*\s*$/, '\n');
  // Stack traces name it, rather than quoting a 3 MB data: URL in every frame.
  return `${out}\nexport { ${MEMO} as cMapMemo };\n//# sourceURL=pdfjs-dist/legacy/build/pdf.worker.mjs#edited-by-candidate-bot\n`;
}

export interface CMapMemoStats {
  readonly cMaps: number;
  readonly tables: number;
  readonly fontChars: number;
  readonly hits: number;
}

type PdfjsModule = typeof PdfjsNamespace;

interface Loaded {
  readonly pdfjs: PdfjsModule;
  /** Null when the stock worker runs (an anchor moved). */
  readonly memo: {
    cMaps: Map<string, unknown>;
    toUnicode: Map<string, unknown>;
    fontChars: Map<string, unknown>;
    hits: number;
  } | null;
}

let loading: Promise<Loaded> | undefined;

/** pdf.js for this thread; the first call loads it (about 100 ms), later ones return it. */
export function loadPdfjs(): Promise<Loaded> {
  loading ??= (async () => {
    const file = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const patched = patchWorker(await readFile(file, 'utf8'));
    let memo: Loaded['memo'] = null;
    if (patched) {
      // A data: URL, not a file: nothing is written to disk, and nothing on disk can be swapped
      // for it. The worker's relative imports (image decoders' wasm) are never reached by text
      // extraction, which is all this reader asks of it.
      const worker = (await import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`)) as {
        WorkerMessageHandler: unknown;
        cMapMemo: Loaded['memo'];
      };
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      memo = worker.cMapMemo;
    } else {
      process.emitWarning(
        `pdfjs-dist at ${path.dirname(file)} does not match the CMap memo's anchors: Chinese PDFs without embedded fonts read slower`,
      );
    }
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return { pdfjs, memo };
  })();
  return loading;
}

/** How much the memo holds and how often it answered, for tests and profiling. */
export async function cMapMemoStats(): Promise<CMapMemoStats | null> {
  const { memo } = await loadPdfjs();
  return memo
    ? { cMaps: memo.cMaps.size, tables: memo.toUnicode.size, fontChars: memo.fontChars.size, hits: memo.hits }
    : null;
}
