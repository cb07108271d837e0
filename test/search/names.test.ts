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
