import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Candidates } from '../../src/candidates/candidates.js';
import type { Profile } from '../../src/profile/profile.js';
import { extractDocuments } from '../../src/resume/documents/extractor.js';
import { readResumeFolder } from '../../src/resume/read-folder.js';
import { encryptedPdf, scannedPdf, textPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/seeds.js';

/** The shared PDF and DOCX fixtures, read in place (they must not be copied into the repository). */
const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/corpora/pdf-docx');

let pool: Candidates;
const texts = new Map<string, string>();

function profileOf(source: string): Profile {
  const p = pool.current().profiles.find((x) => x.source === source);
  if (!p) throw new Error(`${source} was not indexed`);
  return p;
}

function textOf(source: string): string {
  const t = texts.get(source);
  if (t === undefined) throw new Error(`no text for ${source}`);
  return t;
}

function skill(source: string, id: string) {
  return profileOf(source).skills.find((s) => s.id === id);
}

function job(source: string, company: RegExp) {
  return profileOf(source).work.find((w) => company.test(w.company ?? '') || company.test(w.title ?? ''));
}

const month = (y: number, m: number) => y * 12 + m - 1;

beforeAll(async () => {
  pool = await Candidates.open({
    dir: FIXTURES,
    dataDir: tempDir(),
    build: 'in-process',
    now: () => new Date('2026-11-30T00:00:00Z'),
  });
  const snapshot = pool.current();
  for (let doc = 0; doc < snapshot.profiles.length; doc++) {
    texts.set((snapshot.profiles[doc] as Profile).source, (await pool.plainText(snapshot, doc)) ?? '');
  }
}, 120_000);

describe('PDF and DOCX résumés from ../shared/corpora/pdf-docx (issue 13)', () => {
  it('indexes every fixture, with no warnings', () => {
    const sources = pool.current().profiles.map((p) => p.source);
    for (const file of [
      'awesome-cv-resume-twocolumn.pdf',
      'awesome-cv-resume-zh.pdf',
      'awesome-cv-resume.pdf',
      'billryan-resume-en.pdf',
      'billryan-resume-zh_CN.pdf',
      'cid-stsong-nonembedded-rows.pdf',
      'header-contact.docx',
      'table-2col.docx',
      'textbox-alternatecontent.docx',
      'textbox-drawingml-only.docx',
      'ttf-wqy-charspacing.pdf',
      'ttf-wqy-embedded-columns.pdf',
    ]) {
      expect(sources).toContain(file);
    }
    expect(pool.current().warnings).toEqual([]);
  });

  it('CID font without ToUnicode: the Chinese is there, the columns read one after the other, dates give years', () => {
    const source = 'cid-stsong-nonembedded-rows.pdf';
    const text = textOf(source);
    expect(text).toContain('负责分布式任务调度平台的设计与开发');
    expect(text).toContain('Kafka、RocketMQ 消息队列');
    // Row by row in the file; column by column here: the skills stay together, the job keeps its dates.
    expect(text).toMatch(/Java \/ Spring Boot\nKafka、RocketMQ 消息队列\nKubernetes \(k8s\) 容器编排/);
    expect(text).toMatch(/阿里巴巴 · 资深Java开发工程师\n2018\.07 - 至今\n负责分布式任务调度平台/);
    const p = profileOf(source);
    expect(p.name).toBe('张三');
    expect(p.phones).toEqual(['13800001234']);
    expect(text).not.toMatch(/138-?0000-?1234|zhang\.san@example\.com/);
    expect(text).toContain('138****1234');
    expect(job(source, /阿里巴巴/)).toMatchObject({ start: month(2018, 7), end: null });
    expect(job(source, /网易/)).toMatchObject({ start: month(2015, 7), end: month(2018, 6) });
    expect(p.years).toBeGreaterThanOrEqual(8);
    expect(skill(source, 'kafka')?.used).toBe(true);
    expect(p.education[0]).toMatchObject({ school: '浙江大学', degree: 'master' });
  });

  it('embedded TrueType with two columns drawn one after the other: same profile', () => {
    const source = 'ttf-wqy-embedded-columns.pdf';
    const p = profileOf(source);
    expect(p.name).toBe('张三');
    expect(textOf(source)).toMatch(/网易 · Java开发工程师\n2015\.07 - 2018\.06\n负责电商订单系统/);
    expect(job(source, /网易/)).toMatchObject({ start: month(2015, 7), end: month(2018, 6) });
    // Same phone as the CID-font file: the same person, shown once.
    expect(p.duplicateOf ?? profileOf('cid-stsong-nonembedded-rows.pdf').duplicateOf).toBeDefined();
  });

  it('letter-spaced runs collapse: words and skills are found', async () => {
    const source = 'ttf-wqy-charspacing.pdf';
    const text = textOf(source);
    expect(text).not.toMatch(/K a f k a|负 责/);
    expect(text.match(/负责分布式任务调度平台的设计与开发使用Kafka与RocketMQ消息队列/g)).toHaveLength(6);
    expect(skill(source, 'kafka')).toBeDefined();
    expect(skill(source, 'rocketmq')).toBeDefined();
    const page = await pool.search('任务调度 rocketmq', { limit: 20 });
    expect(page.page.map((m) => m.profile.source)).toContain(source);
  });

  it('DOCX: the name and phone only in the page header are the name and phone', () => {
    const source = 'header-contact.docx';
    const p = profileOf(source);
    expect(p.name).toBe('张三');
    expect(p.phones).toEqual(['13800001234']);
    expect(textOf(source)).toContain('138****1234');
    expect(textOf(source)).toMatch(/工作经历[:：]阿里巴巴/);
  });

  it('DOCX: a two-column table keeps each cell together', () => {
    const source = 'table-2col.docx';
    const p = profileOf(source);
    expect(p.name).toBe('张三');
    expect(p.emails).toEqual(['zhang.san@example.com']);
    expect(textOf(source)).not.toContain('zhang.san@example.com');
    expect(textOf(source)).toMatch(/联系方式\n+电话[:：]138\*\*\*\*1234/);
    expect(p.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['java', 'kafka', 'rocketmq', 'redis']));
  });

  it('DOCX text boxes: DrawingML-only text is read; a box with its VML fallback counts once', () => {
    const only = 'textbox-drawingml-only.docx';
    const both = 'textbox-alternatecontent.docx';
    for (const source of [only, both]) {
      expect(profileOf(source).name).toBe('张三');
      expect(textOf(source).match(/文本框[:：]Kubernetes 容器编排/g), source).toHaveLength(1);
    }
    expect(skill(only, 'kubernetes')?.count).toBeGreaterThan(0);
    expect(skill(both, 'kubernetes')?.count).toBe(skill(only, 'kubernetes')?.count);
    expect(textOf(both).match(/浙江大学 计算机科学 硕士/g)).toHaveLength(1);
    expect(profileOf(both).highestDegree).toBe('master');
  });

  it('real XeLaTeX résumés in both languages: names, schools, skills, dates', async () => {
    expect(profileOf('awesome-cv-resume-zh.pdf')).toMatchObject({ name: '张三', phones: ['13812345678'] });
    expect(textOf('awesome-cv-resume-zh.pdf')).toContain('基于 Django 开发的在线学习管理系统');
    expect(profileOf('awesome-cv-resume-zh.pdf').education[0]?.school).toBe('清华大学');

    const en = profileOf('awesome-cv-resume.pdf');
    expect(en.name).toBe('Byungjin Park');
    expect(job('awesome-cv-resume.pdf', /Dunamu|DevOps Engineer/)).toMatchObject({
      start: month(2023, 9),
      end: month(2024, 3),
    });
    expect(skill('awesome-cv-resume.pdf', 'terraform')?.used).toBe(true);

    expect(profileOf('billryan-resume-en.pdf').name).toBe('Bin Yuan');
    expect(textOf('billryan-resume-en.pdf')).toContain('Shanghai Jiao Tong University');
    // Adobe Song, Identity-H, no ToUnicode: the hardest Chinese case.
    expect(profileOf('billryan-resume-zh_CN.pdf').name).toBe('你的大名');
    expect(textOf('billryan-resume-zh_CN.pdf')).toContain('上海交通大学');
    expect(textOf('billryan-resume-zh_CN.pdf')).toContain('分布式负载均衡');
    expect(skill('billryan-resume-zh_CN.pdf', 'go')).toBeDefined();

    const two = textOf('awesome-cv-resume-twocolumn.pdf');
    expect(profileOf('awesome-cv-resume-twocolumn.pdf').name).toBe('Claud D. Park');
    // The left column's summary reads on without the right column's lines in between, hyphenation repaired.
    expect(two).toMatch(/Duis ullamcorper\s+neque sit amet/);
    expect(two).not.toMatch(/ullam-\s*SOFTWARE/);

    const page = await pool.search('Scala messenger penetration testing', { limit: 5 });
    expect(page.page[0]?.profile.source).toBe('awesome-cv-resume-twocolumn.pdf');
    const zh = await pool.search('清华大学 Django', { limit: 5 });
    expect(zh.page[0]?.profile.source).toBe('awesome-cv-resume-zh.pdf');
  });
});

describe('bad documents never stall or poison the pool', () => {
  it('a scan, an encrypted PDF, a damaged one, a fake one, an old .doc and an oversized file are each named; the rest load', async () => {
    const dir = tempDir('candidate-bot-docs-');
    writeFileSync(path.join(dir, 'scan.pdf'), scannedPdf());
    writeFileSync(path.join(dir, 'locked.pdf'), encryptedPdf());
    const good = readFileSync(path.join(FIXTURES, 'awesome-cv-resume-zh.pdf'));
    writeFileSync(path.join(dir, 'truncated.pdf'), good.subarray(0, 900));
    writeFileSync(path.join(dir, 'login.pdf'), '<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
    writeFileSync(path.join(dir, 'broken.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    writeFileSync(path.join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(path.join(dir, 'big.pdf'), Buffer.concat([textPdf(['Big File']), Buffer.alloc(2 * 1024 * 1024)]));
    writeFileSync(
      path.join(dir, 'jane.pdf'),
      textPdf([
        'Jane Roe | Backend Engineer',
        'jane.roe@example.org',
        'Experience',
        'Acme Inc. Senior Engineer 2019.03 - 2023.06',
        'Go, Kafka, PostgreSQL',
      ]),
    );
    copyFileSync(path.join(FIXTURES, 'table-2col.docx'), path.join(dir, 'table.docx'));

    const { files, warnings } = await readResumeFolder(dir, { maxDocumentBytes: 1024 * 1024 });
    expect(files.map((f) => f.source)).toEqual(['jane.pdf', 'table.docx']);
    const reason = (source: string) => warnings.find((w) => w.source === source)?.reason ?? '';
    expect(warnings.map((w) => w.source).sort()).toEqual([
      'big.pdf',
      'broken.docx',
      'locked.pdf',
      'login.pdf',
      'old.doc',
      'scan.pdf',
      'truncated.pdf',
    ]);
    expect(reason('scan.pdf')).toMatch(/^scanned, no text/);
    expect(reason('locked.pdf')).toMatch(/password/);
    expect(reason('truncated.pdf')).toMatch(/not a readable PDF|no text/);
    expect(reason('login.pdf')).toMatch(/not a PDF \(an HTML page\)/);
    expect(reason('broken.docx')).toMatch(/not a readable DOCX/);
    expect(reason('old.doc')).toMatch(/save it as \.docx/);
    expect(reason('big.pdf')).toMatch(/over the 1\.0 MiB limit .*MAX_FILE_MB/);
    expect(files[0]?.text).toMatch(/Jane Roe \| Backend Engineer/);
  }, 60_000);

  it('the scan is reported by name and is no candidate', async () => {
    const dir = tempDir('candidate-bot-docs-');
    writeFileSync(path.join(dir, 'scan.pdf'), scannedPdf());
    writeFileSync(path.join(dir, 'jane.pdf'), textPdf(['Jane Roe | Backend Engineer', 'Go, Kafka, PostgreSQL']));
    const candidates = await Candidates.open({ dir, dataDir: tempDir(), build: 'in-process' });
    expect(candidates.current().profiles.map((p) => p.name)).toEqual(['Jane Roe']);
    expect(candidates.current().warnings).toEqual([
      { source: 'scan.pdf', reason: expect.stringMatching(/^scanned, no text/) },
    ]);
    expect((await candidates.search('kafka')).page.map((m) => m.profile.name)).toEqual(['Jane Roe']);
  }, 60_000);

  it('a document that takes longer than the time limit is given up and its worker replaced', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'awesome-cv-resume.pdf'));
    const [slow] = await extractDocuments([{ source: 'slow.pdf', bytes }], { timeoutMs: 1 });
    expect(slow).toEqual({ ok: false, reason: expect.stringMatching(/took longer than/) });
    const [again, other] = await extractDocuments(
      [
        { source: 'a.pdf', bytes },
        { source: 'b.pdf', bytes: textPdf(['Jane Roe', 'Backend engineer: Kafka, Go, PostgreSQL']) },
      ],
      { workers: 1 },
    );
    expect(again?.ok).toBe(true);
    expect(other).toMatchObject({ ok: true, text: expect.stringContaining('Jane Roe') });
  }, 60_000);
});
