import { describe, expect, it } from 'vitest';
import { pageLines, repairText, type TextRun } from '../../src/resume/documents/layout.js';

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});

describe('page layout: reading order from positions', () => {
  it('two columns drawn row by row read column by column', () => {
    const left = ['Contact', 'Phone 1', 'Skills', 'Go and Rust, Kafka, Redis', 'Kubernetes operators'];
    const right = [
      'Experience',
      'Acme Inc. Engineer',
      '2019.03 - 2023.06',
      'Built the payment system',
      'Led a team of five',
    ];
    const runs = left.flatMap((l, i) => [run(l, 40, 780 - 16 * i), run(right[i] as string, 220, 780 - 16 * i)]);
    expect(pageLines(runs)).toEqual([...left, ...right]);
  });

  it('a header across the page stays on top; a footer stays at the bottom', () => {
    const runs = [run('Jane Roe — Backend Engineer, Berlin, jane@example.org', 40, 800)];
    for (let i = 0; i < 5; i++)
      runs.push(run(`left sidebar line ${i}`, 40, 770 - 14 * i), run(`right column ${i}`, 300, 770 - 14 * i));
    // A centred footer, as templates put it.
    runs.push(run('Page 1 of 1 · Jane Roe · Résumé', 200, 40));
    const lines = pageLines(runs);
    expect(lines[0]).toMatch(/^Jane Roe/);
    expect(lines.slice(1, 6)).toEqual([0, 1, 2, 3, 4].map((i) => `left sidebar line ${i}`));
    expect(lines.slice(6, 11)).toEqual([
      'right column 0',
      'right column 1',
      'right column 2',
      'right column 3',
      'right column 4',
    ]);
    expect(lines[11]).toMatch(/^Page 1/);
  });

  it('a narrow column of dates stays beside the jobs it dates', () => {
    const rows: [string, string][] = [
      ['2019.03 – 至今', '字节跳动 · 后端工程师'],
      ['2016.07 – 2019.02', '美团 · Java 开发'],
      ['Sep 2014 – Jun 2016', 'Intern at Example Ltd.'],
      ['2010 – 2014', '浙江大学 计算机 本科'],
    ];
    const runs = rows.flatMap(([d, t], i) => [run(d, 40, 700 - 16 * i), run(t, 160, 700 - 16 * i)]);
    expect(pageLines(runs)).toEqual(rows.map(([d, t]) => `${d} ${t}`));
  });

  it('a one-column page with right-aligned dates reads line by line', () => {
    const runs: TextRun[] = [];
    let y = 760;
    for (let job = 0; job < 3; job++) {
      runs.push(run(`Company ${job}`, 40, y), run('Berlin', 500, y));
      runs.push(run('Senior Engineer', 40, (y -= 12)), run('2019 – 2021', 480, y));
      runs.push(run('• Designed and ran the billing platform across three regions with Kafka and Go', 40, (y -= 12)));
      y -= 20;
    }
    const lines = pageLines(runs);
    expect(lines.slice(0, 3)).toEqual([
      'Company 0 Berlin',
      'Senior Engineer 2019 – 2021',
      '• Designed and ran the billing platform across three regions with Kafka and Go',
    ]);
    expect(lines).toHaveLength(9);
  });

  it('runs drawn twice (fake bold) are kept once; runs of one line join in order', () => {
    const runs = [run('World', 100, 500), run('Hello', 40, 500), run('Hello', 40.3, 500.2)];
    expect(pageLines(runs)).toEqual(['Hello World']);
  });
});

describe('repairText', () => {
  it('collapses letter-spaced runs in both languages, keeps ordinary text', () => {
    expect(repairText('负 责 分 布 式 任 务 使 用 K a f k a 与 R o c k e t M Q')).toBe(
      '负责分布式任务使用Kafka与RocketMQ',
    );
    expect(repairText('S e n i o r  E n g i n e e r')).toBe('Senior Engineer');
    expect(repairText('张 三')).toBe('张三');
    expect(repairText('Go 语言 3 年')).toBe('Go 语言 3 年');
    expect(repairText('I am a B2B PM')).toBe('I am a B2B PM');
    expect(repairText('Plan A or B')).toBe('Plan A or B');
  });

  it('joins words hyphenated across lines and normalises odd hyphens', () => {
    expect(repairText('built distri-\nbuted systems')).toBe('built distributed\n systems');
    expect(repairText('cloud\u00adnative and front\u2011end')).toBe('cloud-native and front-end');
    expect(repairText('Spring-\nBoot')).toBe('Spring-\nBoot');
  });
});
