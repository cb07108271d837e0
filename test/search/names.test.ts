import { beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/search/search.js';
import type { PoolSnapshot } from '../../src/store/snapshot.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';
import { poolOf } from '../helpers/seeds.js';

const taxonomy = defaultTaxonomy();

describe('a name only the front matter gives (`title: Resume`, `subtitle: Emanuel Calvo`)', () => {
  let named: PoolSnapshot;
  beforeAll(async () => {
    named = await poolOf(
      {
        'calvo.md':
          '---\ntitle: Resume\nsubtitle: Emanuel Calvo\n---\n\n## Experience\n\nPostgreSQL DBA, 2015 - 2020\n',
        'other.md': '# Ana Ruiz\nPostgreSQL DBA, 2016 - 2021\n',
      },
      'front-matter-name',
    );
  });

  it.each(['calvo emanuel', 'Emanuel Calvo', 'calvo', 'emanuel'])('%s finds them', (query) => {
    const found = search(named, query, taxonomy).matches.map((m) => m.profile);
    expect(found[0]?.name).toBe('Emanuel Calvo');
    expect(found.map((p) => p.source)).not.toContain('other.md');
  });
});

describe('a name one of whose syllables is an English function word (`you shanfen`, `an qi`)', () => {
  let named: PoolSnapshot;
  beforeAll(async () => {
    named = await poolOf(
      {
        'you.md': '# 游善芬\n现任某环保技术开发有限公司总经理，高级工程师。\n',
        'an.md': '# 安琪\n2015年至今任某公司财务经理。\n',
        'other.md': '# 王强\n某公司销售经理，负责华东区域。\n',
      },
      'function-word-names',
    );
  });

  it.each([
    ['you shanfen', 'you.md'],
    ['Shanfen You', 'you.md'],
    ['an qi', 'an.md'],
  ])('%s finds them', (query, source) => {
    const found = search(named, query, taxonomy).matches.map((m) => m.profile.source);
    expect(found).toEqual([source]);
  });

  it('reads the words as words where they name nobody (`you are`)', () => {
    expect(search(named, 'you are', taxonomy).matches).toEqual([]);
  });
});
