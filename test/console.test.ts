import { cpSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../adapters/console/chat.js';
import { ResumePool } from '../src/pool/pool.js';
import { NOW, SEEDS_DIR, tempDir } from './helpers/seeds.js';

async function chat(lines: string[], locale: 'auto' | 'zh' | 'en' = 'auto'): Promise<string> {
  const dir = tempDir();
  cpSync(SEEDS_DIR, dir, { recursive: true });
  const pool = await ResumePool.open({ dir, dataDir: tempDir(), build: 'in-process', now: () => NOW });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString('utf8')));
  const done = runConsoleChat({ pool, input, output, locale, pageSize: 2 });
  input.end(lines.join('\n') + '\n');
  await done;
  await pool.close();
  return text;
}

describe('console chat', () => {
  it('answers /candidate rust with text cards, 张林伟 before 王军飞, contacts masked', async () => {
    const out = await chat(['/candidate rust']);
    expect(out).toContain('Searching: Rust');
    expect(out.indexOf('张林伟')).toBeGreaterThan(-1);
    expect(out.indexOf('张林伟')).toBeLessThan(out.indexOf('王军飞'));
    expect(out).toContain('150****1980');
    expect(out).not.toMatch(/15071431980|lewiszlw520@/);
    expect(out).toContain('«Rust»');
  });

  it('pages with next / prev and says how many are left', async () => {
    const out = await chat(['golang', 'next', 'prev']);
    expect(out).toContain('showing 1–2 of 4');
    expect(out).toContain('showing 3–4 of 4');
    expect(out.match(/showing 1–2 of 4/g)?.length).toBe(2);
  });

  it('answers in Chinese to a Chinese question, and shows a full profile', async () => {
    const out = await chat(['消息队列 5年以上', 'show 王军飞']);
    expect(out).toContain('搜索: 消息队列 · 5年以上');
    expect(out).toContain('工作经历:');
    expect(out).toContain('StoneMQ');
  });

  it('shows help for an empty command, and handles nonsense without crashing', async () => {
    const out = await chat(['/candidate', 'help', '-', '😀'.repeat(3000), 'show nobody', 'quit', 'rust']);
    expect(out).toContain('Usage: /candidate <query>');
    expect(out).toContain('No candidate called "nobody"');
    // Nothing after quit is answered.
    expect(out).not.toContain('Searching: Rust');
  });
});
