import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFeishuCard } from '../../adapters/feishu/card.js';
import { renderSlackMessage } from '../../adapters/slack/blocks.js';
import type { Actor } from '../../src/conversation/actor.js';
import { AuditLog } from '../../src/conversation/audit-log.js';
import { Conversation } from '../../src/conversation/conversation.js';
import type { Reply } from '../../src/conversation/reply.js';
import { ShortlistStore } from '../../src/conversation/shortlist-store.js';
import { Candidates } from '../../src/candidates/candidates.js';
import { NOW, tempDir } from '../helpers/seeds.js';

/**
 * PRODUCT §6: contact details never appear unmasked for a user who may not reveal them, and are
 * never searchable. Generated folders put phone numbers and e-mail addresses in many formats and
 * layouts, with the searched skill at every distance from them (so a quote window can start or end
 * anywhere inside a number); every reply kind, rendered for every surface, is checked for the
 * hidden digits and the hidden part of each address.
 */

interface Person {
  readonly name: string;
  /** The phone as written in the résumé. */
  readonly written: string;
  /** Digit runs that must never be shown (the masked middle), each at least 4 digits. */
  readonly hidden: readonly string[];
  readonly email: string;
}

const FULL_WIDTH = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Hidden digits are drawn from 5–9 and shown ones from 0–4, so a shown digit can never pass for a hidden one. */
const digitString = (n: number, min = 0, max = 9): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min, max }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const hiddenDigits = (n: number): fc.Arbitrary<string> => digitString(n, 5, 9);
const shownDigits = (n: number): fc.Arbitrary<string> => digitString(n, 0, 4);

/** A Chinese mobile (hidden: its middle four digits) or an international number, in one of many spellings. */
const phone = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 3, max: 9 }),
      fc.tuple(shownDigits(1), hiddenDigits(4), shownDigits(4)).map((p) => p.join('')),
      fc.constantFrom('', '-', ' ', '.', ' - ', '  '),
      fc.constantFrom('', '+86 ', '+86-', '(+86) ', '0086 ', '86-', '+86'),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([second, rest, sep, prefix, fullWidth, grouped]) => {
      const digits = `1${second}${rest}`;
      const body = grouped
        ? `${digits.slice(0, 3)}${sep}${digits.slice(3, 7)}${sep}${digits.slice(7)}`
        : `${digits.slice(0, 3)}${sep}${digits.slice(3)}`;
      const written = `${prefix}${fullWidth ? FULL_WIDTH(body) : body}`;
      return { written, hidden: [digits.slice(3, 7)] };
    }),
  fc
    .tuple(shownDigits(3), hiddenDigits(3), shownDigits(4), fc.constantFrom('+1 ', '+1-', ''))
    .map(([a, b, c, prefix]) => ({
      written: `${prefix}(${a}) ${b}-${c}`,
      hidden: [b],
    })),
  fc
    .tuple(fc.constantFrom('+49 30 ', '+44 20 ', '+33 1 '), hiddenDigits(4), shownDigits(4))
    .map(([prefix, a, b]) => ({ written: `${prefix}${a} ${b}`, hidden: [a] })),
);

const localPart = fc
  .tuple(fc.constantFrom('zhang', 'li.wei', 'chen_x', 'wang', 'dev', 'hr.ops'), digitString(3))
  .map(([s, d]) => `${s}${d}`);
const domain = fc.constantFrom('qq.com', 'gmail.com', '163.com', 'example.cn', 'corp.example.com');

const LAYOUTS: readonly ((p: { name: string; phone: string; email: string; filler: string }) => string)[] = [
  ({ name, phone, email, filler }) =>
    `# ${name}\n手机：${phone} | 邮箱：${email} | 求职意向：${filler}Java 开发\n\n## 工作经历\n2019.07 - 至今 某科技公司 Java工程师\n负责 Kafka 消息队列与 Java 服务开发`,
  ({ name, phone, email, filler }) =>
    `${name}\nPhone: ${phone} · Email: ${email} · ${filler}Java developer, Kafka\n\nExperience\n2018 - 2024 Example Corp, Java engineer`,
  ({ name, phone, email, filler }) =>
    `# ${name}\n如需联系请拨打 ${phone}（微信同号），${filler}或发邮件至 ${email}，熟悉 Java 和 Kafka。`,
  ({ name, phone, email, filler }) =>
    `# ${name}\n| 电话 | ${phone} |\n| 邮箱 | ${email} |\n| 技能 | ${filler}Java, Kafka |`,
  ({ name, phone, email, filler }) => `${name} ${phone} ${email} ${filler}Java Kafka`,
  ({ name, phone, email, filler }) => `# ${name}\nJava${filler}${phone}${filler}Kafka ${email}`,
];

const NAMES = [
  '赵一',
  '钱二',
  '孙三',
  '李四',
  '周五',
  '吴六',
  '郑七',
  '王八',
  'Alice Moss',
  'Bob Stone',
  'Cara Lane',
  'Dan Hill',
];

const folder = fc.array(
  fc.record({
    phone,
    local: localPart,
    domain,
    layout: fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
    filler: fc.integer({ min: 0, max: 70 }).map((n) => '项目'.repeat(Math.floor(n / 2)) + (n % 2 === 1 ? ' ' : '')),
  }),
  { minLength: 4, maxLength: NAMES.length },
);

const asker: Actor = {
  platform: 'slack',
  userId: 'U_REC',
  displayName: 'rec',
  placeId: 'C_HIRING',
  placeKind: 'public',
};

/** The bot's core over `dir`, for a user who may not reveal contact details. */
async function openBot(dir: string): Promise<{ pool: Candidates; audit: AuditLog; conversation: Conversation }> {
  const dataDir = tempDir();
  const pool = await Candidates.open({ dir, dataDir, build: 'in-process', now: () => NOW });
  const audit = new AuditLog(path.join(dataDir, 'audit.log'));
  const shortlist = await ShortlistStore.open(path.join(dataDir, 'shortlists.json'));
  const conversation = new Conversation({
    pool,
    shortlist,
    audit,
    access: { allowedUsers: [], allowedChannels: [], contactRevealUsers: [] },
  });
  return { pool, audit, conversation };
}

/** Everything a user can see of a reply, on every surface (button ids and payloads are not shown). */
function surfaces(reply: Reply): string {
  const json = [
    JSON.stringify(reply),
    JSON.stringify(renderSlackMessage(reply)),
    JSON.stringify(renderFeishuCard(reply)),
  ].join('\n');
  return `${json.replace(/"(?:id|action_id|block_id|value)":"(?:[^"\\]|\\.)*"/g, '')}\n${reply.text}`;
}

/** A hidden run of digits, however it is spelled out (separators, full-width digits). */
function hiddenPattern(digits: string): RegExp {
  return new RegExp(
    digits
      .split('')
      .map((d) => `[${d}${String.fromCharCode(0xff10 + Number(d))}]`)
      .join('[\\s.()\\-]*'),
  );
}

describe('contact details stay hidden', () => {
  it('no reply on any surface shows a hidden digit group or e-mail name, and none is searchable', async () => {
    await fc.assert(
      fc.asyncProperty(folder, async (rows) => {
        const dir = tempDir('candidate-bot-privacy-');
        mkdirSync(dir, { recursive: true });
        const people: Person[] = rows.map((row, i) => {
          const name = NAMES[i] as string;
          const email = `${row.local}${i}@${row.domain}`;
          const layout = LAYOUTS[row.layout] as (typeof LAYOUTS)[number];
          writeFileSync(
            path.join(dir, `r${String.fromCharCode(97 + i)}.md`),
            layout({ name, phone: row.phone.written, email, filler: row.filler }),
          );
          return { name, written: row.phone.written, hidden: row.phone.hidden, email };
        });
        const { pool, audit, conversation } = await openBot(dir);
        try {
          const replies: Reply[] = [];
          for (const q of ['java', 'kafka', 'Java 开发', 'Kafka Java', '项目', 'phone', '邮箱', 'qq.com']) {
            const reply = await conversation.ask(asker, q);
            replies.push(reply);
            if (reply.kind === 'results') {
              for (const card of reply.cards) {
                for (const action of card.actions) replies.push(await conversation.act(asker, action.value));
              }
              for (const action of reply.actions) replies.push(await conversation.act(asker, action.value));
            }
          }
          for (const p of people) replies.push(await conversation.ask(asker, `show ${p.name}`));
          replies.push(await conversation.ask(asker, `compare ${people[0]?.name} and ${people[1]?.name}`));
          const shown = replies.map(surfaces).join('\n');
          for (const p of people) {
            for (const digits of p.hidden) expect(shown, `${p.written}: ${digits}`).not.toMatch(hiddenPattern(digits));
            const name = p.email.slice(1, p.email.indexOf('@'));
            expect(shown.toLowerCase(), p.email).not.toContain(name);
          }

          // Hidden digits are not searchable: neither the number, nor a piece of it, nor the address.
          for (const p of people) {
            const digits = p.written.normalize('NFKC').replace(/\D/g, '');
            const piece = p.hidden[0] as string;
            for (const q of [
              p.written,
              digits,
              `"${piece}"`,
              piece,
              p.email,
              `"${p.email.slice(0, p.email.indexOf('@'))}"`,
            ]) {
              const page = await pool.search(q);
              expect(
                page.matches.map((m) => m.profile.displayName),
                q,
              ).toEqual([]);
            }
          }
        } finally {
          await audit.close();
          await pool.close();
        }
      }),
      { numRuns: 8, seed: 1130 },
    );
  }, 120_000);

  it('a query that is a phone number or e-mail address gets a clear answer, not matches', async () => {
    const dir = tempDir('candidate-bot-privacy-');
    writeFileSync(path.join(dir, 'a.md'), '# 赵一\n手机：138-1037-2001 | 邮箱：zhaoyi88@qq.com\nJava 开发');
    writeFileSync(path.join(dir, 'b.md'), '# 钱二\n邮箱：qianer@qq.com\nJava 开发');
    const { pool, audit, conversation } = await openBot(dir);
    try {
      for (const q of ['13810372001', '138-1037-2001', 'zhaoyi88@qq.com', '"150-71"']) {
        const reply = await conversation.ask(asker, q);
        expect(reply.kind, q).not.toBe('results');
        if (q !== '"150-71"')
          expect(reply, q).toMatchObject({ kind: 'notice', text: expect.stringMatching(/not searchable/) });
      }
      const mixed = await conversation.ask(asker, 'zhaoyi88@qq.com java');
      expect(mixed).toMatchObject({ kind: 'results', total: 2 });
    } finally {
      await audit.close();
      await pool.close();
    }
  });
});
