import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ResumePool } from '../../src/pool/pool.js';
import { localeFor, renderAmbiguous, renderHelp, renderNotFound, renderPage, renderProfile, type Locale } from './render.js';

export interface ConsoleChatOptions {
  readonly pool: ResumePool;
  readonly input: Readable;
  readonly output: Writable;
  readonly locale?: 'auto' | Locale;
  readonly pageSize?: number;
}

/**
 * The local chat: type `/candidate rust` (or just `rust`) and get the same cards a platform would
 * show, as text. Lines are answered one at a time, in order, so piped input works too.
 * Resolves when the input ends or the user types `quit`.
 */
export function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { pool, input, output } = options;
  const pageSize = options.pageSize ?? 5;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive, prompt: 'candidate> ' });
  let last: { query: string; offset: number; locale: Locale } | null = null;
  let queue = Promise.resolve();
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };

  const handle = async (raw: string): Promise<boolean> => {
    const line = raw.trim();
    if (line === '') return true;
    if (/^\/?(quit|exit|q)$/i.test(line)) return false;
    const body = line.replace(/^\/candidate\b\s*/i, '');
    const locale = localeFor(body || line, options.locale);
    if (body === '' || /^\/?(help|\?|帮助)$/i.test(body)) {
      write(renderHelp(locale));
      return true;
    }
    const show = /^(?:show|详情|查看)\s+(.+)$/i.exec(body);
    if (show?.[1]) {
      const found = pool.find(show[1]);
      const showLocale = localeFor(show[1], options.locale);
      if (found.kind === 'found') write(renderProfile(found.profile, found.profile.language === 'zh' && options.locale === 'auto' ? 'zh' : showLocale));
      else if (found.kind === 'ambiguous') write(renderAmbiguous(found.candidates, showLocale));
      else write(renderNotFound(show[1], showLocale));
      return true;
    }
    if (/^(next|n|more|下一页|prev|p|previous|上一页)$/i.test(body)) {
      if (!last) {
        write(renderHelp(locale));
        return true;
      }
      const forward = /^(next|n|more|下一页)$/i.test(body);
      const offset = Math.max(0, last.offset + (forward ? pageSize : -pageSize));
      const page = await pool.search(last.query, { limit: pageSize, offset });
      if (offset < page.total || page.total === 0) last = { ...last, offset };
      write(renderPage({ ...page, offset: last.offset, page: offset < page.total ? page.page : [] }, last.locale));
      return true;
    }
    const page = await pool.search(body, { limit: pageSize, offset: 0 });
    last = { query: body, offset: 0, locale };
    write(renderPage(page, locale));
    return true;
  };

  return new Promise((resolve) => {
    // Set by `quit`; input that ends on its own still gets every line answered.
    let quit = false;
    rl.on('line', (line) => {
      queue = queue.then(async () => {
        if (quit) return;
        try {
          if (!(await handle(line))) {
            quit = true;
            rl.close();
            return;
          }
        } catch (error) {
          // The core does not throw on user text; if something else breaks, say so and go on.
          write(`Sorry, something went wrong (${error instanceof Error ? error.message : String(error)}).`);
        }
        if (interactive) rl.prompt();
      });
    });
    rl.on('close', () => {
      void queue.then(() => resolve());
    });
    if (interactive) {
      write(renderHelp(localeFor('', options.locale)));
      rl.prompt();
    }
  });
}
