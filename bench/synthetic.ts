import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A deterministic pool of synthetic résumés, mixed Chinese and English, 3–8 KB each, shaped like
 * the real ones: a header with contacts, target role, education, 2–5 jobs with dated ranges,
 * projects with tech stacks, a skills section. The same seed always gives the same pool.
 */

/** Small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = Array.from(
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文',
);
const GIVEN = Array.from(
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁博文飞林轩然子涵晨曦',
);
const EN_FIRST = [
  'James',
  'Mary',
  'Robert',
  'Linda',
  'Michael',
  'Sarah',
  'David',
  'Emily',
  'Daniel',
  'Anna',
  'Lukas',
  'Sophie',
  'Jonas',
  'Lea',
  'Priya',
  'Arjun',
  'Wei',
  'Mei',
  'Kenji',
  'Yuki',
];
const EN_LAST = [
  'Smith',
  'Johnson',
  'Brown',
  'Garcia',
  'Miller',
  'Müller',
  'Schmidt',
  'Fischer',
  'Weber',
  'Sharma',
  'Patel',
  'Chen',
  'Wang',
  'Tanaka',
  'Kim',
  'Nguyen',
  'Rossi',
  'Dubois',
];
const CITIES_ZH = ['北京', '上海', '深圳', '杭州', '广州', '成都', '南京', '武汉', '西安', '苏州'];
const CITIES_EN = [
  'Berlin',
  'Munich',
  'London',
  'Singapore',
  'Shanghai',
  'Beijing',
  'Hangzhou',
  'Amsterdam',
  'Seattle',
  'Bangalore',
];
const COMPANIES_ZH = [
  '美团',
  '字节跳动',
  '腾讯',
  '阿里巴巴',
  '百度',
  '滴滴出行',
  '京东',
  '华为技术有限公司',
  '小米科技',
  '网易',
  '快手',
  '拼多多',
  '蚂蚁集团',
  '携程',
  '哔哩哔哩',
  '杭州云栖科技有限公司',
  '北京星云数据有限公司',
  '深圳前海微众科技有限公司',
  '上海数联信息技术有限公司',
  '成都天府软件有限公司',
];
const COMPANIES_EN = [
  'Google',
  'Amazon',
  'Microsoft',
  'SAP SE',
  'Zalando SE',
  'Delivery Hero',
  'N26 GmbH',
  'Spotify',
  'Booking.com',
  'Shopee',
  'Grab',
  'Infosys',
  'Accenture',
  'Siemens AG',
  'Datadog Inc.',
];
const SCHOOLS_ZH = [
  '清华大学',
  '北京大学',
  '浙江大学',
  '复旦大学',
  '上海交通大学',
  '华中科技大学',
  '武汉大学',
  '南京大学',
  '电子科技大学',
  '西安电子科技大学',
  '北京邮电大学',
  '中山大学',
  '哈尔滨工业大学',
  '武汉理工大学',
  '西华大学',
];
const SCHOOLS_EN = [
  'Technical University of Munich',
  'University of Cambridge',
  'National University of Singapore',
  'Carnegie Mellon University',
  'Stanford University',
  'Indian Institute of Technology',
  'University of Toronto',
  'ETH Zurich',
];
const MAJORS_ZH = ['计算机科学与技术', '软件工程', '信息工程', '电子信息工程', '通信工程', '数学与应用数学', '自动化'];
const MAJORS_EN = [
  'Computer Science',
  'Software Engineering',
  'Electrical Engineering',
  'Mathematics',
  'Information Systems',
];
const DEGREES_ZH = ['本科', '本科', '本科', '硕士', '硕士', '博士', '大专'];
const DEGREES_EN = ['B.Sc.', 'B.Sc.', 'M.Sc.', 'M.Sc.', 'PhD', 'Bachelor of Engineering'];
const TITLES_ZH = [
  '后端开发工程师',
  '高级后端开发工程师',
  'Java开发工程师',
  'Go开发工程师',
  '前端开发工程师',
  '全栈工程师',
  '运维开发工程师',
  'SRE工程师',
  '数据工程师',
  '算法工程师',
  '测试开发工程师',
  '架构师',
  '技术经理',
  'Android开发工程师',
  'iOS开发工程师',
  '大数据开发工程师',
  'Rust工程师',
  'C++开发工程师',
];
const TITLES_EN = [
  'Backend Engineer',
  'Senior Software Engineer',
  'Frontend Developer',
  'Full Stack Developer',
  'Site Reliability Engineer',
  'Data Engineer',
  'Machine Learning Engineer',
  'DevOps Engineer',
  'QA Engineer',
  'Engineering Manager',
  'Staff Engineer',
  'Mobile Developer',
];
const STACKS = [
  ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', 'Dubbo'],
  ['Go', 'Gin', 'gRPC', 'etcd', 'Kubernetes', 'Prometheus'],
  ['Golang', 'k8s', 'Docker', 'Helm', 'Istio', 'Grafana'],
  ['Python', 'Django', 'Celery', 'PostgreSQL', 'RabbitMQ', 'Elasticsearch'],
  ['JavaScript', 'TypeScript', 'React', 'Node.js', 'Webpack', 'GraphQL'],
  ['Vue', 'TypeScript', 'Vite', '小程序', 'Node.js', 'CSS'],
  ['Rust', 'Tokio', 'RocksDB', 'Raft', 'gRPC', 'Linux'],
  ['C++', 'Linux', 'TCP/IP', 'Redis', 'Protobuf', 'CMake'],
  ['Spark', 'Flink', 'Hive', 'HBase', 'Kafka', 'ClickHouse'],
  ['PyTorch', 'TensorFlow', 'Python', 'CUDA', 'Transformers', 'NLP'],
  ['Kotlin', 'Android', 'Jetpack Compose', 'Retrofit', 'Room', 'Flutter'],
  ['Swift', 'iOS', 'UIKit', 'SwiftUI', 'Objective-C', 'Xcode'],
  ['RocketMQ', 'Pulsar', 'Kafka', 'ZooKeeper', 'Java', 'Netty'],
  ['Terraform', 'AWS', 'Ansible', 'Jenkins', 'GitLab CI', 'Docker'],
  ['C#', '.NET', 'SQL Server', 'Azure', 'Redis', 'RabbitMQ'],
];
const ZH_PHRASES = [
  '负责核心交易链路的设计与开发，保障系统高可用',
  '主导服务拆分与微服务化改造，接口延迟降低40%',
  '参与分布式任务调度平台建设，支持日均千万级任务',
  '设计并实现基于消息队列的异步削峰方案',
  '负责数据库分库分表与读写分离方案落地',
  '搭建监控告警体系，故障发现时间缩短到分钟级',
  '推动CI/CD流程规范化，实现一键发布与灰度回滚',
  '优化缓存策略，热点数据命中率提升到99%',
  '负责团队代码评审与新人培养，带领5人小组',
  '对接第三方支付渠道，完成对账与清结算模块',
  '实现配置中心与服务注册发现，支撑上百个服务',
  '参与容器化迁移，集群资源利用率提升30%',
  '负责推荐系统特征工程与在线服务',
  '设计日志采集与分析平台，日处理数据量TB级',
  '主导性能压测与容量规划，支撑大促峰值流量',
  '负责小程序后端接口开发与联调',
  '参与开源社区贡献，提交多个PR并被合并',
  '编写技术文档与运维手册，沉淀最佳实践',
];
const EN_PHRASES = [
  'Designed and built the order pipeline serving millions of requests per day',
  'Led the migration from a monolith to microservices, cutting latency by 40%',
  'Built an event-driven architecture on a message queue to absorb traffic spikes',
  'Owned the on-call rotation and reduced incident resolution time by half',
  'Introduced infrastructure as code and automated deployments end to end',
  'Mentored junior engineers and ran the hiring loop for the platform team',
  'Optimised database queries and introduced read replicas and sharding',
  'Implemented observability with metrics, tracing and structured logs',
  'Delivered a recommendation service with real-time feature pipelines',
  'Improved CI pipelines, bringing build times from 20 to 6 minutes',
  'Contributed patches to several open-source projects used in production',
  'Wrote design documents and coordinated work across three teams',
];

const ZH_WHO = ['独立', '带领团队', '与产品团队协作', '作为核心成员', '牵头', '配合运维团队', '联合算法团队', '参与'];
const ZH_DO = ['设计', '重构', '优化', '搭建', '实现', '推动', '落地', '维护', '迁移', '评估'];
const ZH_WHAT = [
  '订单履约系统',
  '风控规则引擎',
  '用户画像平台',
  '实时计算链路',
  '库存中心',
  '会员积分系统',
  '内容审核平台',
  '广告投放系统',
  '物流调度系统',
  '搜索排序服务',
  '客服工单系统',
  '财务对账平台',
  '权限认证中心',
  '数据同步管道',
  '报表可视化平台',
  '设备接入网关',
];
const ZH_RESULT = [
  '吞吐提升两倍',
  '故障率下降一半',
  '成本降低三成',
  '支撑日活千万',
  '交付周期缩短一周',
  '可用性达到四个九',
  '查询耗时降到百毫秒内',
  '覆盖全部业务线',
];
const EN_DO = ['Designed', 'Rebuilt', 'Optimised', 'Launched', 'Scaled', 'Migrated', 'Automated', 'Hardened'];
const EN_WHAT = [
  'the fulfilment service',
  'a fraud-detection pipeline',
  'the customer data platform',
  'a streaming analytics job',
  'the inventory API',
  'the loyalty program backend',
  'a content moderation tool',
  'the ad-serving layer',
  'the routing engine',
  'search ranking',
  'the billing system',
  'an identity provider',
  'a data sync pipeline',
  'reporting dashboards',
];
const EN_RESULT = [
  'doubling throughput',
  'halving error rates',
  'cutting cloud costs by 30%',
  'serving 10M daily users',
  'shortening releases by a week',
  'reaching 99.99% availability',
  'keeping p99 under 100 ms',
];

function sentenceZh(r: () => number): string {
  return `${pick(r, ZH_WHO)}${pick(r, ZH_DO)}${pick(r, ZH_WHAT)}，${pick(r, ZH_RESULT)}；${pick(r, ZH_PHRASES)}`;
}

function sentenceEn(r: () => number): string {
  return `${pick(r, EN_DO)} ${pick(r, EN_WHAT)}, ${pick(r, EN_RESULT)}`;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/** One synthetic résumé (Markdown). */
export function syntheticResume(index: number, seed = 42): string {
  const r = rng(seed * 1_000_003 + index);
  const english = r() < 0.3;
  // 3–8 KB, most near the middle (like real résumés).
  const target = 3072 + Math.floor(((r() + r()) / 2) * 5120) - 600;
  const startYear = 2003 + Math.floor(r() * 18);
  const lines: string[] = [];
  const stack = pick(r, STACKS);
  const stack2 = pick(r, STACKS);
  const phone = `1${pick(r, ['38', '39', '50', '58', '77', '85', '86'])}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`;
  if (english) {
    const name = `${pick(r, EN_FIRST)} ${pick(r, EN_LAST)}`;
    lines.push(
      `# ${name}`,
      '',
      `Email: ${name.toLowerCase().replace(/[^a-z]+/g, '.')}${index}@example.com | Phone: +49 151 ${String(Math.floor(r() * 1e7)).padStart(7, '0')} | Location: ${pick(r, CITIES_EN)}`,
      '',
    );
    lines.push('## Summary', '', `${pick(r, TITLES_EN)} with experience in ${stack.slice(0, 3).join(', ')}.`, '');
    lines.push('## Experience', '');
    let year = startYear;
    const jobs = 2 + Math.floor(r() * 4);
    for (let j = 0; j < jobs; j++) {
      const end = j === jobs - 1 ? 'Present' : `${Math.min(2025, year + 1 + Math.floor(r() * 4))}`;
      lines.push(
        `### ${pick(r, TITLES_EN)} — ${pick(r, COMPANIES_EN)}`,
        `${pick(r, ['Jan', 'Mar', 'Jun', 'Sep'])} ${year} – ${end === 'Present' ? 'Present' : `Dec ${end}`}`,
        '',
      );
      for (let k = 0; k < 3; k++) lines.push(`- ${pick(r, EN_PHRASES)} (${pick(r, [...stack, ...stack2])}).`);
      lines.push('');
      year = end === 'Present' ? year : Number(end) + 1;
    }
    lines.push(
      '## Education',
      '',
      `- ${pick(r, DEGREES_EN)} in ${pick(r, MAJORS_EN)}, ${pick(r, SCHOOLS_EN)}, ${startYear - 4} – ${startYear}`,
      '',
    );
    lines.push('## Skills', '', `- Languages & frameworks: ${stack.join(', ')}`, `- Also: ${stack2.join(', ')}`, '');
    while (Buffer.byteLength(lines.join('\n')) < target)
      lines.push(`- ${sentenceEn(r)}; stack: ${pick(r, stack)}, ${pick(r, stack2)}.`);
  } else {
    const name = pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.6 ? pick(r, GIVEN) : '');
    lines.push(
      `# ${name}`,
      '',
      `电话：${phone} | 邮箱：user${index}@example.com | 工作地点：${pick(r, CITIES_ZH)}`,
      `求职意向：${pick(r, TITLES_ZH)}`,
      '',
    );
    lines.push(
      '## 教育背景',
      '',
      `- ${startYear - 4}.09 - ${startYear}.06 / ${pick(r, SCHOOLS_ZH)} / ${pick(r, DEGREES_ZH)} / ${pick(r, MAJORS_ZH)}专业`,
      '',
    );
    lines.push('## 工作经历', '');
    let year = startYear;
    const jobs = 2 + Math.floor(r() * 4);
    for (let j = 0; j < jobs; j++) {
      const last = j === jobs - 1;
      const endYear = Math.min(2025, year + 1 + Math.floor(r() * 4));
      const end = last ? '至今' : `${endYear}.${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
      lines.push(
        `- **${pick(r, COMPANIES_ZH)}** / ${year}.${String(1 + Math.floor(r() * 12)).padStart(2, '0')} - ${end} / ${pick(r, TITLES_ZH)}`,
      );
      for (let k = 0; k < 3; k++)
        lines.push(`  - ${pick(r, ZH_PHRASES)}，技术栈：${pick(r, stack)}、${pick(r, stack2)}`);
      year = endYear + 1;
    }
    lines.push('', '## 项目经历', '');
    for (let p = 0; p < 2; p++) {
      lines.push(
        `#### ${pick(r, ['分布式任务调度平台', '实时数据仓库', '统一消息中心', '智能客服系统', '电商秒杀系统', '容器云平台', '推荐引擎', '支付清结算系统'])}`,
      );
      lines.push(
        `- **项目技术**：${[...stack]
          .sort(() => r() - 0.5)
          .slice(0, 4)
          .join('、')}`,
        `- ${pick(r, ZH_PHRASES)}`,
        `- ${pick(r, ZH_PHRASES)}`,
        '',
      );
    }
    lines.push(
      '## 专业技能',
      '',
      `- 熟悉 ${stack.slice(0, 3).join('、')}，了解 ${stack2.slice(0, 3).join('、')}`,
      `- 熟悉 ${stack.slice(3).join('、')} 等中间件`,
      '',
    );
    while (Buffer.byteLength(lines.join('\n')) < target)
      lines.push(`- ${sentenceZh(r)}，使用 ${pick(r, stack)} 与 ${pick(r, stack2)}。`);
  }
  // Bytes, not characters: Chinese is 3 bytes per character in UTF-8.
  let text = lines.join('\n');
  while (Buffer.byteLength(text) > 8192) text = text.slice(0, text.lastIndexOf('\n'));
  return `${text}\n`;
}

/** Writes `count` synthetic résumés into `dir` (100 per sub-folder). */
export async function writeSyntheticPool(dir: string, count: number, seed = 42): Promise<void> {
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, `resume-${String(i).padStart(5, '0')}.md`), syntheticResume(i, seed));
  }
}

/** At least 200 mixed queries, the way recruiters type them. */
export function benchQueries(): string[] {
  const singles = [
    'rust',
    'golang',
    'go',
    'java',
    'python',
    'k8s',
    'kubernetes',
    'kafka',
    'redis',
    '消息队列',
    'MQ',
    '分布式',
    '数据库',
    'react',
    'vue',
    'node.js',
    'c++',
    'c#',
    '.net',
    'spark',
    'flink',
    'pytorch',
    'android',
    'ios',
    '前端',
    '后端',
    '运维',
    'SRE',
    'devops',
    '微服务',
    '大数据',
    '机器学习',
    'rocketmq',
    'pulsar',
    'rabbitmq',
    'elasticsearch',
    'mysql',
    'postgres',
    'docker',
    'terraform',
    'aws',
    '小程序',
    '支付',
    '推荐系统',
    '监控',
    'ci/cd',
    'grpc',
    'raft',
    'swift',
    'kotlin',
  ];
  const phrases = [
    '"分布式任务调度"',
    '"消息队列"',
    '"微服务化改造"',
    '"message queue"',
    '"on-call rotation"',
    '任务调度',
    '秒杀系统',
    '容器云平台',
    '削峰',
    '灰度回滚',
  ];
  const filters = [
    'company:美团',
    'company:google',
    'city:北京',
    'city:berlin',
    'city:hangzhou',
    'degree:硕士',
    'degree:phd',
    'school:清华',
    'title:SRE',
    'title:架构师',
  ];
  const years = ['5年以上', '至少三年', '10+ years', 'years:>=8', '3-5年'];
  const out: string[] = [...singles, ...phrases, ...filters];
  const r = rng(7);
  while (out.length < 260) {
    const parts = [pick(r, singles)];
    if (r() < 0.6) parts.push(pick(r, singles));
    if (r() < 0.3) parts.push(pick(r, filters));
    if (r() < 0.3) parts.push(pick(r, years));
    if (r() < 0.1) parts.push(`-${pick(r, singles)}`);
    out.push(parts.join(' '));
  }
  out.push('kafak', 'kuberentes', 'pyhton', 'rust:', 'k8s~', '-', 'https://github.com', '😀'.repeat(100));
  return out;
}
