import { describe, expect, it } from 'vitest';
import { cleanResume } from '../../src/resume/clean.js';

describe('cleanResume', () => {
  it('reads YAML front matter and removes it from the text', () => {
    const r = cleanResume('---\nlayout: post\ntitle: "resume"\ndate: 2025-02-20 12:05:24\n---\n\n姓名：王军飞');
    expect(r.frontMatter).toEqual({ layout: 'post', title: 'resume', date: '2025-02-20 12:05:24' });
    expect(r.text).toBe('姓名:王军飞');
  });

  it('keeps front-matter values as written: strings, top-level scalars only', () => {
    const r = cleanResume(
      [
        '---',
        'Title: 张三',
        'age: 30',
        'published: yes',
        'date: 2021-01-03',
        'tags:',
        'header:',
        '  - text: (+212) 644397973',
        '    link: mailto:me@example.com',
        'author: &who Ann',
        'editor: *who',
        '---',
        'body',
      ].join('\n'),
    );
    expect(r.frontMatter).toEqual({
      title: '张三',
      age: '30',
      published: 'yes',
      date: '2021-01-03',
      tags: '',
      author: 'Ann',
    });
    expect(r.text).toBe('body');
  });

  it('reads TOML front matter (+++) line by line', () => {
    const r = cleanResume('+++\ntitle = "Ann Lee"\ndate = 2024-05-01\n+++\nbody');
    expect(r.frontMatter).toEqual({ title: 'Ann Lee', date: '2024-05-01' });
    expect(r.text).toBe('body');
  });

  it('malformed YAML front matter is read line by line, is still cut, and the rest of the file is read', () => {
    const cases: [string, Record<string, string>][] = [
      ['title: Resume: Ann\ndate: 2021-01-01', { title: 'Resume: Ann', date: '2021-01-01' }],
      ['title: [unclosed\nauthor: "Ann Lee"', { title: '[unclosed', author: 'Ann Lee' }],
      ['\t- tab: indent', {}],
      // An alias is never expanded, so its key is left out.
      ['a: *nowhere', {}],
    ];
    for (const [yaml, keys] of cases) {
      let r: ReturnType<typeof cleanResume> | undefined;
      expect(() => (r = cleanResume(`---\n${yaml}\n---\n# Ann Lee\nGo`))).not.toThrow();
      expect(r?.frontMatter, yaml).toEqual(keys);
      expect(r?.text).toBe('# Ann Lee\nGo');
    }
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

  it('reads HTML as a browser would, except where Markdown needs otherwise', () => {
    const html = cleanResume(
      '<!DOCTYPE html><html><head><title>CV</title><style>p{}</style></head><body>' +
        '<p>Ann Lee<p>Go &amp; Rust<br>Kafka</br>Redis<dl><dt>City<dd>Shanghai</dl></body></html>',
    );
    expect(html.text).toBe('Ann Lee\nGo & Rust\nKafka\nRedis\n\nCity\nShanghai');
    // A `<` that opens no tag is text, and a reference needs its `;` to be one.
    expect(cleanResume('C<C++ and Java, x<y\nAT&T R&D &copy2020 &copy; &shy;').text).toBe(
      'C<C++ and Java, x<y\nAT&T R&D &copy2020 ©',
    );
  });

  it('blanks out every run of 200 or more base64 characters, wherever it stands, and keeps shorter ones', () => {
    // Each run alone, and two in one text, at every offset around the lengths where the scan's steps fall.
    const texts: string[] = [];
    for (const length of [199, 200, 201, 399, 400, 401, 650])
      for (const before of ['', 'x ', 'ab ', ' '.repeat(3) + 'word '])
        for (const after of ['', ' end', ' 2nd ' + 'Q/9+'.repeat(60)])
          texts.push(`${before}${'Ab1+/='.repeat(120).slice(0, length)}${after}`);
    for (const text of texts) {
      const expected = text
        .replace(/[A-Za-z0-9+/=]{200,}/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
      expect(cleanResume(text).text).toBe(expected);
    }
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

  it('puts a heading an export glued to the line before it back on its own line', () => {
    const { text } = cleanResume(
      'Skills\nTableau- Exprience - 24 monthsCompany Details \ncompany - Datamites\nreal life solutions.Education Details \nB. Tech',
    );
    expect(text.split('\n')).toEqual([
      'Skills',
      'Tableau- Exprience - 24 months',
      'Company Details',
      'company - Datamites',
      'real life solutions.',
      'Education Details',
      'B. Tech',
    ]);
    // Words that merely read alike stay as written.
    expect(cleanResume('Led Work Experience programme; 5 Project Details reviewed').text).toBe(
      'Led Work Experience programme; 5 Project Details reviewed',
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
