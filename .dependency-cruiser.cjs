/**
 * The boundaries of the code base (PRODUCT §8, issue 11 item 7), checked by `npm run boundaries`
 * (part of `npm test`). Each rule's name says what it protects; a violation prints it.
 *
 *   src/store   immutable index data (snapshot, compact index, text store, phrase filter)
 *   src/pool    lifecycle and I/O: build, cache, watch, read résumé text
 *   src/search  a query against a snapshot: parse → candidates → rank → explain
 *   src/candidates  the only place that puts pool and search together
 *   src/i18n    every user-facing word (zh, en) and the lexicons the bot reads; src/text: folding and the CJK classes
 *   adapters/*  one platform each, using the core through src/port.ts only; index/ wires everything (the composition root)
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules never import each other in a circle.',
      severity: 'error',
      from: { path: '^(src|adapters|index)/' },
      to: { circular: true },
    },
    {
      name: 'search-never-imports-pool',
      comment: 'search/ runs on a snapshot (store/); the pool (lifecycle and I/O) is not its business.',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^src/(pool|candidates)/' },
    },
    {
      name: 'pool-never-imports-search',
      comment: 'pool/ builds, caches and watches snapshots; searching them is search/ (joined in candidates/).',
      severity: 'error',
      from: { path: '^src/pool/' },
      to: { path: '^src/(search|candidates)/' },
    },
    {
      name: 'store-is-data-only',
      comment: 'store/ (the immutable index data) imports neither the pool, search, nor anything above them.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(pool|search|candidates|conversation)/' },
    },
    {
      name: 'words-and-text-are-leaves',
      comment:
        'src/i18n (every user-facing word, the lexicons) and src/text (folding, the CJK classes) are used everywhere, so they import nothing but each other.',
      severity: 'error',
      from: { path: '^src/(i18n|text)/' },
      to: { path: '^src/', pathNot: '^src/(i18n|text)/' },
    },
    {
      name: 'src-imports-no-adapter-or-index',
      comment: 'The core (src/) never imports an adapter or the composition root.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(adapters|index)/' },
    },
    {
      name: 'src-imports-no-platform-sdk',
      comment: 'No platform SDK in the core: adapters own Slack and Feishu/Lark.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: 'node_modules/(@slack|@larksuiteoapi)/' },
    },
    {
      name: 'adapters-never-import-each-other',
      comment: 'Each adapter stands alone; shared code lives in src/.',
      severity: 'error',
      from: { path: '^adapters/([^/]+)/' },
      to: { path: '^adapters/', pathNot: '^adapters/$1/' },
    },
    {
      name: 'slack-adapter-uses-no-feishu-sdk',
      severity: 'error',
      from: { path: '^adapters/slack/' },
      to: { path: 'node_modules/@larksuiteoapi/' },
    },
    {
      name: 'feishu-adapter-uses-no-slack-sdk',
      severity: 'error',
      from: { path: '^adapters/feishu/' },
      to: { path: 'node_modules/@slack/' },
    },
    {
      name: 'console-adapter-uses-no-platform-sdk',
      severity: 'error',
      from: { path: '^adapters/console/' },
      to: { path: 'node_modules/(@slack|@larksuiteoapi)/' },
    },
    {
      name: 'adapters-import-only-the-port',
      comment:
        'An adapter uses the core through src/port.ts only (ask/act/upload in, the Reply model and shared renderers out); anything else it needs belongs in the port.',
      severity: 'error',
      from: { path: '^adapters/' },
      to: { path: '^src/', pathNot: '^src/port\\.ts$' },
    },
    {
      name: 'nothing-imports-index',
      comment: 'index/ is the composition root: src/, adapters/ and bench/ never import it.',
      severity: 'error',
      from: { path: '^(src|adapters|bench)/' },
      to: { path: '^index/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
