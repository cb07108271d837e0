import { describe, expect, it } from 'vitest';
import { cleanResume } from '../../src/resume/clean.js';

describe('cleanResume', () => {
  it('reads YAML front matter and removes it from the text', () => {
    const r = cleanResume('---\nlayout: post\ntitle: "resume"\ndate: 2025-02-20 12:05:24\n---\n\n姓名：王军飞');
    expect(r.frontMatter).toEqual({ layout: 'post', title: 'resume', date: '2025-02-20 12:05:24' });
    expect(r.text).toBe('姓名:王军飞');
  });

  it('turns HTML into text lines, headings into headings, and decodes entities', () => {
    const r = cleanResume(
      '<center><h1>王小兵</h1><h3>1774 &amp; me&#64;x.com&emsp;|&nbsp;男</h3></center><ul><li>Go</li><li>Rust &lt;3</li></ul>',
    );
    expect(r.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '王小兵'],
      [3, '1774 & me@x.com | 男'],
    ]);
    expect(r.text.split('\n')).toEqual(expect.arrayContaining(['- Go', '- Rust <3']));
  });

  it('drops comments, scripts, base64 images, table rules and Markdown markers but keeps the words', () => {
    const md = [
      '<!-- private note -->',
      '<script>alert(1)</script>',
      '![photo](data:image/png;base64,' + 'A'.repeat(500) + ')',
      '| 技能 | 年限 |',
      '|---|:--:|',
      '| **Kafka** | 5 |',
      '> 引用 `code`',
      '```js',
      'const kafka = 1;',
      '```',
      '[GitHub](https://github.com/x) ~~old~~ 🚀',
    ].join('\n');
    const text = cleanResume(md).text;
    expect(text).not.toMatch(/private note|alert|AAAA|---/);
    expect(text).toContain('技能 | 年限');
    expect(text).toContain('Kafka | 5');
    expect(text).toContain('引用 code');
    expect(text).toContain('const kafka = 1;');
    expect(text).toContain('GitHub old 🚀');
  });

  it('keeps autolinks and e-mail addresses written in angle brackets', () => {
    expect(cleanResume('博客：<https://manjusaka.blog> 邮箱 <me@manjusaka.me>').text).toBe(
      '博客:https://manjusaka.blog 邮箱 me@manjusaka.me',
    );
  });

  it('never throws on hostile markup', () => {
    for (const input of [
      '<',
      '<<<>>>',
      '<div',
      '&#xFFFFFFF;',
      '&#0;',
      '---\n',
      '<!--',
      '<script>',
      '`'.repeat(1000),
      '\u0000\u0001',
    ]) {
      expect(() => cleanResume(input)).not.toThrow();
    }
  });
});
