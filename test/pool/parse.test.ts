import { describe, expect, it } from 'vitest';
import { syntheticResume } from '../../bench/synthetic.js';
import { ResumeParser } from '../../src/pool/parse.js';
import { maskResumeContacts } from '../../src/profile/contacts.js';
import { cleanResume } from '../../src/resume/clean.js';
import type { ResumeFile } from '../../src/resume/read-folder.js';
import { documentFields, FIELDS } from '../../src/store/fields.js';
import { countTerms } from '../../src/store/index-builder.js';
import { tokenize } from '../../src/store/tokenizer.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { fold } from '../../src/text/fold.js';

const taxonomy = defaultTaxonomy();
const NOW = new Date('2026-06-01T00:00:00Z');

const file = (id: string, text: string): ResumeFile => ({
  id,
  source: `${id}.md`,
  absolutePath: `/nowhere/${id}.md`,
  size: text.length,
  mtimeMs: 0,
  text,
});

/** A résumé with thousands of bigrams no other has: the parser's bigram table must grow, several times. */
function manyBigrams(seed: number): string {
  const chars: string[] = [];
  for (let i = 0; i < 6000; i++) chars.push(String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000)));
  return `# 测试${seed}\n\n## 工作经历\n\n${chars.join('')}\n\nRust Kafka 5年 k8s spring-boot\n`;
}

describe('ResumeParser', () => {
  it('counts each field as the tokenizer and countTerms would, over batches and a growing vocabulary', () => {
    const files = [
      ...Array.from({ length: 30 }, (_, i) => file(`r${i}`, syntheticResume(i, 7))),
      file('big-1', manyBigrams(1)),
      file('big-2', manyBigrams(2)),
      file('en', '# Jane Doe\n\nSenior Go engineer. Kubernetes, K8s, golang, CI/CD, node.js, C++ and C#.\n'),
    ];
    const parser = new ResumeParser(taxonomy, NOW);
    // Two batches: term ids count on across them.
    const batches = [parser.parse(files.slice(0, 20)), parser.parse(files.slice(20))];
    const vocabulary = batches.flatMap((b) => b.newTerms);
    expect(new Set(vocabulary).size).toBe(vocabulary.length);
    const resumes = batches.flatMap((b) => b.resumes);
    expect(resumes.every((r) => r !== null)).toBe(true);

    resumes.forEach((resume, i) => {
      if (!resume) return;
      const { clean } = maskResumeContacts(cleanResume((files[i] as ResumeFile).text));
      const folded = fold(clean.text);
      expect(new TextDecoder().decode(resume.text)).toBe(folded);
      const hits = taxonomy.findAll(folded, clean.text);
      const contents = documentFields(resume.profile, folded, hits, taxonomy);
      FIELDS.forEach((f, k) => {
        const content = contents[f.name];
        const tokens = content && 'text' in content ? tokenize(content.text, taxonomy) : (content?.terms ?? []);
        const expected = countTerms(tokens);
        const field = resume.fields[k];
        expect([...(field?.ids ?? [])].map((id) => vocabulary[id])).toEqual(expected.terms);
        expect([...(field?.counts ?? [])]).toEqual(expected.counts);
        expect(field?.length).toBe(expected.length);
      });
    });
    // The two long résumés share no bigram the table could have mixed up: each counted its own.
    const big = resumes[31]?.fields[FIELDS.findIndex((f) => f.name === 'body')];
    expect(big?.ids.length).toBeGreaterThan(5000);
  });

  it('skips a résumé whose parsing throws, and counts the next one as if it had come first', () => {
    // A taxonomy that fails on one word, met while the body's terms are being counted.
    const failing = new Proxy(taxonomy, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key !== 'lookupLatin' || typeof value !== 'function') return value;
        return (word: string) => {
          if (word === 'zzboomzz') throw new Error('boom');
          return (value as (w: string) => unknown).call(target, word);
        };
      },
    });
    const good = file('good', syntheticResume(5, 7));
    const bad = file('bad', `# Someone\n\n${'分布式 调度 kafka rust '.repeat(50)} zzboomzz\n`);
    const alone = new ResumeParser(failing, NOW).parse([good]);
    const after = new ResumeParser(failing, NOW).parse([bad, good]);
    expect(after.resumes[0]).toBeNull();
    expect(after.warnings).toEqual([{ source: 'bad.md', reason: 'skipped: could not be parsed (boom)' }]);
    const terms = (batch: typeof alone, at: number) =>
      batch.resumes[at]?.fields.map((f) => ({
        terms: [...f.ids].map((id) => batch.newTerms[id]),
        counts: [...f.counts],
        length: f.length,
      }));
    // The bad résumé's terms took ids first, so compare terms, not ids.
    expect(terms(after, 1)).toEqual(terms(alone, 0));
  });
});
