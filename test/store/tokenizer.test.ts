import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/store/tokenizer.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { foldQuery } from '../../src/text/fold.js';

const taxonomy = defaultTaxonomy();
const terms = (text: string): string[] => tokenize(foldQuery(text), taxonomy);

describe('tokenize', () => {
  it.each([
    ['C++ and C# and .NET', ['c++', 'c#', '.net']],
    ['Node.js 服务端', ['node.js']],
    ['CI/CD 流程', ['ci-cd']],
    ['k8s K8S Ｋ８Ｓ', ['kubernetes', 'kubernetes', 'kubernetes']],
    ['golang', ['go']],
    ['JS', ['javascript']],
    ['spring-boot', ['spring-boot']],
    ['foo-bar', ['foo-bar', 'foo', 'bar', 'foobar']],
    ['abc.def/ghi', ['abc.def/ghi', 'abc', 'def', 'ghi']],
    ['python3.8', ['python3.8', 'python']],
    // Words joined by `+` are each a word; `c++` and `c++11` keep theirs.
    ['输出java+kotlin混编文档', ['java', 'kotlin']],
    ['Vue+Flask', ['vue', 'flask']],
    ['C++11', ['c++']],
  ])('Latin: %s', (input, expected) => {
    for (const term of expected) expect(terms(input)).toContain(term);
  });

  it('does not split `c++` at its pluses', () => {
    expect(terms('C++11')).not.toContain('c');
    expect(terms('c++ builder')).toContain('c++');
  });

  it('makes overlapping bigrams of Chinese runs and keeps a lone character', () => {
    expect(terms('消息队列')).toEqual(['消息', '息队', '队列']);
    expect(terms('做 过')).toEqual(['做', '过']);
  });

  it('splits mixed text into Latin words and Chinese bigrams', () => {
    expect(terms('Rust工程师(数据库)')).toEqual(['rust', '工程', '程师', '数据', '据库']);
  });

  it('keeps a number with a Chinese unit', () => {
    expect(terms('5年经验，团队20人')).toEqual(expect.arrayContaining(['5年', '20人']));
  });

  it('drops phone numbers, dates and long base64-like runs', () => {
    const out = terms('150-7143-1980 2018.07 QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlq rust');
    expect(out).toEqual(['rust']);
  });

  it('folds full-width and Traditional text the same way as its plain form', () => {
    expect(terms('ＫＡＦＫＡ，開發')).toEqual(terms('kafka,开发'));
  });
});
