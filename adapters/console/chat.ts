import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  localeFor,
  renderHelp,
  type Action,
  type Actor,
  type Inbound,
  type PlatformAdapter,
  type Reply,
  t,
  type Locale,
  anyOf,
  COMMANDS,
} from '../../src/port.js';

const PREV = new RegExp(`^(?:${anyOf(COMMANDS.prev.zh, COMMANDS.prev.en)})$`, 'i');
const PAGING = new RegExp(
  `^(?:${anyOf(COMMANDS.next.zh, COMMANDS.next.en, COMMANDS.prev.zh, COMMANDS.prev.en)})$`,
  'i',
);

export interface ConsoleAdapterOptions {
  readonly conversation: Inbound;
  readonly input: Readable;
  readonly output: Writable;
  /** Who is typing (for the shortlist, reveal permissions and the audit log). */
  readonly user: string;
  readonly locale?: 'auto' | Locale;
}

/** The console adapter: a {@link PlatformAdapter} with no routes, plus the end of the chat. */
export interface ConsoleAdapter extends PlatformAdapter {
  readonly platform: 'console';
  /** Settles when the user quits or the input ends, every line answered. */
  readonly closed: Promise<void>;
}

/**
 * The local chat: type `/candidate rust` (or just `rust`, or a question) and get the same replies a
 * platform would show, as text; buttons become numbered choices (type the number). `next` / `prev`
 * page, `/as <user>` switches who is typing (to try the permissions), `quit` leaves. Lines are
 * answered one at a time, in order, so piped input works too. Same shape as the Slack and Feishu
 * adapters: `start()` begins reading, `stop()` stops reading and waits for the answers under way.
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { conversation, input, output } = options;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  let rl: ReturnType<typeof createInterface> | null = null;
  let started: Promise<void> | null = null;
  let finish = (): void => {};
  const closed = new Promise<void>((resolve) => (finish = resolve));
  let actor: Actor = { platform: 'console', userId: options.user, displayName: options.user, placeKind: 'console' };
  let choices: Action[] = [];
  let queue = Promise.resolve();
  const write = (text: string): void => {
    output.write(`${text}\n`);
  };

  const show = (reply: Reply): void => {
    write(reply.text);
    choices =
      reply.kind === 'results' ? [...reply.cards.flatMap((c) => c.actions), ...reply.actions] : [...reply.actions];
    if (choices.length === 0) return;
    if (reply.kind === 'results') {
      const lines: string[] = [];
      let n = 1;
      reply.cards.forEach((card, i) => {
        lines.push(
          `  ${reply.offset + i + 1}. ${card.name}: ${card.actions.map((a) => `[${n++}] ${a.label}`).join('  ')}`,
        );
      });
      if (reply.actions.length > 0) lines.push(`  ${reply.actions.map((a) => `[${n++}] ${a.label}`).join('  ')}`);
      write(lines.join('\n'));
    } else write(`  ${choices.map((a, i) => `[${i + 1}] ${a.label}`).join('  ')}`);
  };

  const handle = async (raw: string): Promise<boolean> => {
    const line = raw.trim();
    if (line === '') return true;
    if (/^\/?(quit|exit|q)$/i.test(line)) return false;
    const as = /^\/as\s+(\S+)$/.exec(line);
    if (as?.[1]) {
      actor = { ...actor, userId: as[1], displayName: as[1] };
      write(`(now typing as ${as[1]})`);
      return true;
    }
    const number = /^\[?(\d{1,3})\]?$/.exec(line);
    if (number && choices.length > 0) {
      const choice = choices[Number(number[1]) - 1];
      if (choice) show(await conversation.act(actor, choice.value));
      else write(`(choose 1–${choices.length})`);
      return true;
    }
    const paging = PAGING.exec(line);
    if (paging) {
      const wanted = PREV.test(line) ? 'prev' : 'next';
      const choice = choices.find((c) => c.action === wanted);
      if (choice) show(await conversation.act(actor, choice.value));
      else write(t(localeFor(line, options.locale)).chat.noMorePages);
      return true;
    }
    show(await conversation.ask(actor, line));
    return true;
  };

  const run = (): Promise<void> =>
    new Promise((resolve) => {
      const lines = createInterface({ input, output, terminal: interactive, prompt: 'candidate> ' });
      rl = lines;
      // Set by `quit`; input that ends on its own still gets every line answered.
      let quit = false;
      lines.on('line', (line) => {
        queue = queue.then(async () => {
          if (quit) return;
          try {
            if (!(await handle(line))) {
              quit = true;
              lines.close();
              return;
            }
          } catch (error) {
            write(`Sorry, something went wrong (${error instanceof Error ? error.message : String(error)}).`);
          }
          if (interactive) lines.prompt();
        });
      });
      lines.on('close', () => {
        void queue.then(() => resolve());
      });
      if (interactive) {
        write(renderHelp(localeFor('', options.locale)));
        lines.prompt();
      }
    });

  return {
    platform: 'console',
    routes: {},
    closed,
    start(): Promise<void> {
      started ??= Promise.resolve().then(() => void run().then(finish));
      return started;
    },
    async stop(): Promise<void> {
      rl?.close();
      if (started) await closed;
    },
  };
}
