import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { understand, type Intent } from '../../src/conversation/understand.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';

const taxonomy = defaultTaxonomy();
const u = (q: string) => understand(q, taxonomy);

describe('a choice after an article', () => {
  it('is no choice when more words follow its word, as in the query language', () => {
    expect(u('anyone who got client appreciation or a customer award?').query).not.toContain('OR');
    expect(u('anyone with an MS in PM or an MBA with a project management concentration?').query).toContain(
      'PM OR MBA',
    );
  });
});

describe('search questions → the slash-command query', () => {
  it.each([
    // Chinese
    ['谁做过消息队列，5年以上？', '消息队列 years:>=5'],
    ['@bot 谁做过消息队列，5年以上？', '消息队列 years:>=5'],
    ['<@U0123ABC> 谁做过消息队列，5年以上？', '消息队列 years:>=5'],
    ['@_user_1 有没有会Go的', 'Go'],
    ['懂k8s的人', 'k8s'],
    ['有没有熟悉 Kubernetes 的？', 'Kubernetes'],
    ['帮我找一下北京的Kafka工程师，至少三年', 'Kafka city:北京 years:>=3'],
    ['谁是会计师', '会计师'],
    ['在美团工作过的后端', '后端 company:美团'],
    ['硕士以上的算法工程师', '算法工程师 degree:硕士 以上'],
    ['有没有做过分布式任务调度的', '分布式 任务调度'],
    ['找个做支付的', '支付'],
    // Years right before a skill and its experience word are years with it (issue 14).
    ['有没有本科以上、5年以上Java经验的人？', '5年以上Java经验 degree:本科 以上'],
    // A degree said as asked exactly keeps no 以上: search puts whose schooling stopped there first.
    ['大专学历的财务总监', '财务总监 degree:大专'],
    // Current students are asked for by their own words, the 在 kept.
    ['有没有在读学生', '在读学生'],
    ['找几个在校生', '在校生'],
    ['谁有3年以上Go经验？', '3年以上Go经验'],
    ['who has 5+ years of Java', '5+ years of Java'],
    ['5年以上工作经验的Java开发', 'Java years:>=5'],
    ['后端开发工程师，杭州', '后端开发 city:杭州'],
    ['推荐几个懂Rust和数据库的', 'Rust 数据库'],
    ['请帮我找一下会Python的数据分析师', 'Python 数据分析师'],
    ['有谁用过RocketMQ或者Kafka吗', 'RocketMQ OR Kafka'],
    ['上海的前端，3-5年', '前端 city:上海 years:3-5'],
    ['找一个在字节跳动待过的安卓开发', '安卓 company:字节跳动'],
    ['谁熟悉消息中间件？至少五年经验', '消息中间件 years:>=5'],
    ['有没有博士', 'degree:博士'],
    ['杭州有哪些Go开发', 'Go city:杭州'],
    ['谁懂区块链', '区块链'],
    ['需要一个熟悉Spring Boot的Java工程师', 'Spring Boot Java'],
    ['找做过小程序的人', '小程序'],
    ['ＫＡＦＫＡ，５年以上', 'KAFKA years:>=5'],
    ['有没有做过 DataFusion 的？', 'DataFusion'],
    ['谁了解eBPF', 'eBPF'],
    ['運維工程師，深圳', '运维工程师 city:深圳'],
    ['有没有人精通C++和Linux', 'C++ Linux'],
    // English
    ['who knows Kafka and Kubernetes?', 'Kafka Kubernetes'],
    ['find me a golang developer with 5+ years in Berlin', 'golang city:Berlin years:>=5'],
    ['anyone with react and node.js experience?', 'react node.js'],
    ['who has worked at Google?', 'company:Google'],
    ['Do we have any Rust engineers?', 'Rust'],
    ['looking for a data engineer with spark, at least 3 years', 'data engineer spark years:>=3'],
    ['any SRE in Singapore?', 'SRE city:Singapore'],
    ['someone who knows c# and .net', 'c# .net'],
    ['PhD with machine learning background', 'machine learning degree:PhD'],
    ['show me people who know rust', 'rust'],
    ['Java developers with more than 5 years of experience', 'Java years:>=5'],
    ['who knows kafak', 'kafak'],
    ['candidates with ci/cd and terraform', 'ci/cd terraform'],
    ['anyone who worked at Meituan on message queues', 'message queues company:Meituan'],
    ['frontend engineers in Hangzhou with vue', 'frontend vue city:Hangzhou'],
    ['Who has a master degree and knows TensorFlow?', 'TensorFlow degree:master degree'],
    ['python 3-5 years', 'python years:3-5'],
    // Negation in words
    ['有没有不会Java的后端', '后端 -Java'],
    ['除了美团以外做过支付的', '支付 -company:美团'],
    ['rust but no c++', 'rust -c++'],
    ['not java, but kotlin', 'kotlin -java'],
    ['Go developers without PHP', 'Go -PHP'],
    ['which candidates have a PhD from Tsinghua?', 'Tsinghua degree:PhD'],
    ['会Go或者Rust的都行', 'Go OR Rust'],
    // A list of examples, or one where any will do, stays a choice; a company in it is one of the choices, no filter.
    ['有做输配电设备的吗？变压器、开关柜这类', '输配电设备 变压器 OR 开关柜'],
    ['在手机厂商干过3年以上的，三星、OPPO、小米、诺基亚这种', '3年以上手机厂商经验 三星 OR OPPO OR 小米 OR 诺基亚'],
    // Not a list of things not wanted, nor one of things all asked for, nor a company beside no other.
    ['除了阿里、腾讯以外的都行', '-company:阿里 company:腾讯'],
    ['Java、Go这种都要会', 'Java Go 这种都'],
    ['美团或者阿里出来的都行', '美团 OR 阿里 出来'],
    // Query language inside a question is kept
    ['谁会 rust company:美团', 'rust company:美团'],
    ['kafka -java years:>=3', 'kafka -java years:>=3'],
    ['+rust 数据库，不要 -java', '数据库 +rust -java'],
  ])('%s', (question, query) => {
    const got = u(question);
    expect(got.intent).toBe('search');
    expect(got.query).toBe(query);
  });
});

describe('other intents', () => {
  it.each<[string, Intent, string[]]>([
    ['help', 'help', []],
    ['帮助', 'help', []],
    ['你能做什么？', 'help', []],
    ['what can you do', 'help', []],
    ['', 'help', []],
    ['@bot', 'help', []],
    ['/candidate', 'help', []],
    ['stats', 'stats', []],
    ['人才库有多少人', 'stats', []],
    ['how many resumes do we have?', 'stats', []],
    ['shortlist', 'shortlist', []],
    ['我的候选名单', 'shortlist', []],
    ['show the shortlist', 'shortlist', []],
    ['reload', 'reload', []],
    ['重新加载', 'reload', []],
    ['show 张林伟', 'show', ['张林伟']],
    ['张林伟的简历', 'show', ['张林伟']],
    ['看看王军飞的详情', 'show', ['王军飞']],
    ['tell me about Manjusaka', 'show', ['Manjusaka']],
    ["Manjusaka's profile", 'show', ['Manjusaka']],
    ['compare 张林伟 and 王军飞', 'compare', ['张林伟', '王军飞']],
    ['对比张林伟和王军飞', 'compare', ['张林伟', '王军飞']],
    ['比较张林伟、王军飞、王小兵', 'compare', ['张林伟', '王军飞', '王小兵']],
    ['张林伟 vs 王军飞', 'compare', ['张林伟', '王军飞']],
    ['和王军飞类似的人', 'similar', ['王军飞']],
    ['找像张林伟一样的候选人', 'similar', ['张林伟']],
    ['similar to Manjusaka', 'similar', ['Manjusaka']],
    ['more like 王小兵', 'similar', ['王小兵']],
  ])('%s → %s', (question, intent, targets) => {
    const got = u(question);
    expect(got.intent).toBe(intent);
    expect(got.targets).toEqual(targets);
  });

  it('does not take "show me people who know rust" for a name', () => {
    expect(u('show me people who know rust').intent).toBe('search');
    expect(u('show kafka').intent).toBe('search');
  });
});

describe('summary and language', () => {
  it("says how the question was understood, in the asker's language", () => {
    expect(u('谁做过Kafka，5年以上，北京').summary).toBe('搜索：Kafka · 5年以上 · 北京');
    expect(u('who knows Kafka with 5+ years in Beijing?').summary).toBe('Searching: Kafka · 5+ years · Beijing');
    expect(u('懂k8s的人').summary).toBe('搜索：Kubernetes');
    expect(u('@bot 对比张林伟和王军飞').summary).toBe('对比：张林伟、王军飞');
    expect(u('who knows Kafka?').locale).toBe('en');
    expect(u('谁懂Kafka').locale).toBe('zh');
    expect(understand('谁懂Kafka', taxonomy, { locale: 'en' }).summary).toBe('Searching: Kafka');
  });

  it('reports the parsed constraints', () => {
    expect(u('有没有本科以上、5年以上Java经验的人？').constraints).toEqual({
      terms: ['Java'],
      years: null,
      city: null,
      degree: '本科',
      company: null,
      skillYears: { term: 'Java', years: { min: 5 } },
    });
    expect(u('谁做过消息队列，5年以上？').constraints).toEqual({
      terms: ['消息队列'],
      years: { min: 5 },
      city: null,
      degree: null,
      company: null,
    });
    expect(u('谁有3年以上Go经验？').summary).toBe('搜索：Go ≥ 3 年');
  });

  it('never throws and always yields a query the search accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom(...'谁做过的吗？ @<>|年以上 5kafkaand who'.split('')) }),
        ),
        (q) => {
          const got = understand(q, taxonomy);
          expect(typeof got.summary).toBe('string');
          expect(got.query.length).toBeLessThanOrEqual(1000);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
