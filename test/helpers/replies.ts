import type { Action, CandidateCard, Reply } from '../../src/conversation/reply.js';
import { encodePayload } from '../../src/conversation/payload.js';

/** Hand-made neutral replies for renderer tests: normal ones and ones built to break every limit. */
export function card(overrides: Partial<CandidateCard> = {}): CandidateCard {
  const id = overrides.id ?? 'zhang-linwei';
  return {
    id,
    name: '张林伟',
    headline: 'Rust工程师(数据库) @ 数慧时空',
    years: 8.2,
    education: '本科 武汉理工大学',
    city: '北京',
    skills: [
      { label: 'Rust', matched: true },
      { label: 'DataFusion / Arrow', matched: false },
    ],
    why: [{ text: '数慧时空 / Rust工程师(数据库) / 负责数据经纬产品设计与开发', marks: [[7, 11]], term: 'rust' }],
    contact: ['150****1980', 'l***@gmail.com'],
    source: '000_858ca9253fee2070.txt',
    modified: '2026-11-22',
    shortlisted: false,
    actions: (['details', 'similar', 'shortlist-add', 'reveal'] as const).map((a, i): Action => ({
      id: `${a}:${id}:${i}`,
      action: a,
      label: a,
      value: encodePayload({ a, c: id, l: 'zh' }),
    })),
    ...overrides,
  };
}

export function results(
  cards: readonly CandidateCard[],
  overrides: Partial<Extract<Reply, { kind: 'results' }>> = {},
): Reply {
  return {
    kind: 'results',
    locale: 'zh',
    visibility: 'asker',
    title: '搜索：Rust',
    total: 23,
    offset: 0,
    range: '显示第 1–5 位，共 23 位',
    cards,
    notes: [],
    actions: [
      {
        id: 'next::1',
        action: 'next',
        label: '下一页',
        value: encodePayload({ a: 'next', q: 'rust', o: 5, l: 'zh' }),
        style: 'primary',
      },
    ],
    text: '搜索：Rust\n1. 张林伟',
    ...overrides,
  } as Reply;
}

/** A card whose every field is far over any platform limit, with markup and emoji in it. */
export function hostileCard(n: number): CandidateCard {
  const long = (s: string, k: number): string => s.repeat(Math.ceil(k / s.length)).slice(0, k);
  return card({
    id: `hostile-${n}-${long('x', 400)}`,
    name: long('<!channel> *粗体* ~删~ `code` & 😀', 600),
    headline: long('Rust & <b>Go</b> 工程师 👩‍💻 ', 5000),
    education: long('博士 清华大学 ', 800),
    city: long('北京', 300),
    skills: Array.from({ length: 60 }, (_, i) => ({ label: long(`skill-${i}-`, 120), matched: i % 2 === 0 })),
    why: Array.from({ length: 5 }, (_, i) => ({
      text: long(`证据 ${i} <@U123> & 🎉 `, 2500),
      marks: [
        [0, 10],
        [5, 30],
        [2400, 3000],
      ],
      term: 'rust',
      via: long('k8s → Kubernetes ', 400),
    })),
    contact: ['150****1980', long('a***@example.com', 300)],
    source: long('dir/<script>&file 😀.md', 700),
    actions: [
      {
        id: long('details:', 400),
        action: 'details',
        label: long('详情 😀', 200),
        value: encodePayload({ a: 'details', c: 'x', l: 'zh' }),
      },
      {
        id: long('details:', 400),
        action: 'similar',
        label: long('Similar ', 200),
        value: encodePayload({ a: 'similar', c: 'x', l: 'zh' }),
      },
      { id: 'too-big', action: 'reveal', label: 'reveal', value: long('{', 2500) },
    ],
  });
}
