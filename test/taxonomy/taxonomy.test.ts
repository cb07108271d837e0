import { describe, expect, it } from 'vitest';
import { analyzeTerm } from '../../src/search/concepts.js';
import { SHADOWED, TAXONOMY } from '../../src/taxonomy/entries.js';
import { homophone } from '../../src/search/fuzzy.js';
import { aliasKey, defaultTaxonomy, Taxonomy } from '../../src/taxonomy/taxonomy.js';
import { foldQuery, fold } from '../../src/text/fold.js';

const taxonomy = defaultTaxonomy();

describe('taxonomy data', () => {
  it('has at least 200 entries with unique ids and known parents', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(200);
    const ids = new Set(TAXONOMY.map((e) => e.id));
    expect(ids.size).toBe(TAXONOMY.length);
    for (const e of TAXONOMY)
      for (const p of [...(e.parents ?? []), ...(e.heldBy ?? [])]) expect(ids.has(p), `${e.id} → ${p}`).toBe(true);
  });

  it('never gives one alias to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of TAXONOMY) {
      for (const alias of [...(e.aliases ?? []), ...(e.queryOnly ?? []), e.id]) {
        const key = aliasKey(alias);
        const prev = owner.get(key);
        expect(prev === undefined || prev === e.id, `${alias}: ${prev} and ${e.id}`).toBe(true);
        owner.set(key, e.id);
      }
    }
  });

  it('has no cycles in its concept links', () => {
    for (const e of TAXONOMY) expect(taxonomy.ancestors(e.id)).not.toContain(e.id);
  });
});

describe('lookup', () => {
  it.each([
    ['k8s', 'kubernetes'],
    ['Kubernetes', 'kubernetes'],
    ['容器编排', 'kubernetes'],
    ['golang', 'go'],
    ['Go', 'go'],
    ['JS', 'javascript'],
    ['消息队列', 'message-queue'],
    ['MQ', 'message-queue'],
    ['前端', 'frontend'],
    ['frontend', 'frontend'],
    ['安卓', 'android'],
    ['数据库', 'database'],
    ['杭州', 'hangzhou'],
    ['Hangzhou', 'hangzhou'],
    ['Spring Boot', 'spring-boot'],
    ['spring-boot', 'spring-boot'],
    ['美团点评', 'meituan'],
    ['本科', 'bachelor'],
    ['後端', 'backend'],
  ])('%s → %s', (term, id) => {
    expect(taxonomy.lookup(foldQuery(term))).toBe(id);
  });

  it('knows that message queues include Kafka but Kafka does not include its siblings', () => {
    expect(taxonomy.descendants('message-queue')).toEqual(
      expect.arrayContaining(['kafka', 'rocketmq', 'rabbitmq', 'pulsar']),
    );
    expect(taxonomy.descendants('kafka')).toEqual([]);
    expect(taxonomy.ancestors('kafka')).toEqual(['message-queue', 'middleware']);
    // Middleware is message brokers, application servers and service buses.
    expect(taxonomy.descendants('middleware')).toEqual(
      expect.arrayContaining(['kafka', 'application-server', 'weblogic', 'tomcat', 'esb']),
    );
  });

  it('knows database development, anti-money laundering and KYC', () => {
    const ids = (text: string): string[] => taxonomy.findAll(fold(text), text).map((h) => h.id);
    expect(ids('存储过程、触发器编写')).toContain('stored-procedures');
    expect(taxonomy.ancestors('plsql')).toContain('database-development');
    expect(ids('数据库开发工程师')).toContain('database-development');
    expect(ids('AML/KYC analyst')).toEqual(expect.arrayContaining(['anti-money-laundering', 'kyc']));
    expect(ids('负责反洗钱可疑交易监测')).toContain('anti-money-laundering');
    // SOAP is one kind of web service: a REST one is not it.
    expect(ids('SOAP web services with WSDL')).toContain('soap');
    expect(ids('RESTful web services')).not.toContain('soap');
    expect(taxonomy.ancestors('soap')).toContain('web-services');
    expect(ids('澳门大学硕士')).toContain('macau');
    // A security post is under security; Spring Security is Spring's.
    expect(ids('Information Security Engineer at a bank')).toContain('security-engineer');
    expect(taxonomy.ancestors('security-engineer')).toContain('security');
    expect(ids('Spring Boot, Spring Security, MyBatis')).not.toContain('security');
    // A school's honours, and China's computer rank exam apart from 软考.
    expect(ids('2012年获校优秀毕业生称号')).toContain('student-honours');
    expect(ids('1st Class with topper of our batch')).toContain('student-honours');
    expect(taxonomy.ancestors('student-honours')).toContain('award');
    expect(ids('通过全国计算机等级考试二级')).toContain('ncre');
    expect(ids('计算机二级证书')).toContain('ncre');
    // A plant's trades: hydraulics, its utilities, and blasting materials.
    expect(ids('负责液压系统设计与液压油缸测试')).toContain('hydraulics');
    expect(ids('Maintained hydraulic presses and pneumatic tools')).toContain('hydraulics');
    expect(ids('厂务部主管，负责锅炉、空压机、冷水机组运行维护')).toEqual(
      expect.arrayContaining(['facilities-engineering', 'boilers', 'air-compressors', 'chillers']),
    );
    expect(taxonomy.ancestors('chillers')).toContain('hvac');
    expect(ids('湖南南岭民用爆破器材股份有限公司总经理')).toContain('civil-explosives');
    // The economist's first rung is a title of its own, not under 经济师.
    expect(ids('大专学历，助理经济师')).toContain('zh-assistant-economist');
    expect(taxonomy.descendants('zh-economist')).not.toContain('zh-assistant-economist');
    // A prize for technical work is an award.
    expect(ids('Received the Innovation Award for the test automation framework')).toContain('technical-award');
    expect(taxonomy.ancestors('technical-award')).toContain('award');
    expect(ids('获得公司年度大奖')).toContain('award');
    // A test lead is a post of its own, under testing.
    expect(ids('QA Lead, 2016 - 2020')).toContain('test-manager');
    expect(ids('担任测试主管，带领5人测试团队')).toContain('test-manager');
    expect(taxonomy.ancestors('test-manager')).toContain('software-testing');
  });

  it('keeps products of one family apart, and puts what implies a product under it', () => {
    // Peers: naming one never finds the others.
    const peers: [string, string][] = [
      ['jenkins', 'github-actions'],
      ['webpack', 'vite'],
      ['hive', 'presto'],
      ['zookeeper', 'etcd'],
      ['nginx', 'haproxy'],
      ['pandas', 'numpy'],
      ['excel', 'powerpoint'],
      ['junit', 'testng'],
    ];
    for (const [a, b] of peers) {
      expect(taxonomy.lookup(b), b).toBe(b);
      expect(taxonomy.descendants(a), a).not.toContain(b);
      expect(taxonomy.descendants(b), b).not.toContain(a);
    }
    // Implied: a Ubuntu admin runs Linux, a Redux user writes React, a GitHub user uses Git.
    const implied: [string, string][] = [
      ['ubuntu', 'linux'],
      ['redux', 'react'],
      ['nuxt', 'vue'],
      ['github', 'git'],
      ['aws-ec2', 'aws'],
      ['freertos', 'rtos'],
    ];
    for (const [child, parent] of implied) expect(taxonomy.ancestors(child), child).toContain(parent);
    expect(taxonomy.lookup('bookkeeper')).toBe('bookkeeping');
    expect(taxonomy.ancestors('bookkeeping')).toContain('accounting');
    // HR's clerks are its assistants; `ops manager` runs the business's operations, `IT ops` IT's.
    for (const clerk of ['人事文员', 'HR文员', 'personnel clerk'])
      expect(taxonomy.lookup(clerk), clerk).toBe('hr-assistant');
    expect(taxonomy.lookup('ops manager')).toBe('business-operations');
    // (In a résumé Ops Manager is as often MongoDB's tool.)
    expect(taxonomy.findAll(fold('MongoDB Ops Manager')).map((h) => h.id)).toEqual(['mongodb']);
    expect(taxonomy.lookup('IT ops')).toBe('ops');
    // The makers of trains, and CRRC by its old names; a bare 北车 only in a query (湖北车辆 is none).
    expect(taxonomy.findAll(fold('1979年在株洲车辆厂参加工作')).map((h) => h.id)).toContain('crrc');
    expect(taxonomy.ancestors('crrc')).toContain('rolling-stock');
    expect(taxonomy.lookup('北车')).toBe('crrc');
    expect(taxonomy.findAll(fold('湖北车辆配件公司')).map((h) => h.id)).not.toContain('crrc');
    expect(taxonomy.lookup('轨道交通装备')).toBe('rolling-stock');
    // Capital budgeting and its measures are budgeting.
    expect(taxonomy.lookup('NPV')).toBe('capital-budgeting');
    expect(taxonomy.ancestors('capital-budgeting')).toContain('budgeting');
    expect(taxonomy.findAll(fold('Human Capital Planning')).map((h) => h.id)).not.toContain('capital-budgeting');
    // The connected home is part of IoT.
    expect(taxonomy.lookup('home automation')).toBe('smart-home');
    expect(taxonomy.ancestors('smart-home')).toContain('iot');
    expect(taxonomy.findAll(fold('负责120平米家装设计项目')).map((h) => h.id)).not.toContain('smart-home');
    expect(taxonomy.findAll(fold('内燃机车间主任')).map((h) => h.id)).not.toContain('rolling-stock');
    // The market's regulators by their short names.
    expect(taxonomy.lookup('工商局')).toBe('industry-commerce-bureau');
    expect(taxonomy.findAll(fold('历任海宁市工商行政管理局市场科副科长')).map((h) => h.id)).toContain(
      'industry-commerce-bureau',
    );
    expect(taxonomy.lookup('技术监督局')).toBe('quality-supervision-bureau');
    // Both are the market regulator now; an industry's own testing institute is neither.
    expect(taxonomy.lookup('市场监管局')).toBe('market-regulator');
    for (const id of ['industry-commerce-bureau', 'quality-supervision-bureau'])
      expect(taxonomy.ancestors(id), id).toContain('market-regulator');
    expect(taxonomy.findAll(fold('上海市化学工业技术监督所党委书记')).map((h) => h.id)).not.toContain(
      'quality-supervision-bureau',
    );
    // Places as résumés often misspell them.
    expect(taxonomy.findAll(fold('Banjara Hills, Hyderbad')).map((h) => h.id)).toContain('hyderabad');
    expect(taxonomy.lookup('Banglore')).toBe('bangalore');
  });
});

describe('findAll', () => {
  const ids = (text: string): string[] => taxonomy.findAll(fold(text), text).map((h) => h.id);

  it('reads a one-word name written as two at its inner capital (`Tensor Flow`, `Java Script`), not two plain words', () => {
    expect(ids('Python packages: Pandas, Tensor Flow, Numpy')).toContain('tensorflow');
    expect(ids('Front end: Java Script, Type Script')).toEqual(expect.arrayContaining(['javascript', 'typescript']));
    expect(ids('Java Script')).not.toContain('java');
    expect(ids('Stores: Mongo DB, Dynamo DB')).toEqual(expect.arrayContaining(['mongodb', 'dynamodb']));
    // Not a split name: the second word in lower case, or a pair that is no alias.
    expect(ids('built a chat bot with tensor flow and python')).not.toContain('tensorflow');
    expect(ids('Java Spring developer')).toContain('java');
  });

  it('reads Swift as the language only where it is one', () => {
    expect(ids('iOS 开发，熟练使用 Swift 和 Objective-C')).toContain('swift');
    expect(ids('Languages: Swift, Kotlin, Java')).toContain('swift');
    expect(ids('自定义dokka plugin输出java+kotlin混编文档')).toEqual(expect.arrayContaining(['java', 'kotlin']));
    for (const prose of ['giving swift response for client', 'with swift efficiency and care', 'Project Name: SWIFT'])
      expect(ids(prose)).not.toContain('swift');
  });

  it('reads an initialism written with dots as the degree it names, with or without the last dot', () => {
    expect(ids('January 2015 B.C.A  Amravati, Maharashtra')).toContain('bca');
    expect(ids('M.C.A. from Pune University')).toContain('mca');
    expect(ids('M.S in Computer Science')).toContain('master');
    expect(taxonomy.lookup('B.C.A')).toBe('bca');
    // Two letters with dots are only an alias written so: a meeting at 5 p.m. is no PM.
    expect(ids('meeting at 5 p.m. every Friday')).toEqual([]);
  });

  it('an abbreviation defined in brackets, or a place named Elk, is no Elasticsearch', () => {
    expect(ids('training material for the Electronic Systems (ES) sector')).not.toContain('elasticsearch');
    expect(ids('1985 High School Diploma : Elk Creek High School')).not.toContain('elasticsearch');
    for (const text of ['熟悉ES、Redis', 'Skills: ES, Kafka', '基于ELK的日志分析', 'Search Engine (ES) tuning'])
      expect(ids(text), text).toContain('elasticsearch');
  });

  it('knows ETL tools as data engineering', () => {
    expect(ids('Environment: Informatica (Power Center), SQL Server, UNIX')).toContain('informatica');
    expect(ids('ETL with SSIS and Talend; IBM DataStage jobs; Pentaho Kettle')).toEqual(
      expect.arrayContaining(['ssis', 'talend', 'datastage', 'pentaho']),
    );
    // A kettle alone is a company or a kitchen, not Pentaho.
    expect(ids('Store Manager, Kettle Foods, Jan 2012 - Dec 2019')).not.toContain('pentaho');
    for (const tool of ['informatica', 'ssis', 'talend', 'datastage', 'pentaho'])
      expect(taxonomy.ancestors(tool)).toContain('data-engineering');
  });

  it('tells tools and degrees from the plain words they are named by', () => {
    // The worker is line work; the line itself is what its engineers plan.
    expect(ids('Assembly Line Worker; worked on the assembly line')).toEqual(['production-line-work']);
    expect(ids('C, Assembly, Python')).toContain('assembly');
    expect(ids('in other words, word of mouth')).toEqual([]);
    expect(ids('MS Word, Excel')).toEqual(['ms-word', 'excel']);
    expect(ids('Advanced Excel skills')).toEqual(['excel']);
    expect(ids('High School Diploma')).toEqual(['high-school']);
    expect(ids('Diploma in Mechanical Engineering')).toContain('associate');
    expect(ids('Systems Administrator: Active Directory, VMware ESXi, Hyper-V')).toEqual([
      'ops',
      'active-directory',
      'vsphere',
      'hyper-v',
    ]);
    expect(taxonomy.ancestors('vsphere')).toContain('vmware');
    // A stream processor's name is no storm drain.
    expect(ids('storm sewer and storm water design')).toEqual([]);
    expect(ids('Apache Storm topologies')).toContain('apache-storm');
  });

  it("knows an accountant's work and tools, and keeps each set of accounting standards apart", () => {
    expect(ids('Month-end close, bank reconciliations and journal entries in QuickBooks under US GAAP')).toEqual([
      'month-end-close',
      'reconciliation',
      'general-ledger',
      'quickbooks',
      'gaap',
    ]);
    expect(ids('熟悉企业会计准则')).toEqual(['cas']);
    expect(ids('熟悉国际财务报告准则')).toEqual(['ifrs']);
    // IAS is also India's civil service: not a standard by itself.
    expect(ids('Cleared the IAS prelims')).toEqual([]);
  });

  it('knows professions by their titles in either language, not by the tasks every job has', () => {
    expect(ids('Business Analyst, 2016 - 2020')).toEqual(['business-analyst']);
    expect(ids('现任财务分析师')).toEqual(['financial-analyst']);
    expect(ids('Performed financial analysis for the controller')).not.toContain('financial-analyst');
    expect(ids('Registered Nurse, ICU')).toEqual(['nurse']);
    expect(ids('网络工程师，负责网络管理员团队')).toEqual(['network-engineer', 'network-engineer']);
  });

  it('reads 大数据开发 as the work, which takes in the data engineer, and 大数据开发工程师 as the title', () => {
    expect(ids('3年以上大数据开发经验')).toEqual(['big-data']);
    expect(ids('大数据开发工程师')).toEqual(['data-engineer']);
    expect(taxonomy.ancestors('data-engineer')).toContain('big-data');
  });

  it('knows the oil majors by name (中石化 is no 石化 plant) and 高级工程师 as a title with its higher grade under it', () => {
    expect(ids('曾任中国石化销售公司经理')).toContain('sinopec');
    expect(ids('中石化')).toEqual(['sinopec']);
    expect(ids('中石油、PetroChina')).toEqual(['cnpc', 'cnpc']);
    expect(ids('高级工程师')).toEqual(['zh-senior-engineer']);
    expect(taxonomy.ancestors('zh-professor-engineer')).toContain('zh-senior-engineer');
    // 提高工作效率 has no 高工 in it.
    expect(ids('提高工作效率')).toEqual([]);
    // The short forms people say (高工, 高经, 高会) name the titles in a query; in a résumé, 艺高工程 is a company.
    expect(taxonomy.lookup('高工')).toBe('zh-senior-engineer');
    expect(taxonomy.lookup('高经')).toBe('zh-senior-economist');
    expect(taxonomy.lookup('高会')).toBe('zh-senior-accountant');
    expect(ids('艺高工程有限公司')).toEqual([]);
  });

  it('knows petroleum engineering by its majors, and as of the oil trade', () => {
    expect(ids('1982年毕业于河北工学院石油炼制专业')).toContain('petroleum-engineering');
    expect(ids('Bachelor of Science : Petrochemical and Natural Gas Engineering')).toContain('petroleum-engineering');
    // Petrochemicals on their own are the chemical trade.
    expect(ids('petrochemical engineering projects')).toContain('chemical-industry');
    expect(taxonomy.ancestors('petroleum-engineering')).toContain('oil-gas');
  });

  it('knows the electronics trade by its words and its firms, with chips and optoelectronics in it', () => {
    expect(ids('现任宁波康强电子有限公司董事')).toContain('electronics-industry');
    expect(ids('曾任株洲电子工业局局长')).toContain('electronics-industry');
    expect(ids('10 years in the electronics manufacturing business')).toContain('electronics-industry');
    expect(taxonomy.ancestors('semiconductor-industry')).toContain('electronics-industry');
    expect(taxonomy.ancestors('optoelectronics')).toContain('electronics-industry');
    // E-commerce, electronic engineering and e-mail are not the trade.
    for (const text of ['负责电子商务平台运营', '电子工程系毕业', '电子邮件营销'])
      expect(ids(text), text).not.toContain('electronics-industry');
  });

  it('knows the central government by its ministries and administrations, now and before', () => {
    const central = (text: string): boolean =>
      ids(text).some((id) => id === 'central-ministry' || taxonomy.ancestors(id).includes('central-ministry'));
    expect(central('国务院发展研究中心研究员')).toBe(true);
    expect(central('国家物价局涉外价格司处长')).toBe(true);
    // An industrial ministry is of the central government and of the trade it ran.
    expect(ids('历任冶金工业部科技司处长')).toEqual(['ministry-of-metallurgy', 'rd-management']);
    expect(taxonomy.ancestors('ministry-of-metallurgy')).toEqual(
      expect.arrayContaining(['metallurgy', 'central-ministry']),
    );
    expect(taxonomy.ancestors('bureau-of-nonferrous-metals')).toContain('nonferrous-metals');
    // The planning commission is the central government's and a development and reform commission.
    expect(ids('1995年任国家计委投资司司长')).toEqual(['national-ndrc']);
    expect(taxonomy.ancestors('national-ndrc')).toEqual(expect.arrayContaining(['ndrc', 'central-ministry']));
    // A sector's departments and a firm's are no ministry; a city's planning commission is no central government.
    for (const text of ['配合卫生部门检查', '民政部门登记', '公司商业部经理', '项目物资部主管', '电子工业出版社出版'])
      expect(central(text), text).toBe(false);
    expect(ids('市计委副主任')).toEqual(['ndrc']);
    expect(taxonomy.lookup('商业部')).toBe('central-ministry');
  });

  it('knows the Project 211 universities as a tier that holds the 985 ones, each by its whole name', () => {
    expect(taxonomy.lookup('211')).toBe('project-211');
    expect(taxonomy.ancestors('project-985')).toContain('project-211');
    expect(taxonomy.ancestors('tsinghua')).toContain('project-211');
    for (const id of ['hohai-university', 'bjtu', 'cufe', 'xidian', 'jinan-university'])
      expect(taxonomy.ancestors(id), id).toContain('project-211');
    expect(taxonomy.ancestors('lingnan-university')).not.toContain('project-211');
    // The whole name, with what it says the school is: not the oil major in 中国石油大学.
    expect(ids('毕业于中国石油大学')).toEqual(['china-university-of-petroleum']);
    expect(ids('华中农业大学')).toEqual(['huazhong-agricultural-university']);
    expect(taxonomy.ancestors('huazhong-agricultural-university')).toContain('agricultural-science');
    expect(ids('1982年毕业于北京钢铁学院')).toEqual(['university-of-science-and-technology-beijing']);
    // A bare 211 in a résumé is a number, and a school's id is no word of a résumé (CPU, AHU, IMU).
    expect(ids('办公室211房间')).toEqual([]);
    expect(ids('CPU性能调优，AHU选型，IMU融合，CHD风险')).toEqual([]);
    // ShanghaiTech is not 上海大学, nor is a student of Shanghai.
    expect(ids('上海科技大学')).not.toContain('shanghai-university');
    expect(ids('上海大学生创业大赛')).toEqual([]);
    expect(ids('毕业于上海大学生命科学学院')).toContain('shanghai-university');
  });

  it("reads a recruiter's short forms of licences and employers in a query, and the licences written out in a résumé", () => {
    const short: Record<string, string> = {
      注会: 'cpa',
      注税: 'tax-agent',
      一建: 'constructor-first-class',
      二建: 'constructor-second-class',
      法考: 'legal-qualification',
      司考: 'legal-qualification',
      教资: 'teacher-qualification',
      注安: 'registered-safety-engineer',
      注电: 'registered-electrical-engineer',
      外企: 'foreign-company',
      民企: 'private-company',
      世界500强: 'fortune-500',
    };
    for (const [term, id] of Object.entries(short)) expect(taxonomy.lookup(term), term).toBe(id);
    // Two characters inside other words are no licence (关注会议, 统一建设).
    expect(ids('关注会议纪要，统一建设标准')).toEqual([]);
    // Safety engineering's licence is not IT security's engineer.
    expect(ids('持有注册安全工程师证书')).toContain('registered-safety-engineer');
    expect(ids('持有注册安全工程师证书')).not.toContain('security-engineer');
    expect(ids('造价师')).toEqual(['cost-engineer-licence']);
    expect(ids('曾任职于外资企业和民营企业')).toEqual(['foreign-company', 'private-company']);
    // In a résumé the short forms sit inside other words.
    expect(ids('负责非居民企业所得税汇算，组织校外企业实习')).not.toEqual(expect.arrayContaining(['foreign-company']));
    expect(ids('居民企业所得税')).not.toContain('private-company');
  });

  it('knows e-commerce by what a shop is built of', () => {
    expect(ids('负责商城购物车与秒杀模块')).toEqual(['ecommerce', 'ecommerce', 'ecommerce']);
    expect(ids('Built the shopping cart of an online store')).toEqual(['ecommerce', 'ecommerce']);
  });

  it('knows language tests and first-aid certificates, each its own', () => {
    expect(ids('通过英语六级，雅思 7.0')).toEqual(['cet-6', 'ielts']);
    expect(ids('CET-4, TOEFL 100')).toEqual(['cet-4', 'toefl']);
    // 省市区四级联动 is a front-end widget, not CET-4.
    expect(ids('实现省市区四级联动')).toEqual([]);
    expect(ids('CPR and BLS certified; Crystal Reports')).toEqual(['cpr', 'cpr', 'certificate', 'crystal-reports']);
    for (const id of ['cet-6', 'ielts', 'cpr']) expect(taxonomy.ancestors(id)).toContain('certificate');
  });

  it('knows the Delhi capital region by its towns, and NCR alone as no place', () => {
    expect(ids('Based in Delhi NCR')).toEqual(['delhi']);
    for (const place of ['Gurugram', 'Noida', 'Ghaziabad', 'Faridabad']) {
      const [town] = ids(`Based in ${place}`);
      expect(taxonomy.ancestors(town ?? '')).toContain('delhi');
    }
    expect(ids('Worked on NCR ATMs')).toEqual([]);
  });

  it("knows M.Tech as a master's of its own, and a postgraduate as a master's", () => {
    expect(ids('M.Tech (Computer Science), 2016')).toEqual(['mtech', 'computer-science']);
    expect(taxonomy.ancestors('mtech')).toContain('master');
    expect(ids('Postgraduate in Economics')).toEqual(['master', 'economics']);
  });

  it('knows the trades a career is spent in, each by its own words and not inside others', () => {
    expect(ids('1985年进入兖州煤业，后任华能国际电力股份有限公司副总经理')).toEqual([
      'coal-industry',
      'huaneng',
      'power-utility',
      'general-manager',
    ]);
    // A kind of power, and a big group, each by its own name under the trade.
    expect(ids('曾任葛洲坝水力发电厂厂长')).toContain('hydropower');
    expect(taxonomy.ancestors('hydropower')).toContain('power-utility');
    expect(taxonomy.ancestors('huaneng')).toContain('power-utility');
    expect(taxonomy.ancestors('coal-industry')).toContain('mining-industry');
    expect(ids('中国农业银行副行长')).toEqual(['abc-bank', 'bank-president']);
    expect(ids('煤化工项目')).toEqual(['chemical-industry']);
    expect(ids('浙江纺织品进出口公司、某服装有限公司')).toEqual([
      'zhejiang',
      'textile-industry',
      'international-trade',
      'apparel',
    ]);
    expect(ids('Free shipping on orders; resort to manual checks')).toEqual([]);
    expect(ids('Social media marketing')).toEqual(['social-media', 'marketing']);
  });

  it("tells Cisco's IOS from Apple's, and ServiceNow written apart from the word now", () => {
    expect(ids('Configured routers running Cisco IOS and IOS-XE')).toEqual(['cisco-ios', 'cisco-ios']);
    expect(ids('iOS developer (Swift)')).toEqual(['ios', 'swift']);
    expect(ids('Tickets tracked in Service Now')).toEqual(['servicenow']);
  });

  it('knows spoken languages in either language, each under foreign languages', () => {
    expect(ids('Languages: French (fluent), German, Spanish')).toEqual(['french', 'german', 'spanish']);
    expect(ids('精通法语，会日语和粤语')).toEqual(['french', 'japanese', 'cantonese']);
    expect(taxonomy.ancestors('german')).toContain('foreign-language');
    expect(taxonomy.ancestors('jlpt')).toContain('japanese');
  });

  it('knows teachers of any school, research ranks, sharding, steel structures, EDI and independent supervisors', () => {
    expect(ids('1980年6月至1985年11月在燕岗中学任教')).toEqual(['teacher']);
    expect(ids('五七干校教员')).toEqual(['educator']);
    expect(taxonomy.ancestors('university-faculty')).toContain('educator');
    // Not a professor made (`任教授`), a trainer teaching staff (`教员工`), nor 教育 after 从.
    expect(ids('2012年任教授')).toEqual(['professor']);
    expect(ids('负责教员工使用ERP系统')).not.toContain('educator');
    expect(ids('2005年从教育局调入本公司')).not.toContain('educator');
    expect(ids('助理研究员')).toEqual(['assistant-researcher']);
    expect(taxonomy.ancestors('associate-researcher')).toContain('researcher');
    expect(ids('优化索引与分表策略，引入ShardingSphere')).toEqual(['sharding', 'sharding']);
    expect(ids('部分表现突出')).toEqual([]);
    expect(ids('钢结构工程公司总经理')).toContain('steel-structure');
    expect(ids('EDI mapping with ANSI X12 and EDIFACT')).toEqual(['edi', 'edi', 'edi']);
    expect(ids('tiles of 12 x 12')).toEqual([]);
    expect(ids('现任中国远洋控股股份有限公司独立监事')).toEqual(['independent-supervisor']);
    expect(taxonomy.ancestors('independent-supervisor')).toContain('supervisory-board');
    // A turnaround of a business, not a turnaround time; signal processing, and DSP in capitals only.
    expect(ids('major factor to Server business unit turnaround')).toEqual(['business-turnaround']);
    expect(ids('faster turnaround time for customers')).toEqual([]);
    expect(ids('Programmed a DSP board; digital filter design')).toEqual(['signal-processing', 'signal-processing']);
    expect(ids('IT infra support for 300 users')).toEqual(['it-infrastructure']);
    expect(taxonomy.ancestors('it-infrastructure')).toContain('ops');
    // Families of fields a question names: who studied history studied the humanities.
    expect(taxonomy.ancestors('history-studies')).toContain('humanities');
    expect(taxonomy.ancestors('sociology')).toContain('social-sciences');
    expect(ids('a degree in the social sciences')).toEqual(['social-sciences']);
  });

  it('tells a professor from a professor-grade engineer, and an associate from a full professor', () => {
    expect(ids('2005年起任某学院副教授，2012年任教授')).toEqual(['associate-professor', 'professor']);
    expect(ids('教授级高级工程师')).toEqual(['zh-professor-engineer']);
    expect(taxonomy.ancestors('associate-professor')).toContain('professor');
  });

  it('knows a driving licence, RF work, AS/400, foreign trade and military service', () => {
    expect(ids("Valid driver's license; CDL Class A")).toEqual(['driving-licence', 'driving-licence']);
    expect(ids('持有C1驾照')).toEqual(['driving-licence']);
    expect(ids('射频电路设计')).toEqual(['rf-engineering', 'hardware-engineering']);
    expect(ids('RPGLE programming on the AS/400 (iSeries)')).toEqual(['as400', 'as400', 'as400']);
    expect(ids('国际经济与贸易专业')).toEqual(['international-trade']);
    expect(taxonomy.ancestors('international-trade')).toContain('economics');
    expect(ids('Served in the U.S. Army, 2001 - 2012')).toEqual(['army']);
    expect(taxonomy.ancestors('army')).toContain('military');
    expect(ids('1978年入伍，历任某部队连长')).toEqual(['military', 'military', 'military-officer']);
  });

  it('tells products lumped under a broader entry apart: WebSocket under HTTP, Confluence apart from Jira', () => {
    expect(ids('基于WebSocket的实时推送')).toEqual(['websocket', 'push-notifications']);
    expect(taxonomy.ancestors('websocket')).toContain('http');
    expect(ids('Jira and Confluence admin')).toEqual(['jira', 'confluence']);
  });

  it('knows farming as a field of study, discipline inspection as a post, and Texas by its cities', () => {
    expect(ids('1985年毕业于某农业大学农学专业')).toEqual(['agricultural-science', 'agricultural-science']);
    expect(taxonomy.ancestors('agricultural-science')).toContain('agriculture');
    expect(ids('现任公司纪委书记、纪检监察室主任')).toEqual(['discipline-secretary', 'discipline-inspection']);
    expect(taxonomy.ancestors('discipline-secretary')).toEqual(['discipline-inspection']);
    expect(taxonomy.ancestors('houston')).toContain('texas');
    // Austin is a city only as written so: `austin` in lower case is anyone's name.
    expect(ids('Field engineer, Austin, TX')).toEqual(['austin']);
  });

  it('knows carmakers by their short names, design institutes and trade unions, and 马鞍山 from 鞍山', () => {
    expect(ids('1998年进入奇瑞，后任上汽集团副总经理')).toEqual(['automotive', 'automotive', 'general-manager']);
    expect(ids('Sales manager in the auto industry')).toEqual(['sales', 'automotive']);
    expect(ids('历任某电力设计院院长')).toEqual(['power-utility', 'design-institute']);
    expect(ids('现任公司工会主席')).toEqual(['trade-union']);
    expect(ids('马鞍山钢铁股份有限公司')).toEqual(['maanshan', 'steel-industry']);
    expect(taxonomy.ancestors('maanshan')).toContain('anhui');
  });

  it('knows the financial sector, its regulators and finance as a field of study, each apart', () => {
    expect(ids('曾任中国人民银行某支行行长，后调入证监会')).toEqual([
      'central-bank',
      'bank-branch-manager',
      'securities-regulator',
    ]);
    expect(taxonomy.ancestors('bank-branch-manager')).toContain('bank-president');
    expect(taxonomy.ancestors('central-bank')).toEqual(expect.arrayContaining(['banking', 'financial-services']));
    expect(taxonomy.ancestors('securities-firm')).toContain('financial-services');
    expect(ids('金融学专业硕士，现任某金融机构资金部经理')).toEqual([
      'finance-studies',
      'master',
      'financial-services',
      'treasury',
    ]);
    expect(ids('Treasury Manager; CIA, CISA')).toEqual(['treasury', 'internal-auditor-cert', 'cisa']);
    // `cia` in lower case is no certificate.
    expect(ids('via the cia')).toEqual([]);
    expect(ids('B.A. in Journalism and Mass Communication')).toEqual(['bachelor', 'journalism', 'journalism']);
  });

  it('knows drinks makers, chief economists, academicians, instrumentation and the power industry in English', () => {
    expect(ids('历任五粮液酒厂厂长')).toEqual(['liquor', 'liquor', 'plant-manager']);
    expect(taxonomy.ancestors('liquor')).toContain('food-beverage');
    expect(ids('现任公司副总经济师')).toEqual(['chief-economist']);
    expect(ids('中国工程院院士')).toEqual(['academician']);
    expect(ids('Instrumentation engineer, I&C')).toEqual(['instrumentation', 'instrumentation']);
    expect(ids('20 years in the power industry')).toEqual(['power-utility']);
    expect(ids('英语专业毕业')).toEqual(['english-studies']);
  });

  it('knows universities by their short names, and 人大 the university from 人大代表 the office', () => {
    expect(ids('1985年毕业于人大经济系，后获上财硕士')).toEqual(['renmin-university', 'economics', 'sufe', 'master']);
    expect(ids('现任市人大代表')).toEqual(['npc-deputy']);
    expect(ids('毕业于南开大学、同济大学')).toEqual(['nankai', 'tongji']);
  });

  it('knows SQL tuning under SQL, and management-system auditors and standards', () => {
    expect(ids('负责慢查询与索引优化')).toEqual(['sql-tuning', 'sql-tuning']);
    expect(taxonomy.ancestors('sql-tuning')).toContain('sql');
    expect(ids('ISO 9001 内审员；ISO 27001 Lead Auditor')).toEqual([
      'quality-management',
      'iso-auditor',
      'iso-27001',
      'iso-auditor',
    ]);
  });

  it("knows the state's builders by name, and not inside plain words (工作中建立)", () => {
    expect(ids('历任中铁二局副局长、中建三局总经理、葛洲坝工程局处长')).toEqual([
      'crec',
      'cscec',
      'general-manager',
      'construction',
      'construction',
    ]);
    expect(ids('在工作中建立了流程，团队中交流')).toEqual([]);
  });

  it('knows business skills alike in either language, and not in plain words', () => {
    expect(ids('主导公司并购重组与IPO，负责尽职调查')).toEqual(['m-and-a', 'ipo', 'due-diligence']);
    expect(ids('Led M&A due diligence and valuation')).toEqual(['m-and-a', 'due-diligence', 'valuation']);
    expect(ids('Delivered on time and under budget')).toEqual([]);
    expect(ids('重组蛋白药物')).toEqual([]);
  });

  it('keeps each finance charter and licence its own, and finds the Big Four by every name', () => {
    expect(ids('CFA charterholder; CPA; ACCA member; FRM')).toEqual(['cfa', 'cpa', 'acca', 'frm']);
    expect(taxonomy.ancestors('cfa')).not.toContain('cpa');
    expect(ids('Passed the FE exam (EIT); now a licensed professional engineer')).toEqual([
      'engineer-in-training',
      'engineer-in-training',
      'professional-engineer',
    ]);
    expect(ids('曾任职于普华永道、安永，后加入Deloitte')).toEqual(['pwc', 'ey', 'deloitte']);
    for (const firm of ['pwc', 'ey', 'deloitte', 'kpmg']) expect(taxonomy.ancestors(firm)).toContain('big-four');
  });

  it('knows chips, controls and AI practices in either language, and a project RAG status as no RAG', () => {
    expect(ids('负责FPGA开发与数字IC验证，熟悉Verilog')).toEqual(['fpga', 'ic-design', 'verilog']);
    expect(taxonomy.ancestors('verilog')).toContain('hdl');
    expect(ids('PLC and SCADA programming; 机器视觉; 自动驾驶')).toEqual([
      'plc',
      'scada',
      'computer-vision',
      'autonomous-driving',
    ]);
    expect(ids('Weekly RAG status reports to the PMO')).toEqual(['pmo']);
    expect(ids('基于检索增强生成的问答')).toEqual(['llm-rag']);
  });

  it('knows fields of study by their department and major names, not by a bare subject word', () => {
    expect(ids('数学系毕业，信息与计算科学专业')).toEqual(['mathematics', 'mathematics']);
    expect(ids('B.Sc Maths, Kerala University')).toEqual([
      'bachelor-of-science',
      'mathematics',
      'university-of-kerala',
    ]);
    expect(ids('全国大学生数学建模竞赛一等奖')).toEqual(['competition', 'competition', 'award']);
    expect(ids('生物医药公司')).toEqual(['pharmaceutical']);
  });

  it('reads `&` as `and` inside a name, and R&D as no R', () => {
    expect(ids('B.E. in Electronics & Communication Engineering')).toContain('electronics-communication');
    expect(ids('B.Tech (ECE), 2014')).toContain('electronics-communication');
    expect(ids('通信工程专业')).toContain('electronics-communication');
    expect(taxonomy.ancestors('electronics-communication')).toContain('electronic-engineering');
    expect(ids('Led the R&D team; Q&A sessions')).not.toContain('r');
    expect(ids('Languages: R & Python')).toEqual(['r', 'python']);
  });

  it('knows business functions and licences in either language', () => {
    expect(ids('现任公司法务部经理')).toContain('legal-affairs');
    expect(ids('Legal Counsel at Acme GmbH')).toContain('legal-affairs');
    // Finance is the function in either language (`finance and accounting people` finds 财务).
    expect(ids('Finance Manager, 2012 - 2018')).toContain('finance-manager');
    expect(taxonomy.ancestors('finance-manager')).toContain('finance-function');
    expect(ids('历任公司财务部副经理')).toContain('finance-function');
    expect(ids('HR Generalist, 2015 - 2020')).toContain('human-resources');
    expect(ids('8 hr shifts')).not.toContain('human-resources');
    expect(ids('历任公司财务负责人')).toContain('cfo');
    expect(taxonomy.ancestors('cfo')).toContain('finance-function');
    expect(ids('具有执业药师资格')).toContain('licensed-pharmacist');
    expect(taxonomy.ancestors('licensed-pharmacist')).toEqual(
      expect.arrayContaining(['certificate', 'pharmaceutical']),
    );
    // A senior auditor is a title of its own, not 高级 + audit; 招聘 alone is hiring, not a recruiter's job.
    expect(ids('高级审计师')).toEqual(['zh-senior-auditor']);
    expect(ids('招聘Java工程师')).not.toContain('recruiting');
  });

  it('knows an industry by its trade words and firm names, not by words that only contain them', () => {
    expect(ids('1999年12月至2007年2月任漳州片仔癀药业股份有限公司财务总监')).toContain('pharmaceutical');
    expect(ids('曾任焦作市化学制药厂副厂长')).toContain('pharmaceutical');
    expect(ids('现任某特钢股份有限公司董事')).toContain('steel-industry');
    expect(taxonomy.ancestors('steel-industry')).toContain('metallurgy');
    expect(ids('历任某农商行支行行长')).toContain('banking');
    // 自动化工程师 is no chemical plant, 当地产业 no real estate, data mining no mine, steel parts no steel mill.
    expect(ids('PLC自动化工程师，负责当地产业园项目')).not.toContain('chemical-industry');
    expect(ids('PLC自动化工程师，负责当地产业园项目')).not.toContain('real-estate');
    // Data mining is the data practice, not the mining trade.
    expect(ids('Data mining and bank reconciliations; stainless steel panels')).toEqual([
      'data-mining',
      'reconciliation',
    ]);
  });

  it('knows the sciences as one field, and not in the fields whose names end in 理学', () => {
    expect(ids('1990年获理学博士学位')).toEqual(['science-phd']);
    expect(taxonomy.ancestors('science-phd')).toEqual(expect.arrayContaining(['natural-sciences', 'phd']));
    expect(taxonomy.ancestors('geology')).toContain('natural-sciences');
    expect(taxonomy.ancestors('physics')).toContain('natural-sciences');
    // Its branches by their own names, each under biology.
    expect(ids('B.Sc. in Microbiology; 微生物与免疫学博士')).toEqual([
      'bachelor-of-science',
      'microbiology',
      'microbiology',
      'immunology',
      'phd',
    ]);
    expect(taxonomy.ancestors('microbiology')).toEqual(expect.arrayContaining(['biology', 'natural-sciences']));
    expect(ids('管理学博士，心理学硕士，伦理学学者，毕业于经济管理学院')).not.toContain('natural-sciences');
    expect(ids('总经理助理学历本科')).not.toContain('natural-sciences');
  });

  it('knows engineering as one field of study, its majors and the degrees named for it under it', () => {
    expect(ids('2008年获工学硕士学位')).toEqual(['engineering-master']);
    expect(taxonomy.ancestors('engineering-master')).toEqual(expect.arrayContaining(['engineering-field', 'master']));
    expect(ids('B.Tech in Mechanical Engineering')).toEqual(['engineering-bachelor', 'mechanical-engineering']);
    for (const major of ['mechanical-engineering', 'computer-engineering', 'industrial-engineering', 'mtech'])
      expect(taxonomy.ancestors(major), major).toContain('engineering-field');
    // Computer engineering is computer science too; computer science itself is no engineering major.
    expect(taxonomy.ancestors('computer-engineering')).toContain('computer-science');
    expect(taxonomy.ancestors('computer-science')).not.toContain('engineering-field');
    // Not a bare 工学 or 工科 (员工学习, 化工科技), nor a school named for power engineering.
    expect(ids('组织员工学习；某化工科技有限公司')).not.toContain('engineering-field');
    expect(ids('上海交通大学机械与动力工程学院物流工程专业')).not.toContain('power-engineering');
  });

  it('knows the securities trade by its English names, not by an accountant’s marketable securities', () => {
    expect(ids('Equity brokerage and stock broking, Shenzhen')).toEqual(
      expect.arrayContaining(['securities-firm', 'shenzhen']),
    );
    expect(ids('Reconciled marketable securities')).not.toContain('securities-firm');
  });

  it('knows healthcare as a trade: hospitals and the health system, in either language', () => {
    expect(ids('Recruiter at Mercy Hospital')).toContain('healthcare');
    expect(ids('2005年起任某市第一人民医院院长')).toContain('healthcare');
  });

  it('reads a short form in a query that it never looks for in a résumé (工行, 大厂)', () => {
    expect(taxonomy.lookup('工行')).toBe('icbc');
    expect(taxonomy.lookup('四大行')).toBe('state-banks');
    expect(taxonomy.ancestors('icbc')).toEqual(expect.arrayContaining(['state-banks', 'banking']));
    expect(ids('2001年起任中国工商银行北京分行行长')).toContain('icbc');
    // Inside other words in running text it is nothing.
    expect(ids('制定员工行为规范；集中行动')).toEqual([]);
    expect(taxonomy.lookup('大厂')).toBe('internet-majors');
    expect(taxonomy.ancestors('tencent')).toContain('internet-majors');
  });

  it('knows engineering trades and their titles: project engineers, pneumatics, power-system studies', () => {
    expect(ids('Project Engineer, HVAC retrofits')).toContain('project-engineer');
    expect(ids('Repaired pneumatic valves; 气动元件选型')).toEqual(['pneumatics', 'pneumatics']);
    expect(ids('Ran load flow and short circuit studies in ETAP')).toEqual(
      expect.arrayContaining(['power-system-analysis', 'etap']),
    );
    expect(taxonomy.ancestors('etap')).toContain('power-system-analysis');
    expect(ids('B.S. in Electrical Engineering Technology')).toContain('electrical-engineering-technology');
    expect(taxonomy.ancestors('electrical-engineering-technology')).toEqual(
      expect.arrayContaining(['engineering-technology', 'electrical-engineering']),
    );
    expect(taxonomy.lookup('aas')).toBe('associate');
  });

  it('knows page layout by its programs, public accounting as the accounting-firm trade, and 初级会计职称', () => {
    expect(taxonomy.ancestors('quarkxpress')).toContain('desktop-publishing');
    expect(taxonomy.ancestors('indesign')).toEqual(
      expect.arrayContaining(['desktop-publishing', 'adobe-creative-suite']),
    );
    expect(ids('10 years in public accounting')).toEqual(['accounting-firm']);
    expect(ids('2003年取得助理会计师资格')).toContain('zh-assistant-accountant');
  });

  it('reads a name of several words that ends at a slash (`Electrical Engineer/Sustaining Engineer`)', () => {
    expect(ids('Electrical Engineer/Sustaining Engineer')).toEqual(['electrical-engineering']);
    // The rest of the word after the slash is read on its own.
    expect(ids('Software Engineer/Java Developer')).toEqual(['software-engineer', 'java']);
    expect(ids('machine learning/deep learning')).toEqual(['machine-learning', 'deep-learning']);
    expect(ids('CI/CD pipelines')).toEqual(['ci-cd']);
  });

  it('knows energy over power, oil and gas, coal and renewables; a bare `energy` or `mining` only in a query', () => {
    expect(taxonomy.lookup('energy')).toBe('energy-industry');
    expect(taxonomy.lookup('mining')).toBe('mining-industry');
    for (const id of ['power-utility', 'oil-gas', 'coal-industry', 'new-energy'])
      expect(taxonomy.ancestors(id)).toContain('energy-industry');
    // Energy efficiency is work of its own, not the energy trade.
    expect(ids('improved energy efficiency; data mining')).toEqual(['energy-efficiency', 'data-mining']);
    expect(taxonomy.ancestors('energy-efficiency')).toEqual([]);
    expect(ids('神华能源股份有限公司总经理')).toContain('energy-industry');
  });

  it('knows tasks recruiters ask for in either language: 注塑, project accounting, data modeling, visas, relocation', () => {
    expect(taxonomy.lookup('注塑工艺')).toBe('injection-molding');
    expect(ids('Supported plastic injection molding process validation')).toContain('injection-molding');
    expect(taxonomy.ancestors('injection-molding')).toEqual(expect.arrayContaining(['plastics', 'rubber-plastics']));
    expect(taxonomy.lookup('项目会计')).toBe('project-accounting');
    expect(ids('Project Accountant, 2009 - Current')).toContain('project-accounting');
    expect(ids('Designed star schema and logical data models in ERwin')).toContain('data-modeling');
    expect(ids('Processed H-1B petitions; managed employee relocations')).toEqual(
      expect.arrayContaining(['work-visas', 'global-mobility']),
    );
    expect(taxonomy.lookup('经委')).toBe('ndrc');
    expect(ids('Associate Member of HKICS and ICSA (ACIS)')).toContain('chartered-secretary');
  });

  it('knows business operations (运营) apart from IT operations (运维) and telecom operators (运营商)', () => {
    expect(taxonomy.lookup('运营总监')).toBe('business-operations');
    expect(taxonomy.lookup('operations manager')).toBe('business-operations');
    expect(taxonomy.lookup('运维')).toBe('ops');
    expect(ids('任中国移动运营商业务部经理')).not.toContain('business-operations');
  });

  it('knows more work by its name in either language: data governance, lab technicians, video editing, employment law', () => {
    expect(taxonomy.lookup('数据治理')).toBe('data-governance');
    expect(ids('Led master data management and data quality rules')).toEqual(['data-governance', 'data-governance']);
    expect(taxonomy.lookup('实验室技术员')).toBe('lab-technician');
    expect(ids('Laboratory Technician, 2012 - Current')).toContain('lab-technician');
    expect(taxonomy.lookup('视频剪辑')).toBe('video-editing');
    expect(taxonomy.lookup('绩效考核')).toBe('performance-management');
    expect(ids('熟悉劳动合同法，处理劳动纠纷')).toContain('labor-law');
    expect(taxonomy.lookup('市场活动策划')).toBe('event-planning');
    expect(ids('1985年毕业于国防科学技术大学')).toEqual(['national-university-of-defense-technology']);
    expect(taxonomy.ancestors('national-university-of-defense-technology')).toEqual(
      expect.arrayContaining(['military-academy', 'project-985', 'project-211']),
    );
  });

  it('knows founders and adult education; 电大 and 创业 only in a query (邮电大学 is no TV university)', () => {
    expect(taxonomy.lookup('自己创业')).toBe('founder');
    expect(ids('Co-founder and CEO, 2016 - Present')).toContain('founder');
    expect(taxonomy.lookup('电大')).toBe('adult-education');
    expect(ids('1990年毕业于北京邮电大学')).not.toContain('adult-education');
    expect(ids('1992年广播电视大学毕业，后参加高等教育自学考试')).toEqual(['adult-education', 'adult-education']);
  });

  it('knows the telecom trade by its companies, not by software talking over a serial port or IT phone systems', () => {
    expect(taxonomy.lookup('通信')).toBe('telecom');
    expect(taxonomy.lookup('telecom')).toBe('telecom');
    expect(taxonomy.ancestors('telecom-operator')).toContain('telecom');
    expect(taxonomy.ancestors('huawei')).toContain('telecom');
    expect(ids('曾在广州通信研究所工作，后任东方通信集团业务经理')).toEqual(['guangzhou', 'telecom', 'telecom']);
    expect(ids('负责串口通信和进程间通信')).not.toContain('telecom');
    expect(ids('Skills: switches, telecommunications, phones')).not.toContain('telecom');
    expect(ids('IT projects in Telecom domain for a telecom service provider')).toEqual([
      'it-sector',
      'telecom',
      'telecom',
    ]);
    expect(taxonomy.lookup('证代')).toBe('securities-affairs-rep');
  });

  it('reads a name of several words typed in the plural, never one word', () => {
    expect(taxonomy.lookup('data scientists')).toBe('data-scientist');
    expect(taxonomy.lookup('penetration testers')).toBe('penetration-testing');
    expect(taxonomy.lookup('data centers')).toBe('data-center');
    expect(taxonomy.lookup('sales')).toBe('sales');
    expect(taxonomy.lookup('kubernetes')).toBe('kubernetes');
    expect(taxonomy.lookup('engineers')).toBeUndefined();
    expect(taxonomy.ancestors('nmap')).toContain('penetration-testing');
    expect(taxonomy.ancestors('ceh')).toContain('penetration-testing');
    expect(taxonomy.lookup('管理工程')).toBe('engineering-management');
  });

  it('knows packaging firms and management consulting; an advisory committee is no consulting work', () => {
    expect(ids('曾任深圳市通产包装集团副总经理')).toContain('printing-packaging');
    expect(taxonomy.lookup('管理咨询')).toBe('management-consulting');
    expect(taxonomy.ancestors('management-consulting')).toContain('consulting-industry');
    expect(ids('现任国家信息化专家咨询委员会成员')).not.toContain('consulting-industry');
    expect(ids('曾任北京某投资咨询有限公司总经理')).toContain('consulting-industry');
  });

  it('knows manufacturing as the trade of the making industries, and multithreading', () => {
    expect(taxonomy.lookup('制造业')).toBe('manufacturing');
    for (const id of ['machinery', 'automotive', 'home-appliances', 'steel-industry'])
      expect(taxonomy.ancestors(id)).toContain('manufacturing');
    expect(ids('Manufacturing Engineer, 2015 - 2019')).toEqual(['production-engineering']);
    expect(ids('熟悉Linux下多线程编程，multi-threaded servers')).toEqual(['linux', 'multithreading', 'multithreading']);
  });

  it('knows backup administrators as sysadmins and NOC engineers as network engineers of their own kind', () => {
    expect(ids('MICROSOFT - Backup Administrator')).toEqual(['microsoft', 'ops']);
    // A NOC engineer is a network engineer of the operations center, asked for by its own name.
    expect(ids('NOC Engineer at Skava')).toEqual(['network-operations-center']);
    expect(taxonomy.ancestors('network-operations-center')).toContain('network-engineer');
    expect(taxonomy.lookup('noc')).toBe('network-operations-center');
    // India's no-objection certificate is no operations center.
    expect(ids('NOC from the previous employer')).toEqual([]);
  });

  it('knows the IT titles of services firms: systems engineers and analysts, web and application developers', () => {
    expect(ids('Systems Engineer @ Infosys Limited')).toEqual(['systems-engineer', 'infosys']);
    expect(taxonomy.lookup('系统分析师')).toBe('systems-analyst');
    expect(ids('Programmer Analyst, 2009 - 2012')).toEqual(['systems-analyst']);
    expect(ids('Senior Web Developer')).toEqual(['web-development']);
    expect(taxonomy.ancestors('web-development')).toContain('software-engineer');
    expect(ids('Application Developer')).toEqual(['software-engineer']);
    expect(ids('Quality Engineer; Industrial Engineer')).toEqual(['quality-management', 'industrial-engineering']);
  });

  it('knows the titles and posts of Chinese bios: economists, chief engineers, researchers, office and workshop heads', () => {
    expect(ids('中共党员，高级经济师，历任公司副总工程师、办公室主任')).toEqual([
      'party-member',
      'zh-senior-economist',
      'chief-engineer',
      'office-director',
    ]);
    expect(taxonomy.ancestors('zh-senior-economist')).toContain('zh-economist');
    expect(ids('曾任办公室副主任、车间主任')).toEqual(['workshop-director']);
    expect(ids('中科院研究员，兼任仲裁委仲裁员')).toEqual([
      'chinese-academy-of-sciences',
      'researcher',
      'mediation-arbitration',
      'arbitrator',
    ]);
    expect(ids('注册房地产估价师')).toEqual(['real-estate-appraiser']);
  });

  it('knows Microsoft Access by its full name (not a bare access) and cross-platform mobile frameworks', () => {
    expect(ids('Proficient in MS Access and Microsoft Access')).toEqual(['ms-access', 'ms-access']);
    expect(ids('Granted access to the HR system')).not.toContain('ms-access');
    // An abbreviation known only in capitals stands between words: `Senior HR Manager`, `TO BE DETERMINED` is no B.E.
    expect(ids('Senior HR Manager')).toEqual(['human-resources']);
    expect(ids('DATE TO BE DETERMINED')).toEqual([]);
    expect(ids('Built apps with Ionic, Xamarin and PhoneGap')).toEqual(['ionic', 'xamarin', 'cordova']);
    expect(taxonomy.ancestors('xamarin')).toContain('mobile');
  });

  it("knows SEO and paid search as digital marketing (not a microscope's SEM)", () => {
    expect(ids('SEO, Google AdWords and inbound marketing')).toEqual(['seo', 'paid-search', 'digital-marketing']);
    expect(taxonomy.ancestors('paid-search')).toContain('digital-marketing');
    expect(ids('Imaged samples by SEM and TEM')).not.toContain('paid-search');
  });

  it('knows the graded lawyer titles of China as lawyers', () => {
    expect(ids('执业律师，二级律师，兼任仲裁员')).toEqual(['lawyer', 'zh-lawyer-grade', 'arbitrator']);
    expect(taxonomy.ancestors('zh-lawyer-grade')).toContain('lawyer');
  });

  it('knows IT and hardware majors by name in either language, never an acid or a three-star hotel', () => {
    expect(ids('Worked at HCL (2012-2014), then Wipro and CTS')).toEqual(['hcl', 'wipro', 'cognizant']);
    expect(ids('Titrated with HCl')).toEqual([]);
    expect(ids('曾任思科中国区经理，后加入西门子')).toEqual(['cisco', 'siemens']);
    expect(ids('入住三星级酒店')).not.toContain('samsung');
  });

  it('knows user experience and interaction design, and wireframes, as UI/UX design', () => {
    expect(ids('User Experience Design; annotated wireframes')).toEqual(['ui-designer', 'wireframing']);
    expect(taxonomy.ancestors('wireframing')).toContain('ui-designer');
  });

  it('knows organisation development, bids and requests for proposals, property management and publications', () => {
    expect(ids('HR generalist: Organizational Development, payroll')).toContain('organization-development');
    expect(ids('负责组织发展与人才盘点')).toContain('organization-development');
    expect(taxonomy.ancestors('organization-development')).toContain('human-resources');
    // The requests' abbreviations count in capitals only.
    expect(ids('Own and support RFI/RFPs and proposal walkthroughs')).toContain('bidding');
    expect(ids('负责编制投标书')).toContain('bidding');
    expect(ids('coordinated trade shows and special events')).toContain('event-planning');
    expect(ids('现任某物业管理公司总经理')).toContain('property-management');
    expect(ids('在国内学术期刊发表学术论文十余篇')).toContain('publications');
    expect(ids('Published papers in IEEE conferences')).toContain('publications');
    expect(ids('2010年在北京大学光华管理学院就读在职MBA')).toContain('in-service-master');
  });

  it('tells a charity’s fundraising from a firm’s financing', () => {
    expect(ids('Organized fundraising events for the PTO')).toEqual(['fundraising']);
    expect(ids('负责公司融资及资本运作')).toContain('financing');
    expect(ids('负责公司融资及资本运作')).not.toContain('fundraising');
  });

  it('knows China’s construction licences in English, each a registered engineer’s, and mobile app development', () => {
    expect(ids('Registered Constructor (first class); Certified Cost Engineer')).toEqual([
      'licensed-constructor',
      'cost-engineer-licence',
    ]);
    expect(ids('注册咨询工程师(投资)')).toEqual(['consulting-engineer-licence']);
    for (const id of ['licensed-constructor', 'cost-engineer-licence', 'consulting-engineer-licence'])
      expect(taxonomy.ancestors(id)).toContain('professional-engineer');
    expect(ids('3 years of mobile app development')).toContain('mobile');
  });

  it('knows the Project 985 universities as a tier, by their old names too, and no bare 985 in a résumé', () => {
    expect(taxonomy.lookup('985院校')).toBe('project-985');
    for (const school of ['电子科技大学', '华中工学院', '清华大学', '中国海洋大学'])
      expect(taxonomy.ancestors(ids(school)[0] as string)).toContain('project-985');
    // 西安电子科技大学 is Xidian, not the 电子科技大学 inside its name.
    expect(ids('毕业于西安电子科技大学')).toEqual(['xidian']);
    expect(ids('完成985个工单')).toEqual([]);
  });

  it("reads a school whose name holds another school's short name as itself (江南大学 is no 南大)", () => {
    expect(ids('毕业于江南大学机械工程学院')).toContain('jiangnan-university');
    expect(ids('毕业于江南大学机械工程学院')).not.toContain('nju');
    expect(ids('西南政法大学教授')).toContain('swupl');
    expect(ids('西南政法大学教授')).not.toContain('cupl');
    expect(ids('中南财经政法大学博士')).toContain('zuel');
    expect(ids('中南财经政法大学博士')).not.toContain('cupl');
    expect(taxonomy.lookup('法大')).toBe('cupl');
  });

  it('knows the universities of finance and economics as a kind, by name or by the words of one', () => {
    expect(taxonomy.lookup('财经院校')).toBe('finance-economics-school');
    expect(ids('毕业于江西财经大学会计系')).toContain('finance-economics-school');
    expect(ids('首都经济贸易大学')).toContain('finance-economics-school');
    for (const school of ['上海财经大学', '对外经济贸易大学', '中南财经政法大学'])
      expect(taxonomy.ancestors(ids(school)[0] as string)).toContain('finance-economics-school');
  });

  it('reads P&L as profit and loss, not as the letters P and L', () => {
    expect(ids('Full P&L responsibility for the region')).toContain('p-and-l');
    expect(ids('prepared the profit & loss statement')).not.toContain('p-and-l');
    expect(ids('profit and loss responsibility')).toContain('p-and-l');
    expect(taxonomy.lookup('P&L management')).toBe('p-and-l');
  });

  it("knows a manufacturing engineer's shop-floor work: fixtures, work instructions, scrap", () => {
    expect(taxonomy.lookup('夹具')).toBe('jigs-fixtures');
    expect(ids('Designed tools, gauges and test fixtures in AutoCAD')).toContain('jigs-fixtures');
    expect(taxonomy.ancestors('jigs-fixtures')).toContain('production-engineering');
    expect(ids('编写作业指导书和检验规范')).toContain('work-instructions');
    expect(ids('Wrote standard operating procedures (SOPs) for the line')).toContain('work-instructions');
    expect(ids('a 50% reduction in scrap')).toContain('scrap-reduction');
  });

  it('knows copper by its trade words, not by copper cabling', () => {
    expect(ids('江西铜业股份有限公司副总经理')).toContain('copper-industry');
    expect(taxonomy.ancestors('copper-industry')).toContain('nonferrous-metals');
    expect(ids('Installed copper and fiber cabling')).not.toContain('copper-industry');
    // A state enterprise's 总会计师 is a CFO's post of its own: a CFO query finds it, not the other way round.
    expect(ids('chief accountant of a state-owned group')).toContain('chief-accountant');
    expect(taxonomy.ancestors('chief-accountant')).toContain('cfo');
  });

  it('tells asset managers from fund companies, and from IT asset management and 投资管理', () => {
    expect(ids('任集团投资管理部经理')).not.toContain('fund-company');
    expect(ids('任集团投资管理部经理')).not.toContain('asset-management-firm');
    expect(ids('宝钢资源有限公司资产管理总监')).toEqual(['baosteel', 'asset-management-firm']);
    expect(taxonomy.lookup('资管')).toBe('asset-management-firm');
    expect(taxonomy.ancestors('fund-company')).toContain('asset-management-firm');
    expect(ids('IT asset management, software license compliance')).toContain('it-asset-management');
    expect(ids('IT asset management, software license compliance')).not.toContain('asset-management-firm');
  });

  it('knows query tuning and campus drives as written in English résumés', () => {
    expect(ids('Conducted performance tuning using SQL Profiler')).toContain('sql-tuning');
    expect(ids('writing and optimizing SQL code and stored procedures')).toContain('sql-tuning');
    expect(ids('Involved in extensive campus drives in technical institutions')).toContain('campus-recruiting');
  });

  it('knows kernel work apart from any use of an OS, and asset appraisal above the appraiser’s licence', () => {
    expect(ids('负责Linux内核模块开发')).toContain('kernel');
    expect(ids('熟悉Windows操作系统')).not.toContain('kernel');
    expect(taxonomy.ancestors('kernel')).toContain('operating-systems');
    // A database's kernel is its internals, not an operating system's.
    expect(ids('数据库内核研发工程师')).toContain('database-internals');
    expect(ids('数据库内核研发工程师')).not.toContain('kernel');
    expect(ids('现任某资产评估有限公司总经理')).toContain('asset-appraisal');
    expect(taxonomy.ancestors('asset-appraiser')).toContain('asset-appraisal');
  });

  it('knows accountancy bodies abroad under CPA, and information science under computer science', () => {
    expect(ids('香港会计师公会资深会员、澳洲会计师公会资深会员')).toEqual([
      'hkicpa',
      'fellow-member',
      'cpa-australia',
      'fellow-member',
    ]);
    expect(ids('Member of the ICAEW')).toEqual(['icaew']);
    for (const id of ['hkicpa', 'icaew', 'cpa-australia']) expect(taxonomy.ancestors(id)).toContain('cpa');
    expect(ids('B.E. in Information Science and Engineering')).toContain('information-science');
    expect(ids('BE (ISE), 2016')).toContain('information-science');
    expect(taxonomy.ancestors('information-science')).toContain('computer-science');
  });

  it('knows who founded or owns a business by the words bios and résumés use', () => {
    expect(ids('1999年创立深圳市某科技有限公司')).toContain('founder');
    expect(ids('Owner/Operator, Jan 2009 to Jan 2012')).toContain('founder');
    expect(ids('Product Owner for the payments team')).not.toContain('founder');
  });

  it('knows server-side frameworks, ORMs and RPC frameworks as back-end work', () => {
    for (const id of ['django', 'spring-boot', 'laravel', 'gin', 'mybatis', 'hibernate', 'dubbo', 'grpc'])
      expect(taxonomy.ancestors(id)).toContain('backend');
    // Front-end frameworks stay front-end.
    for (const id of ['react', 'vue', 'angular']) expect(taxonomy.ancestors(id)).not.toContain('backend');
  });

  it('knows the aluminium trade under nonferrous metals, by its smelters and mills', () => {
    expect(ids('历任中国铝业股份有限公司副总裁')).toContain('aluminium');
    expect(ids('1985年起任包铝集团电解铝厂厂长')).toContain('aluminium');
    expect(taxonomy.ancestors('aluminium')).toContain('nonferrous-metals');
    expect(taxonomy.lookup('铝行业')).toBe('aluminium');
  });

  it('knows production management by its posts, not by a bare production', () => {
    expect(ids('Production Supervisor, 2012 to 2018, managed 40 operators on two shifts')).toContain(
      'production-management',
    );
    expect(ids('历任公司生产部经理、分管生产的副总经理')).toContain('production-management');
    expect(taxonomy.ancestors('workshop-director')).toContain('production-management');
    expect(ids('Supported the production environment and releases')).not.toContain('production-management');
  });

  it('knows computer technology as a computing major (a polytechnic diploma, 计算机技术)', () => {
    expect(ids('July 2009 to June 2013 Diploma Computer technology, K K Wagh Polytechnic')).toContain(
      'computer-science',
    );
    expect(ids('计算机技术专业大专毕业')).toContain('computer-science');
  });

  it('knows military branches, patch management, an IT service desk, California and E&TC', () => {
    expect(ids('Served in the U.S. Navy as an electronics technician')).toContain('navy');
    expect(ids('USAF, 1998 - 2006')).toContain('air-force');
    for (const id of ['navy', 'air-force']) expect(taxonomy.ancestors(id)).toContain('military');
    expect(ids('负责服务器补丁管理和漏洞修复')).toContain('patch-management');
    expect(ids('Monthly patching with WSUS and SCCM')).toContain('patch-management');
    expect(ids('Installed patch panels and cabling')).not.toContain('patch-management');
    expect(ids('任IT服务台主管')).toContain('help-desk');
    expect(ids('现居加州，从事软件开发')).toContain('california');
    expect(taxonomy.ancestors('san-francisco')).toContain('california');
    expect(ids('B.E. (E&TC), Pune University, 2014')).toContain('electronics-communication');
  });

  it('knows budgeting asked as 预算 in a query, and variance analysis under it', () => {
    expect(taxonomy.lookup('预算')).toBe('budgeting');
    expect(ids('负责编制年度预算')).not.toContain('budgeting');
    expect(ids('按月做预算差异分析')).toContain('variance-analysis');
    expect(taxonomy.ancestors('variance-analysis')).toContain('budgeting');
  });

  it('knows the first-tier cities as a group, intellectual property and its kinds, and expense claims', () => {
    expect(taxonomy.lookup('北上广深')).toBe('tier-one-cities');
    for (const city of ['beijing', 'shanghai', 'guangzhou', 'shenzhen'])
      expect(taxonomy.ancestors(city)).toContain('tier-one-cities');
    expect(taxonomy.ancestors('hangzhou')).not.toContain('tier-one-cities');
    expect(ids('负责公司知识产权管理')).toEqual(['intellectual-property']);
    expect(taxonomy.ancestors(taxonomy.lookup('发明专利') ?? taxonomy.lookup('专利') ?? '')).toContain(
      'intellectual-property',
    );
    expect(ids('Filed trademark and copyright registrations')).toEqual(['trademarks', 'copyright']);
    expect(ids('Audited employee expense reports in Concur')).toEqual(['expense-reimbursement', 'sap-concur']);
    // `concur` as a verb is no tool.
    expect(ids('I concur with the findings')).not.toContain('sap-concur');
  });

  it('reads 技术经理 as a tech lead, whose ranks (engineering managers, technical directors) it takes in', () => {
    expect(taxonomy.lookup('技术经理')).toBe('tech-lead');
    expect(taxonomy.descendants('tech-lead')).toEqual(
      expect.arrayContaining(['engineering-manager', 'technical-director']),
    );
  });

  it('knows credit cards apart from credit (lending), and Form 1099 as tax work', () => {
    expect(ids('Reconciled corporate credit card statements')).toEqual(['credit-cards']);
    expect(ids('Credit analysis for SME lending')).toContain('credit');
    expect(ids('Credit analysis for SME lending')).not.toContain('credit-cards');
    expect(ids('Prepared 1099s for vendors')).toEqual(['form-1099']);
    expect(taxonomy.ancestors('form-1099')).toContain('tax');
  });

  it('knows code review, in either language and by pull request', () => {
    expect(ids('负责代码审查与重构')).toEqual(['code-review', 'refactoring']);
    expect(ids('Reviewed pull requests and led code reviews')).toEqual(['code-review', 'code-review']);
  });

  it('knows the supply and marketing cooperatives and the state materials system as trades', () => {
    expect(ids('1985年起在县供销合作社工作，后任市物资局副局长')).toEqual([
      'supply-marketing-coop',
      'materials-distribution',
    ]);
    expect(taxonomy.kind('materials-distribution')).toBe('industry');
    // Materials bought by any firm (物资采购) are no trade.
    expect(ids('负责物资采购')).not.toContain('materials-distribution');
  });

  it('knows San Diego and San Jose in California, and MS SQL Server written out', () => {
    expect(taxonomy.ancestors(taxonomy.lookup('san diego') ?? '')).toContain('california');
    expect(taxonomy.ancestors(taxonomy.lookup('san jose') ?? '')).toContain('california');
    expect(taxonomy.lookup('ms sql server')).toBe('sql-server');
    expect(taxonomy.lookup('microsoft sql server')).toBe('sql-server');
  });

  it('knows adjunct and visiting professors under professors, production planning and data centres', () => {
    expect(taxonomy.lookup('客座教授')).toBe('adjunct-professor');
    expect(taxonomy.ancestors('adjunct-professor')).toContain('professor');
    expect(ids('Production Planner, 2014 - 2019')).toContain('production-planning');
    expect(ids('负责数据中心迁移')).toContain('data-center');
  });

  it('knows India’s main languages as spoken languages, apart from their states', () => {
    expect(ids('Languages known: English, Hindi, Marathi')).toEqual(['hindi', 'marathi']);
    expect(taxonomy.kind('gujarati')).toBe('spoken');
    expect(ids('Chennai, Tamil Nadu')).toEqual(['chennai', 'tamil-nadu']);
  });

  it('knows a staff-elected supervisor (职工代表监事) as such, under the supervisory board', () => {
    expect(taxonomy.lookup('职工代表监事')).toBe('employee-supervisor');
    expect(taxonomy.lookup('职工监事')).toBe('employee-supervisor');
    expect(taxonomy.ancestors('employee-supervisor')).toContain('supervisory-board');
    expect(taxonomy.lookup('股东代表监事')).toBe('supervisory-board');
  });

  it('knows teachers’ universities as one kind of school, and 武大 in a query', () => {
    expect(ids('1985年毕业于福建师范大学')).toContain('normal-university');
    expect(taxonomy.ancestors('bnu')).toContain('normal-university');
    expect(taxonomy.lookup('武大')).toBe('whu');
  });

  it('knows a secondary vocational school (中专) apart from high school, and under it', () => {
    expect(ids('1975年中专毕业，历任技术员')).toEqual(['secondary-vocational']);
    expect(ids('High school diploma')).toEqual(['high-school']);
    expect(taxonomy.ancestors('secondary-vocational')).toContain('high-school');
  });

  it('knows a PG diploma as postgraduate (not PostgreSQL) and business analytics as analysis', () => {
    expect(ids('PG Diploma in Business Analytics, 2019')).toEqual(['pg-diploma', 'business-analytics']);
    expect(taxonomy.ancestors('pg-diploma')).toContain('master');
    expect(taxonomy.ancestors('business-analytics')).toContain('data-analysis');
    expect(ids('Tuned PG queries')).toEqual(['postgresql']);
  });

  it('knows prefecture-level cities under their provinces, and India’s states over their cities', () => {
    expect(ids('1998年起任内蒙古包头钢铁公司总工程师')).toEqual(expect.arrayContaining(['inner-mongolia', 'baotou']));
    expect(taxonomy.ancestors('yueyang')).toContain('hunan');
    expect(taxonomy.ancestors('hohhot')).not.toContain('baotou');
    // A name that is also a word or a person's name only with 市 (中山大学 is a university, 北海道 an island).
    expect(ids('毕业于中山大学')).not.toContain('zhongshan-guangdong');
    expect(ids('广东省中山市')).toContain('zhongshan-guangdong');
    // Pinyin that is two cities' (台州, 泰州) or a given name (新余 Xinyu) is left to Chinese.
    expect(ids('Xinyu Wang, Taizhou')).toEqual([]);
    expect(ids('Bengaluru, Karnataka')).toEqual(['bangalore', 'karnataka']);
    expect(taxonomy.ancestors('bangalore')).toEqual(expect.arrayContaining(['karnataka', 'india']));
    expect(taxonomy.ancestors('visakhapatnam')).toContain('andhra-pradesh');
  });

  it('knows Chinese provinces and regions, each above its cities', () => {
    expect(ids('曾任美的集团（佛山顺德）副总裁；广东省人大代表')).toEqual([
      'midea',
      'foshan',
      'foshan',
      'chief-executive',
      'guangdong',
      'npc-deputy',
    ]);
    expect(taxonomy.ancestors('foshan')).toEqual(expect.arrayContaining(['guangdong', 'pearl-delta', 'south-china']));
    expect(taxonomy.ancestors('shenzhen')).toContain('guangdong');
    expect(taxonomy.ancestors('hangzhou')).toEqual(expect.arrayContaining(['zhejiang', 'yangtze-delta', 'jiangzhehu']));
    expect(taxonomy.kind('guangdong')).toBe('city');
  });

  it('knows pre-sales, technical support, the semiconductor trade and employee honours in either language', () => {
    expect(ids('售前技术支持；Pre-Sales Engineer')).toEqual(['presales', 'presales']);
    expect(ids('Help Desk technician; 技术支持')).toEqual(['help-desk', 'tech-support']);
    expect(taxonomy.ancestors('help-desk')).toContain('tech-support');
    expect(ids('展讯通信 (Spreadtrum), a semiconductor firm')).toEqual([
      'semiconductor-industry',
      'semiconductor-industry',
      'semiconductor-industry',
    ]);
    expect(taxonomy.ancestors('ic-design')).toContain('semiconductor-industry');
    expect(ids('Employee of the Month, 2015; 年度优秀员工')).toEqual(['employee-award', 'employee-award']);
    expect(taxonomy.ancestors('employee-award')).toContain('award');
    expect(ids('Jaipur, Rajasthan; Houston, TX')).toEqual(['jaipur', 'rajasthan', 'houston']);
  });

  it('knows SOX by its name, under internal control and compliance', () => {
    expect(ids('Sarbanes-Oxley (SOX) 404 documentation')).toEqual(['sox', 'sox']);
    expect(taxonomy.ancestors('sox')).toEqual(expect.arrayContaining(['internal-control', 'compliance']));
  });

  it('knows MS Project, HVAC and the software engineer in either language', () => {
    expect(ids('Tools: MS Project 2010, Microsoft Project')).toEqual(['ms-project', 'ms-project']);
    expect(ids('HVAC technician; 暖通空调设计')).toEqual(['hvac', 'hvac']);
    expect(ids('Software Engineer at Acme; 软件开发工程师')).toEqual(['software-engineer', 'software-engineer']);
    expect(taxonomy.ancestors('backend')).toContain('software-engineer');
  });

  it('knows each ERP suite and HR system as its own, under ERP and HRIS', () => {
    expect(ids('Implemented PeopleSoft HRMS and SAP FICO')).toEqual(['peoplesoft', 'hris', 'sap-fico']);
    expect(taxonomy.ancestors('peoplesoft')).toEqual(expect.arrayContaining(['erp', 'hris']));
    expect(taxonomy.ancestors('sap')).toEqual(['erp']);
    expect(taxonomy.ancestors('sap-fico')).toEqual(['sap', 'erp']);
    expect(ids('Administered Workday for 3,000 employees')).toEqual(['workday']);
  });

  it('knows foreign banks by their names in either language, under foreign banks and banking', () => {
    expect(ids('曾任汇丰银行，后加入花旗、渣打')).toEqual(['hsbc', 'citibank', 'standard-chartered']);
    expect(ids('Analyst at HSBC Software; Citibank; Standard Chartered Bank')).toEqual([
      'hsbc',
      'citibank',
      'standard-chartered',
    ]);
    expect(taxonomy.ancestors('hsbc')).toEqual(expect.arrayContaining(['foreign-banks', 'banking']));
    expect(taxonomy.lookup('外资银行')).toBe('foreign-banks');
    // `DBs` are databases; DBS in capitals is the bank.
    expect(ids('Managed Oracle DBs; joined DBS in 2015')).toEqual(['oracle-db', 'dbs-bank']);
    // Short names inside other words are no banks (外资行政助理, 黄埔大道富力, 金瑞信科技, 花旗参, 瑞银信支付,
    // 美国银行业监管), nor is the CITI Program in capitals; queries still read them.
    expect(ids('外资行政助理；黄埔大道富力；金瑞信科技；花旗参；瑞银信；美国银行业监管')).toEqual([
      'administrative-assistant',
    ]);
    const plain = 'CITI Program; worked at Citi';
    expect(taxonomy.findAll(fold(plain), plain).map((h) => h.id)).toEqual(['citibank']);
    for (const [word, id] of [
      ['外资行', 'foreign-banks'],
      ['道富', 'state-street'],
      ['瑞信', 'credit-suisse'],
    ])
      expect(taxonomy.lookup(word as string), word).toBe(id);
  });

  it('knows transport as a trade, with airports, ports, railways, highways and logistics under it', () => {
    expect(taxonomy.lookup('交通运输行业')).toBe('transportation-industry');
    for (const id of ['aviation', 'shipping-industry', 'railway', 'highway-industry', 'logistics-industry'])
      expect(taxonomy.ancestors(id), id).toContain('transportation-industry');
    expect(ids('机场、铁路、港口')).toEqual(['aviation', 'railway', 'ports-harbours']);
  });

  it('reads 精益 as Lean in a query, not in the idiom 精益求精', () => {
    expect(ids('良好的代码风格，对代码精益求精')).toEqual([]);
    expect(ids('推行精益生产和5S管理，主导精益改善项目')).toEqual(['lean', 'lean', 'lean']);
    expect(taxonomy.lookup('精益')).toBe('lean');
  });

  it('reads a bio’s 无境外永久居留权 as no time abroad, and a school’s whole name before a short name inside it', () => {
    expect(ids('本科学历，无境外永久居留权')).toEqual(['bachelor', 'no-foreign-residency']);
    expect(ids('具有境外永久居留权')).toEqual(['foreign-residency']);
    expect(ids('未取得境外永久居留权；不拥有境外永久居留权')).toEqual(['no-foreign-residency', 'no-foreign-residency']);
    expect(taxonomy.ancestors('foreign-residency')).toEqual(['overseas']);
    // 南大 (Nanjing University) inside 暨南大学, 北大 inside 河北大学: other schools.
    expect(ids('毕业于暨南大学、河北大学、西南交通大学')).toEqual(['jinan-university', 'hebei-university', 'swjtu']);
    // 上交 is SJTU in a query, and to hand in in a résumé.
    expect(ids('每周按时上交报告')).toEqual([]);
    expect(taxonomy.lookup('上交')).toBe('sjtu');
  });

  it('reads nothing in a shadowed word, not even the alias inside it', () => {
    expect(ids('艾德思科技有限公司；Java字节码操作；电容器制造；发表于国内核心期刊')).toEqual(['java']);
    // 思科技术 is Cisco's own; IT infrastructure (基础设施管理) is no facilities management.
    expect(ids('熟悉思科技术；负责IT基础设施管理')).toEqual(['cisco', 'it-infrastructure']);
    expect(taxonomy.ancestors('it-infrastructure')).toContain('it-sector');
    expect(ids('全国人大财经委员会委员')).toEqual(['npc-deputy']);
    // 摩托罗拉 (Motorola) makes no motorcycles, nor is a 摩托艇 one; 钱江摩托 does. 消费城市 is no Philadelphia.
    expect(ids('曾任职于摩托罗拉亚太区；摩托艇；消费城市')).toEqual(['motorola']);
    expect(ids('浙江钱江摩托股份有限公司')).toEqual(['zhejiang', 'motorcycles']);
    // The aliases themselves still count, and a query still reads 字节 as ByteDance.
    expect(ids('思科路由器，字节跳动，容器化部署')).toEqual(['cisco', 'bytedance', 'container']);
    expect(taxonomy.lookup('字节')).toBe('bytedance');
    // A shadowed word is no alias.
    for (const word of SHADOWED) expect(taxonomy.lookup(word), word).toBeUndefined();
  });

  it('knows a trade inside a broader one as its own (制糖, 饲料), found by a query for the broader', () => {
    expect(ids('广西糖业集团；饲料厂厂长')).toEqual(['guangxi', 'sugar-industry', 'animal-feed', 'plant-manager']);
    expect(taxonomy.ancestors('sugar-industry')).toEqual(['food-beverage']);
    expect(taxonomy.ancestors('animal-feed')).toEqual(['agriculture']);
  });

  it('knows a craft inside a broader skill as its own (Group Policy in Active Directory, 税务筹划 in tax)', () => {
    expect(ids('Managed Group Policy objects; 熟悉税务筹划; able to read blueprints')).toEqual([
      'group-policy',
      'tax-planning',
      'blueprint-reading',
    ]);
    // A plan or a product's blueprint is no drawing read.
    expect(ids('Azure Blueprints; a blueprint for the transformation')).toEqual(['azure']);
    expect(taxonomy.ancestors('group-policy')).toEqual(['active-directory', 'directory-services']);
    expect(taxonomy.ancestors('tax-planning')).toEqual(['tax', 'finance-function']);
  });

  it('knows information security by its English names', () => {
    for (const name of ['information security', 'IT security', 'InfoSec', 'cyber security'])
      expect(taxonomy.lookup(name), name).toBe('security');
  });

  it('knows facilities management, with plant facilities under it', () => {
    expect(ids('Facilities Manager; facility management for 3 sites; 设施管理')).toEqual([
      'facilities-management',
      'facilities-management',
      'facilities-management',
    ]);
    // … and under an office's facilities and general affairs (后勤).
    expect(taxonomy.ancestors('facilities-engineering')).toEqual(['facilities-management', 'facilities-admin']);
  });

  it('reads dotted degrees with or without their last dot', () => {
    expect(ids('M.S. in Computer Engineering')).toContain('master');
    expect(ids('M.S : Computer Science Illinois Institute of Technology')).toContain('master');
    expect(ids('B.S. Computer Science')).toContain('bachelor-of-science');
    expect(ids('Ph.D. in Physics')).toContain('phd');
  });

  it('finds multi-word, compound and Chinese aliases', () => {
    expect(ids('熟悉 Spring Boot、K8S 与消息队列，用过 node.js')).toEqual([
      'spring-boot',
      'kubernetes',
      'message-queue',
      'node.js',
    ]);
  });

  it('knows recommender systems and device drivers by their usual compounds', () => {
    expect(ids('搭建推荐广告的CTR预估系统')).toContain('recommender-systems');
    expect(ids('信息流个性化推荐架构')).toContain('recommender-systems');
    expect(ids('built a recommendation engine with collaborative filtering')).toContain('recommender-systems');
    expect(ids('负责Linux驱动开发与BSP移植')).toContain('device-drivers');
    expect(ids('wrote kernel drivers for the sensor board')).toContain('device-drivers');
    // `configuration management` is a manufacturing and SCM term too: not infrastructure as code.
    expect(ids('AutoCAD, CMM, Configuration Management, continuous improvement')).not.toContain('iac');
    expect(ids('Terraform 基础设施即代码')).toContain('iac');
    // Honours under their variant wordings.
    for (const text of ['享受国务院政府特殊津贴', '受国务院颁发特殊津贴', '批准享受政府特殊津贴专家'])
      expect(ids(text), text).toContain('special-allowance');
    expect(ids('入选教育部长江学者特聘教授')).toContain('talent-program');
    // `推荐` alone (a referral, 推荐信) is not the concept.
    expect(ids('内部推荐入职，附推荐信')).not.toContain('recommender-systems');
  });

  it('knows object-oriented programming by its Chinese and English names', () => {
    for (const text of [
      '熟悉面向对象编程思想',
      'Strong in OOPs concepts',
      'object oriented design with UML',
      '面向对象设计',
    ])
      expect(ids(text), text).toContain('object-oriented-programming');
    expect(ids('objects in the scene graph')).not.toContain('object-oriented-programming');
  });

  it('counts Go the language, not the English verb', () => {
    expect(ids('熟悉 Go 并发编程')).toEqual(['go', 'multithreading']);
    expect(ids('支持go, js, lua等语言')).toEqual(['go', 'javascript', 'lua']);
    expect(ids('We are ready to go live next week')).toEqual([]);
    expect(ids('Wrote the whole test case at one go.')).toEqual([]);
    expect(ids('"ready to go" and "just in time" delivery')).toEqual([]);
    expect(ids('Languages: Python, R and Go')).toEqual(['python', 'r', 'go']);
    expect(ids('Java, go, Python')).toEqual(['java', 'go', 'python']);
    // Joined to another technology by "or"/"and", between English words it is still the language.
    expect(ids('Strong Go or Python skills')).toEqual(['go', 'python']);
    expect(ids('who knows Rust and Go well')).toEqual(['rust', 'go']);
    expect(ids('ready to Go or not')).toEqual([]);
    expect(ids('we go and see')).toEqual([]);
    expect(ids('Go- to person for the site; the "go to" person')).toEqual([]);
    expect(ids('Spring 2019 intern, Spring semester')).not.toContain('spring');
    expect(ids('Java、Spring、Zookeeper')).toEqual(['java', 'spring', 'zookeeper']);
    expect(ids('Rust/Java/Python/C')).toEqual(['rust', 'java', 'python', 'c']);
    expect(ids('Plan C-level reporting')).toEqual(['senior-executives']);
  });

  it('ignores words inside URLs and domains', () => {
    expect(ids('https://github.com/lewiszlw and debank.com')).toEqual([]);
    // Wherever they stand: after a full-width space or a bracket, without a dot, in capitals.
    expect(ids('博客\u3000kafka.example.com（python.org）HTTP://LOCALHOST:3000/redis.')).toEqual(['tech-blog']);
    // The words around them still count, and dotted skill names are no addresses.
    expect(ids('Redis, see https://redis.io/docs; Node.js and ASP.NET')).toEqual(['redis', 'node.js', '.net']);
    // Nor are degrees written like domains.
    expect(ids('B.Com (2013), M.Com. and M.Tech')).toEqual(['bcom', 'mcom', 'mtech']);
  });
});

describe('who teaches at a university, part-time graduate study, business management, trades’ work, a quality post', () => {
  const ids = (text: string): string[] => taxonomy.findAll(fold(text), text).map((h) => h.id);

  it('reads professors, lecturers and supervisors as university faculty; a firm’s trainer is none', () => {
    expect(ids('在高校任教十余年')).toEqual(['university-faculty']);
    expect(ids('清华大学经济管理学院会计系副教授')).toContain('associate-professor');
    expect(taxonomy.ancestors('associate-professor')).toContain('university-faculty');
    expect(taxonomy.ancestors('doctoral-supervisor')).toContain('university-faculty');
    expect(ids('历任大学讲师、副教授')).toEqual(['lecturer', 'associate-professor']);
    // A bio's title after its school or department; a firm's, a training school's or an online course's is none.
    expect(ids('首都经贸大学讲师')).toContain('lecturer');
    expect(ids('兼职讲师，网课讲师，驾校讲师，讲师团成员，担任技术分享讲师')).toEqual([]);
    expect(ids('担任企业内训讲师')).toEqual(['trainer']);
    expect(ids('历任讲师、副教授')).toContain('lecturer');
    expect(ids('英语系助教、讲师')).toContain('lecturer');
    expect(ids('Senior Lecturer, Department of History')).toEqual(['lecturer']);
    // A firm's own lecturer is its trainer, no university's.
    expect(ids('爱奇艺公司级讲师')).toEqual(['iqiyi', 'trainer']);
    expect(ids('集团内部讲师')).toEqual(['trainer']);
    expect(ids('担任企业培训讲师')).toEqual(['trainer']);
    // A bare 高校 is a university: who graduated from one is no teacher there.
    expect(taxonomy.lookup('高校')).toBeUndefined();
  });

  it('reads an EMBA and graduate classes for who works as a part-time master’s', () => {
    expect(taxonomy.ancestors('emba')).toEqual(expect.arrayContaining(['mba', 'in-service-master', 'master']));
    expect(ids('南京大学研究生课程进修班结业')).toEqual(['nju', 'in-service-master']);
    expect(ids('会计学硕士同等学力进修')).toContain('in-service-master');
    expect(ids('担任研究生班长、研究生班班长')).toEqual([]);
    expect(ids('以同等学力申请博士学位')).not.toContain('in-service-master');
    expect(ids('本科或同等学力')).toEqual(['bachelor']);
  });

  it('reads business management as a field of study, not management work', () => {
    expect(ids('毕业于南开大学企业管理专业')).toContain('business-management');
    expect(ids('Bachelor of Science : Business Management')).toContain('business-management');
    expect(taxonomy.ancestors('business-management')).toContain('management-studies');
    expect(ids('长期从事企业管理工作')).not.toContain('business-management');
  });

  it('reads sheet metal, commissioning and data cleaning; not a programmer’s 调试 nor a young start-up', () => {
    expect(ids('负责钣金件设计与钣金加工工艺')).toEqual(['sheet-metal', 'sheet-metal']);
    expect(ids('Sheet metal fabrication')).toContain('sheet-metal');
    expect(ids('负责生产线设备安装调试及试车投产')).toEqual(['commissioning', 'commissioning']);
    expect(ids('Start-up and commissioning of a gas plant')).toContain('commissioning');
    expect(ids('负责接口联调与程序调试')).not.toContain('commissioning');
    expect(ids('负责服务器安装调试，网络设备调试，汽车试车员')).not.toContain('commissioning');
    expect(ids('Joined a start-up as its first engineer')).not.toContain('commissioning');
    expect(ids('用Pandas做数据清洗')).toContain('data-cleaning');
    expect(taxonomy.ancestors('data-cleaning')).toContain('data-analysis');
  });

  it('reads a machinery maker by its name, and machine tools as a trade of their own under machinery', () => {
    expect(ids('曾任鞍重机器厂财务负责人')).toContain('machinery');
    expect(ids('徐州重型机械有限公司')).toContain('machinery');
    expect(ids('大连智云自动化装备股份有限公司')).toContain('machinery');
    expect(ids('起重机司机')).not.toContain('machinery');
    expect(ids('沈阳机床股份有限公司')).toContain('machine-tool-industry');
    expect(taxonomy.ancestors('machine-tool-industry')).toContain('machinery');
  });

  it('reads the head of a firm’s quality as a quality manager, under quality work', () => {
    expect(ids('任质量部经理')).toEqual(['quality-manager']);
    expect(ids('Quality Manager @ Company Name')).toEqual(['quality-manager']);
    expect(taxonomy.ancestors('quality-manager')).toContain('quality-management');
  });

  it('reads risk, project, marketing, brand, warehouse, treasury and costing posts by their own names', () => {
    expect(ids('2015年起任风险经理、首席风险官')).toEqual(['risk-management', 'risk-management']);
    expect(ids('Senior Risk Manager @ Acme Bank')).toContain('risk-management');
    // Risk in a résumé is everyone's word: only the practice and its posts count.
    expect(ids('Identified and mitigated project risks')).not.toContain('risk-management');
    expect(ids('任IT项目经理')).toContain('project-management');
    expect(ids('IT Project Manager, 2012 - 2018')).toContain('project-management');
    expect(ids('Program Manager (Software Delivery)')).toContain('project-management');
    // A building site's 项目经理部 is a unit, not its manager; a site's project manager runs construction.
    expect(ids('中建八局某项目经理部 资料员')).not.toContain('project-management');
    expect(ids('任施工项目经理')).toEqual(['construction-management']);
    expect(ids('任市场经理、品牌经理')).toEqual(['marketing', 'brand-management']);
    expect(ids('从事资本市场研究')).not.toContain('marketing');
    expect(ids('仓库主管')).toEqual(['warehouse']);
    expect(ids('维护代码仓库')).not.toContain('warehouse');
    expect(ids('任资金经理')).toEqual(['treasury']);
    expect(ids('成本经理')).toEqual(['cost-accounting']);
  });

  it('reads IT, in capitals, as working in IT, where software, operations, networks and support belong', () => {
    expect(ids('Ten years in IT at a bank')).toContain('it-sector');
    expect(ids('曾在IT行业工作')).toContain('it-sector');
    // In prose, it is a pronoun.
    expect(ids('Made it happen and kept it running')).not.toContain('it-sector');
    expect(taxonomy.lookup('IT')).toBe('it-sector');
    for (const id of ['software-engineer', 'ops', 'network-engineer', 'it-manager', 'tech-support'])
      expect(taxonomy.ancestors(id)).toContain('it-sector');
  });

  it('reads coking as a chemical trade of its own, and 得州 as Texas, never 德州 (Dezhou)', () => {
    expect(ids('现担任山西焦化股份有限公司董事')).toContain('coking-industry');
    expect(ids('负责焦炭、煤炭贸易')).toEqual(['coking-industry', 'coal-industry']);
    expect(taxonomy.ancestors('coking-industry')).toContain('chemical-industry');
    expect(ids('在得州休斯敦工作')).toEqual(['texas', 'houston']);
    expect(ids('山东德州人')).not.toContain('texas');
  });

  it('knows a retailer by the words of its name, not an app’s points mall', () => {
    expect(ids('沈阳商业城股份有限公司董事')).toContain('retail');
    expect(ids('山东银座购物中心有限公司董事长')).toContain('retail');
    expect(ids('任海烟商厦经理')).toContain('retail');
    expect(ids('设计并开发积分商城功能')).not.toContain('retail');
  });

  it('reads the financial manager certificates (国际财务管理师, IFM, 注册财务管理师) as certificates', () => {
    expect(ids('高级国际财务管理师（SIFM）')).toEqual([
      'financial-manager-certificate',
      'financial-manager-certificate',
    ]);
    expect(ids('会计师，注册财务管理师')).toContain('financial-manager-certificate');
    expect(taxonomy.ancestors('financial-manager-certificate')).toContain('certificate');
  });

  it('reads no coking in focusing, no Texas in a prefecture’s award, no IT in what is not IT', () => {
    expect(ids('聚焦化工新材料')).not.toContain('coking-industry');
    expect(ids('获得州级优秀教师称号')).not.toContain('texas');
    expect(ids('Non-IT recruiter for retail clients')).not.toContain('it-sector');
    expect(ids('华强北商业大厦12楼')).not.toContain('retail');
  });

  it('knows Japanese employers by the words for them and their names, not a day’s output', () => {
    expect(ids('曾任日本特殊工业株式会社技术部长')).toContain('japanese-company');
    expect(ids('东风日产乘用车公司财务总监')).toContain('nissan');
    expect(ids('焦炉日产焦炭1000吨')).not.toContain('nissan');
    expect(taxonomy.lookup('日企')).toBe('japanese-company');
    for (const id of ['honda', 'nissan', 'toyota', 'hitachi'])
      expect(taxonomy.ancestors(id)).toEqual(expect.arrayContaining(['japanese-company', 'foreign-company']));
    // By their names as employers: a brand is as often a product, and short names sit inside other words.
    expect(ids('熟悉三菱PLC编程')).not.toContain('mitsubishi');
    expect(ids('次日立即处理客户投诉')).not.toContain('hitachi');
    expect(ids('负责机电装配调试')).not.toContain('denso');
  });

  it('reads decoration, salt chemicals, low-voltage systems and representative offices as trades, not their false friends', () => {
    expect(ids('上海凤凰装饰有限公司总经理')).toContain('decoration-industry');
    expect(ids('运用装饰器模式对SQL输出进行转换')).not.toContain('decoration-industry');
    expect(ids('青海盐湖钾肥股份有限公司副总经理')).toContain('salt-chemical');
    expect(taxonomy.ancestors('salt-chemical')).toContain('chemical-industry');
    expect(ids('山西运城市盐湖区')).not.toContain('salt-chemical');
    expect(ids('负责视频监控、门禁系统和综合布线')).toEqual(['elv-systems', 'elv-systems', 'elv-systems']);
    expect(ids('Installed CCTV cameras and access control systems')).toEqual(['elv-systems', 'elv-systems']);
    expect(ids('CCTV财经频道特约评论员')).not.toContain('elv-systems');
    expect(ids('任中国工商银行新加坡代表处首席代表')).toEqual([
      'icbc',
      'singapore',
      'representative-office',
      'chief-representative',
    ]);
    expect(taxonomy.ancestors('chief-representative')).toContain('representative-office');
    expect(ids('负责公司首代产品研发')).not.toContain('chief-representative');
    expect(ids('曾任某街道办事处主任')).toEqual([]);
    expect(ids('国家装配式建筑示范项目')).not.toContain('decoration-industry');
  });

  it('knows student leaders, allied health certificates and Oracle Forms', () => {
    expect(ids('大学期间任学生会主席')).toContain('student-leader');
    expect(ids('Senator, Student Government Association')).toContain('student-leader');
    expect(ids('ACCA学生会员')).not.toContain('student-leader');
    expect(taxonomy.lookup('学生会')).toBe('student-leader');
    expect(ids('Certified Nursing Assistant; EMT-Basic')).toEqual(['nursing-assistant', 'emt']);
    expect(ids('Electrocardiography Certification (EKG)')).toContain('ekg-technician');
    // A pharmacy technician is no pharmacist; a Novell CNA is no nursing assistant.
    expect(ids('Certified Pharmacy Technician')).toEqual(['pharmacy-technician']);
    expect(ids('MCSE, CNA, CompTIA A+')).not.toContain('nursing-assistant');
    expect(ids('Developed Oracle Forms 6i and Reports')).toContain('oracle-forms');
  });

  it('knows schools by recruiters’ nicknames for their groups, and VTU, University of Phoenix, Xi’an Jiaotong', () => {
    for (const id of ['buaa', 'hit', 'nwpu', 'nanjing-university-of-aeronautics-and-astronautics'])
      expect(taxonomy.ancestors(id)).toContain('defence-seven');
    expect(taxonomy.ancestors('cupl')).toContain('law-five');
    expect(taxonomy.ancestors('ecupl')).toContain('law-five');
    expect(taxonomy.ancestors('peking-university')).not.toContain('law-five');
    expect(taxonomy.lookup('国防七子')).toBe('defence-seven');
    expect(ids('B.E., Visvesvaraya Technological University, Belgaum')).toContain('vtu');
    expect(ids('BS, Information Technology, University of Phoenix')).toContain('university-of-phoenix');
    expect(taxonomy.lookup("Xi'an Jiaotong")).toBe('xjtu');
  });

  it('counts the internet companies, big tech and the rest, as the internet trade', () => {
    for (const id of ['meituan', 'alibaba', 'baidu', 'iqiyi', 'sina', 'amazon'])
      expect(taxonomy.ancestors(id)).toContain('internet-industry');
    expect(taxonomy.ancestors('microsoft')).not.toContain('internet-industry');
  });

  it('reads professional affiliations and user groups as memberships, AITP and ISSA among them', () => {
    expect(ids('Professional Affiliations: AITP, VMware User Group')).toEqual([
      'professional-association',
      'aitp',
      'vmware',
      'professional-association',
    ]);
    expect(ids('Member, ISSA')).toContain('issa');
    expect(ids('Issa Khan, accountant')).not.toContain('issa');
  });

  it('reads design for manufacturing (DFM, DFMA, 可制造性设计), and DFA only in capitals', () => {
    expect(ids('Design for Manufacturability (DFM), Lean Manufacturing')).toEqual(['dfm', 'dfm', 'lean']);
    expect(ids('负责新产品的可制造性设计评审')).toContain('dfm');
    expect(ids('Built a dfa for the lexer')).not.toContain('dfm');
  });

  it('knows counts of stock, bearings, drives, layoffs and severance, a COO, non-profits and trainers’ certificates', () => {
    expect(ids('负责仓库盘点与库存盘点')).toEqual(['inventory-count', 'inventory-count']);
    expect(ids('Performed weekly cycle counts and a physical inventory')).toEqual([
      'inventory-count',
      'inventory-count',
    ]);
    expect(taxonomy.lookup('盘点')).toBe('inventory-count');
    expect(ids('人才盘点与年度盘点')).not.toContain('inventory-count');
    expect(ids('洛阳轴承厂厂长')).toContain('bearings-industry');
    expect(ids('Replaced worn bearings on conveyors')).not.toContain('bearings-industry');
    expect(ids('变频器调试，VFD programming')).toEqual(['vfd', 'vfd']);
    expect(ids('处理裁员与离职补偿')).toEqual(['layoffs', 'severance']);
    expect(ids('Chief Operating Officer (COO)')).toContain('coo');
    expect(taxonomy.ancestors('coo')).toContain('business-operations');
    expect(ids('Volunteer at a non-profit; NGO program officer')).toEqual(['volunteering', 'nonprofit', 'nonprofit']);
    expect(ids('Ngo Van Minh, accountant')).not.toContain('nonprofit');
    expect(ids('MBTI施测师，TTT认证')).toEqual(['mbti-practitioner', 'train-the-trainer', 'certificate']);
    expect(ids('MBTI: ENFP')).toEqual(['mbti']);
    expect(ids('因公司裁员离职')).not.toContain('layoffs');
    expect(ids('负责轴承、齿轮等零部件选型')).not.toContain('bearings-industry');
    expect(ids('做过人才盘点')).toEqual(['organization-development']);
  });

  it('knows a Chinese university by its short form (华东师大, 西安交大, 中南财大, 北京理工)', () => {
    expect(ids('1995年毕业于西安交大，后就读于华东师大')).toEqual(['xjtu', 'ecnu']);
    expect(taxonomy.lookup('中南财大')).toBe('zuel');
    expect(taxonomy.lookup('华中科大')).toBe('hust');
    expect(taxonomy.lookup('北京理工')).toBe('bit');
    // Not a form that now names another school: 上海科大 is ShanghaiTech.
    expect(taxonomy.lookup('上海科大')).not.toBe('shanghai-university');
    // Nor the school in a company named after it.
    expect(ids('上海交大昂立股份有限公司副总经理')).not.toContain('sjtu');
    // 中南财经大学 merged into ZUEL, but it was never one of the law schools' five.
    expect(ids('毕业于中南财经大学')).toEqual(['zhongnan-university-of-finance-and-economics']);
    expect(taxonomy.ancestors('zhongnan-university-of-finance-and-economics')).not.toContain('law-five');
    expect(ids('中南政法学院法律系')).toContain('zuel');
  });

  it('knows India’s universities by their English and Chinese names', () => {
    expect(ids('B.E. (Computer Science), Anna University, Chennai')).toContain('anna-university');
    expect(taxonomy.lookup('安娜大学')).toBe('anna-university');
    expect(ids('B.Com, Mumbai University')).toContain('university-of-mumbai');
    expect(taxonomy.lookup('孟买大学')).toBe('university-of-mumbai');
    expect(ids('B.Tech, JNTU Hyderabad')).toContain('jntu');
    expect(ids('B.Sc., Osmania University')).toContain('osmania-university');
    expect(ids('MBA, Sikkim Manipal University')).toEqual(['mba', 'sikkim-manipal-university']);
  });

  it('knows a foreign nationality, a tech blog, management trainees and reliability engineering', () => {
    expect(ids('吴鹰先生,独立董事,美国国籍,1959年出生')).toEqual(['independent-director', 'us-nationality']);
    expect(taxonomy.ancestors('us-nationality')).toContain('foreign-nationality');
    expect(ids('孙茜女士,加拿大国籍')).toEqual(['foreign-nationality']);
    expect(ids('男,英国籍,1960年出生')).toEqual(['foreign-nationality']);
    expect(ids('国籍新加坡')).toEqual(['foreign-nationality']);
    expect(taxonomy.ancestors('foreign-nationality')).toContain('overseas');
    expect(ids('Assisted foreign nationals with H-1B visas')).not.toContain('foreign-nationality');
    expect(ids('中国国籍,无境外永久居留权')).not.toContain('foreign-nationality');
    expect(ids('负责外籍员工的工作签证办理')).not.toContain('foreign-nationality');
    expect(ids('外籍教师')).toEqual(['teacher']);
    expect(ids('负责外国籍员工的签证')).not.toContain('foreign-nationality');
    expect(taxonomy.lookup('外籍')).toBe('foreign-nationality');
    expect(ids('个人博客: https://example.github.io')).toEqual(['tech-blog']);
    expect(ids('Technical Blog on socket programming')).toContain('tech-blog');
    expect(ids('2015届管理培训生；management trainee')).toEqual(['management-trainee', 'management-trainee']);
    expect(ids('负责可靠性测试与MTBF分析')).toEqual(['reliability-engineering', 'reliability-engineering']);
    expect(ids('提高服务的可用性、可靠性和安全性')).not.toContain('reliability-engineering');
    expect(taxonomy.lookup('可靠性')).toBe('reliability-engineering');
    expect(ids('站点可靠性工程师')).toEqual(['sre']);
    expect(ids('Develop in-depth reliability testing procedures')).toContain('reliability-engineering');
    expect(ids('Site Reliability Engineer')).not.toContain('reliability-engineering');
    expect(taxonomy.lookup('reliability')).toBe('reliability-engineering');
  });

  it('knows the makers of the grid’s equipment (电工 in their names is no electrician) and national research programmes', () => {
    expect(ids('曾任上海变压器厂副总工程师，上海华通开关厂厂长').filter((id) => id === 'power-equipment')).toHaveLength(
      2,
    );
    expect(ids('2010年1月至今任长城电工总会计师')).not.toContain('electrician');
    expect(ids('2010年1月至今任长城电工总会计师')).toContain('power-equipment');
    expect(ids('持证电工，负责车间线路维修')).toContain('electrician');
    // Who names the equipment mostly installs or maintains it (a query's 变压器 asks for the trade);
    // 电力设备 is the power trade, as before.
    expect(ids('Installed and tested switchgear and circuit breakers')).not.toContain('power-equipment');
    expect(taxonomy.lookup('变压器')).toBe('power-equipment');
    expect(ids('福州中能电力设备有限公司')).toContain('power-utility');
    expect(ids('掌握电工技术，持高压开关柜操作证')).not.toContain('power-equipment');
    expect(ids('负责和参加了国家自然科学基金重点项目、“973计划”')).toEqual([
      'national-research-grant',
      'national-research-grant',
    ]);
    expect(ids('主持国家级课题')).toEqual(['national-research-grant']);
  });

  it('reads training given online and its systems (LMS, 线上课程) as training, and a query’s bare 培训 as the trade', () => {
    expect(ids('Administered the Learning Management System (LMS)')).toEqual(['e-learning', 'e-learning']);
    // A course taken online is no training given; the words are read in queries only.
    expect(ids('HACCP Online Course certificate')).not.toContain('e-learning');
    expect(taxonomy.lookup('online courses')).toBe('e-learning');
    expect(ids('受过专业培训；在培训学校任教')).toEqual(['education-industry']);
    expect(ids('负责线上课程开发')).toEqual(['e-learning']);
    expect(taxonomy.ancestors('e-learning')).toContain('training-development');
    expect(taxonomy.lookup('培训')).toBe('training-development');
    expect(ids('参加过Java培训')).not.toContain('training-development');
  });

  it('reads a state, county, city or federal government as government, local and federal apart', () => {
    expect(
      ids('Worked for the county government, then the city government').filter((id) => id === 'local-government'),
    ).toHaveLength(2);
    expect(taxonomy.ancestors('local-government')).toContain('government-office');
    expect(taxonomy.ancestors('federal-government')).toContain('government-office');
    // Who files with agencies does not work for them: those forms are a query's.
    expect(ids('Set up tax accounts with state and federal agencies')).not.toContain('government-office');
    expect(taxonomy.lookup('federal government')).toBe('federal-government');
    expect(taxonomy.lookup('state agencies')).toBe('local-government');
    // How US federal résumés say so: the GS series and grade, the departments, the job announcement's words.
    for (const text of [
      'Information Technology Specialist (GS-2210), Company Name',
      'Systems Administrator GS -12',
      'This is a federal job',
      'Department of the Army, Fort Bragg',
      '曾在美国联邦政府任职',
    ])
      expect(ids(text)).toContain('federal-government');
    expect(ids('a GS 3 Clerk position')).not.toContain('federal-government');
    // DoD is as often a contractor's customer: a query's word.
    expect(ids('Network engineer supporting DoD customers')).not.toContain('federal-government');
    expect(taxonomy.lookup('dod')).toBe('federal-government');
  });

  it('knows preventive and predictive maintenance, CMMS, and workforce planning', () => {
    expect(ids('Set up a predictive maintenance program (vibration analysis) in the CMMS')).toEqual([
      'preventive-maintenance',
      'preventive-maintenance',
      'cmms',
    ]);
    expect(ids('负责设备的预防性维护')).toContain('preventive-maintenance');
    // IBM stays in IBM Maximo.
    expect(ids('IBM Maximo consultant')).toEqual(['ibm', 'cmms']);
    expect(ids('Manpower planning and workforce planning; 人力资源规划')).toEqual([
      'workforce-planning',
      'workforce-planning',
      'workforce-planning',
    ]);
    expect(ids('负责年度预算编制管理')).not.toContain('workforce-planning');
  });

  it('knows the makers of mobile phones as a trade, by the trade’s words and by their names', () => {
    expect(ids('在三星电子工作3年；OPPO 安卓开发')).toEqual(['samsung', 'oppo', 'android']);
    for (const id of ['samsung', 'oppo', 'nokia', 'xiaomi', 'huawei'])
      expect(taxonomy.ancestors(id)).toContain('phone-maker');
    expect(taxonomy.lookup('手机厂商')).toBe('phone-maker');
    expect(ids('In vivo and in vitro studies')).toEqual([]);
  });
  it('tells a team award, a spot award and a performance award from an employee of the month', () => {
    expect(ids('Winner of the Best Team Award in mid-size project category')).toContain('team-award');
    expect(ids('Our team was named Team of the Quarter')).toContain('team-award');
    // A bare `best team` is a query's: a résumé's `best team player` is no award.
    expect(ids('I am the best team player')).not.toContain('team-award');
    expect(taxonomy.lookup('best team')).toBe('team-award');
    expect(ids('Received multiple INSTA awards for my performance')).toContain('spot-award');
    expect(ids('Won The Rising Star Award for the year 2017')).toContain('performance-award');
    expect(ids('Winner of the Most Valuable Player Award')).toContain('performance-award');
    expect(ids('Employee of the Month, March 2019')).toEqual(['employee-award']);
    for (const id of ['team-award', 'spot-award', 'performance-award'])
      expect(taxonomy.ancestors(id)).toContain('award');
  });
  it('knows community, technical and vocational colleges, apart from a 职高', () => {
    expect(ids('Associate of Applied Science, Cuyahoga Community College')).toContain('community-college');
    expect(ids('Network Administration, ITT Technical Institute')).toContain('community-college');
    expect(ids('2008年毕业于深圳职业技术学院')).toContain('community-college');
    expect(taxonomy.lookup('高职')).toBe('community-college');
    expect(taxonomy.lookup('职高')).toBe('secondary-vocational');
  });
  it('knows translators and their titles, shift supervisors, and startups as employers', () => {
    expect(ids('2001年起任阿拉伯语译员')).toContain('translation-interpreting');
    expect(ids('Volunteer experience: SPE translator, Nepal medical assistance group')).toContain(
      'translation-interpreting',
    );
    expect(ids('英语专业，副译审')).toContain('translator-title');
    expect(taxonomy.ancestors('translator-title')).toContain('translation-interpreting');
    // An id is an alias of itself: never a word résumés use otherwise (Network Address Translation).
    expect(ids('Configured Network Address Translation (NAT) and ACLs')).not.toContain('translation-interpreting');
    expect(ids('Shift Supervisor, Company Name')).toContain('shift-supervisor');
    expect(ids('纺织厂运转班班长')).toContain('shift-supervisor');
    expect(ids('有过创业公司从0起步独立开发的经历')).toContain('startup-company');
    expect(ids('Bookkeeper for a start-up Internet Telephone Company')).not.toContain('startup-company');
    // A bare start-up is a plant's as often: a query's plural only is companies.
    expect(ids('Managed the installation and startup of several new projects')).toEqual([]);
    expect(taxonomy.lookup('startups')).toBe('startup-company');
    expect(taxonomy.lookup('start-up')).toBeUndefined();
  });
  it('knows US work authorization apart from filing visas, and university-run companies apart from their schools', () => {
    expect(ids('I am a U.S. citizen who is authorized to work in the US for any employer')).toContain(
      'us-work-authorization',
    );
    expect(ids('Visa Status : EAD')).toContain('us-work-authorization');
    expect(ids('持有美国绿卡')).toContain('us-work-authorization');
    expect(ids('Processed H-1B petitions for engineers')).toEqual(['work-visas']);
    expect(taxonomy.lookup('美国工作身份')).toBe('us-work-authorization');
    expect(ids('现任上海交大昂立股份有限公司独立董事')).toContain('university-enterprise');
    expect(ids('现任上海交大昂立股份有限公司独立董事')).not.toContain('sjtu');
    expect(ids('2007年7月在方正科技集团人力资源部工作')).toContain('university-enterprise');
    expect(taxonomy.lookup('tsinghua tongfang')).toBe('university-enterprise');
    expect(ids('高等专科学校校办产业处')).toContain('university-enterprise');
  });
  it('knows writing job descriptions and HR reporting, not a résumé heading', () => {
    expect(ids('Recruiting; write and update job descriptions; maintain org charts')).toContain('job-descriptions');
    expect(ids('负责编写各部门岗位说明书')).toContain('job-descriptions');
    expect(ids('Job Description: Handled high volume of accounts payable')).not.toContain('job-descriptions');
    expect(taxonomy.lookup('job description')).toBe('job-descriptions');
    expect(ids('Monthly management reporting on HR metrics')).toContain('hr-reporting');
    expect(ids('每月出人力报表，分析离职率')).toContain('hr-reporting');
  });
  it('knows US universities by the Big Ten and the Ivy League, their namesakes apart', () => {
    expect(ids('B.S. Computer Engineering, Dec. 2013 PURDUE UNIVERSITY GPA: 3.9')).toContain('purdue');
    expect(taxonomy.ancestors('purdue')).toContain('big-ten');
    expect(taxonomy.ancestors('harvard-university')).toContain('ivy-league');
    // Harvard Graphics and Harvard ManageMentor are software.
    expect(ids('Harvard Graphics, Lotus 1-2-3')).not.toContain('harvard-university');
    expect(ids('University of Michigan-Dearborn')).toEqual(['umich-dearborn']);
    expect(ids('曾在英属哥伦比亚大学访学')).not.toContain('columbia-university');
    expect(taxonomy.lookup('big ten')).toBe('big-ten');
    // Another school named after one is not in its conference, though in its state.
    expect(ids('University of Maryland University College - City, State')).toEqual(['umuc']);
    expect(taxonomy.ancestors('umuc')).not.toContain('big-ten');
    expect(taxonomy.ancestors('umuc')).toContain('maryland');
    expect(ids('B.A., Indiana University of Pennsylvania')).toContain('iup');
    expect(ids('Northwestern Polytechnical University')).not.toContain('northwestern-university');
  });
  it('knows APM tools under APM, and graduate teaching and research assistants', () => {
    for (const id of ['appdynamics', 'dynatrace', 'new-relic', 'datadog'])
      expect(taxonomy.ancestors(id)).toContain('apm-tools');
    expect(ids('Monitoring with New Relic and Datadog dashboards')).toEqual(['observability', 'new-relic', 'datadog']);
    expect(taxonomy.lookup('apm')).toBe('apm-tools');
    expect(ids('Testing Tools: CA LISA, APM (Amdocs Process Manager), SOA')).not.toContain('apm-tools');
    expect(ids('Graduate Teaching Assistant, Department of Physics')).toContain('teaching-assistant');
    expect(ids('曾任北京理工大学管理工程系助教')).toContain('teaching-assistant');
    expect(ids('Graduate Research Assistant, Purdue University')).toContain('research-assistant');
    expect(taxonomy.lookup('graduate ta')).toBe('teaching-assistant');
  });
  it('knows computer repair technicians', () => {
    expect(ids('Network Specialist ~ PC Technician IT Consultant')).toContain('computer-repair');
    expect(ids('Hardware: Build, repair and upgrade desktop computers. Computer repair and upgrade')).toContain(
      'computer-repair',
    );
    expect(taxonomy.lookup('pc repair tech')).toBe('computer-repair');
    expect(ids('负责公司电脑维修与网络维护')).toContain('computer-repair');
  });
  it('knows Chinese medicine makers by their names, and a secretary-general apart from a secretary', () => {
    expect(ids('曾任漳州片仔癀药业股份有限公司财务总监')).toContain('tcm-maker');
    expect(taxonomy.ancestors('tcm-maker')).toEqual(expect.arrayContaining(['chinese-medicine', 'pharmaceutical']));
    // Short names inside other words are none of them.
    expect(ids('浙江中控技术股份有限公司')).not.toContain('tcm-maker');
    expect(ids('1939年出生，一九三九年参加工作')).not.toContain('tcm-maker');
    expect(ids('任中国有色金属工业协会副秘书长')).toContain('secretary-general');
    expect(ids('任中国有色金属工业协会副秘书长')).not.toContain('administrative-assistant');
  });
  it('knows project management association members, not a maintenance PMI', () => {
    expect(ids('Project Management Institute (PMI) – # 6203883, Current Member')).toContain('pmi-membership');
    expect(ids('工程师、美国项目管理协会注册会员')).toContain('pmi-membership');
    expect(ids("Preventive maintenance, repair, PMI's, system performance testing")).not.toContain('pmi-membership');
    expect(taxonomy.lookup('pmi')).toBe('pmi-membership');
  });
  it('knows Bootstrap, and internal communications with newsletters', () => {
    expect(ids('Front end: HTML5, CSS3, Bootstrap 4, jQuery')).toContain('bootstrap');
    expect(taxonomy.ancestors('bootstrap')).toContain('css');
    expect(ids('Content editor for the HR newsletter and HR website')).toContain('internal-communications');
    expect(ids('Prepared and distributed employee communications and town halls')).toContain('internal-communications');
    // A journal at home is no company magazine (国内刊物 holds 内刊).
    expect(ids('在国内刊物发表论文十余篇')).not.toContain('internal-communications');
  });
  it('knows IT instructors and computer teachers as trainers', () => {
    expect(ids('ADJUNCT INFORMATION TECHNOLOGY INSTRUCTOR, 01/2014 to Current')).toContain('it-trainer');
    expect(ids('曾任职业学校计算机老师')).toContain('it-trainer');
    expect(taxonomy.lookup('it讲师')).toBe('it-trainer');
    expect(taxonomy.ancestors('it-trainer')).toContain('trainer');
  });
  it('reads pesticides as the chemical industry, not farming', () => {
    expect(ids('历任沙隆达农药厂厂长')).toContain('agrochemicals');
    expect(taxonomy.ancestors('agrochemicals')).toContain('chemical-industry');
    expect(taxonomy.ancestors('agrochemicals')).not.toContain('agriculture');
    expect(ids('Registered pesticides with the EPA')).toContain('agrochemicals');
  });
  it('knows data and big-data certificates as data work and as certificates', () => {
    expect(ids('Statistics IABAC Certified Data Scientist with versatile skills')).toContain('data-certification');
    expect(ids('Cloudera Certified Spark Developer CCA 175')).toContain('data-certification');
    for (const id of ['data-analysis', 'big-data', 'certificate'])
      expect(taxonomy.ancestors('data-certification')).toContain(id);
  });
  it('knows PC imaging and its tools, and desktop OS migrations', () => {
    expect(ids('Deployed and re-imaged desktops and laptops')).toContain('desktop-imaging');
    expect(ids('Imaged PCs with Norton Ghost and Clonezilla')).toEqual(
      expect.arrayContaining(['norton-ghost', 'clonezilla']),
    );
    expect(taxonomy.ancestors('acronis')).toContain('desktop-imaging');
    // Radiology's imaging is no PC imaging, and a ghost in prose no tool.
    expect(ids('MRI and CT imaging, patient positioning')).not.toContain('desktop-imaging');
    expect(ids('worked as a ghost writer')).not.toContain('norton-ghost');
    expect(ids('Managed migration from Windows XP and Office 2003 to Windows 7')).toContain('os-migration');
    expect(ids('Led the PC refresh project for 400 users')).toContain('os-migration');
  });
  it('reads no defence group, pesticide maker or OS migration out of other things named alike', () => {
    expect(ids('Computer Assisted Survey Information Collection (CASIC) activities')).toEqual([]);
    expect(taxonomy.lookup('casic')).toBe('casic-group');
    expect(ids('Designed the PCBs of a solar powered electronic pesticide')).not.toContain('agrochemicals');
    expect(ids('office relocation with an entire hardware refresh')).not.toContain('os-migration');
    expect(ids('整理员工通讯录')).not.toContain('internal-communications');
  });
  it('never reads an id in a résumé when its entry reads that word in queries only', () => {
    const own = new Taxonomy(
      [{ id: 'apm', label: 'APM', kind: 'tool', aliases: ['apm tools'], queryOnly: ['apm'] }],
      [],
    );
    expect(own.lookup('apm')).toBe('apm');
    expect(own.findAll(fold('APM (Amdocs Process Manager)'), 'APM (Amdocs Process Manager)')).toEqual([]);
  });
  it('reads a professional title written bare in a bio as the title, and the same word anywhere else as the job', () => {
    const text = (s: string): string => s.normalize('NFKC');
    const idsOf = (s: string): string[] => ids(text(s));
    expect(idsOf('1965年10月出生，大专学历，会计师。任本公司财务部经理')).toContain('zh-accountant');
    expect(idsOf('大专，工程师、会计师。曾就职于北京')).toEqual(
      expect.arrayContaining(['zh-engineer', 'zh-accountant']),
    );
    expect(idsOf('历任技术员、助理工程师、工程师、高级工程师')).toEqual([
      'zh-assistant-engineer',
      'zh-engineer',
      'zh-senior-engineer',
    ]);
    expect(taxonomy.ancestors('zh-accountant')).toEqual(
      expect.arrayContaining(['accounting', 'zh-intermediate-title']),
    );
    expect(taxonomy.ancestors('zh-economist')).toContain('zh-intermediate-title');
    // A post, a firm, a job in a query: no title.
    expect(idsOf('曾任成本会计师，现任公司软件工程师，负责')).not.toEqual(expect.arrayContaining(['zh-accountant']));
    expect(idsOf('任公司会计师，2008年起任财务经理')).not.toContain('zh-accountant');
    expect(idsOf('会计师事务所审计员')).not.toContain('zh-accountant');
    expect(idsOf('找香港的会计师')).toContain('accounting');
    expect(idsOf('找香港的会计师')).not.toContain('zh-accountant');
    expect(idsOf('软件工程师，负责后端')).not.toContain('zh-engineer');
  });
  it('knows learned and engineering societies and IEEE membership, apart from a verb, a field studied and a standard', () => {
    expect(ids('现任中国电机工程学会理事')).toContain('engineering-society');
    expect(ids('Member, Institute of Industrial Engineers')).toContain('engineering-society');
    expect(ids('中国会计学会会员')).toContain('learned-society');
    expect(taxonomy.ancestors('engineering-society')).toEqual(
      expect.arrayContaining(['learned-society', 'professional-association']),
    );
    expect(ids('Treasurer in IEEE student branch at JSCOE, Pune')).toContain('ieee-membership');
    expect(ids('IETFellow,IEEEseniormember,CIGRE')).toContain('ieee-membership');
    expect(taxonomy.ancestors('ieee-membership')).toContain('ieee');
    // Learnt to drive, accounting studied, a standard followed: no society.
    expect(ids('他学会了开车')).toEqual([]);
    expect(ids('会计学专业本科')).toContain('accounting');
    expect(ids('Harmonic studies to IEEE 519')).not.toContain('ieee-membership');
    expect(ids('Piping designed to ASME B31.3')).not.toContain('engineering-society');
  });
  it('reads human resource management as HR, one thing (a major’s name), not HR and a word', () => {
    expect(taxonomy.lookup('human resource management')).toBe('human-resources');
    expect(taxonomy.lookup('Human Resources Management')).toBe('human-resources');
    expect(ids('B.S. Human Resource Management, Ohio University')).toContain('human-resources');
  });
  it('knows military officers by rank and post, veterans by 退伍, and not a place holding 连长', () => {
    expect(ids('1998年从中国人民解放军上尉军衔退役')).toContain('military-officer');
    expect(ids('历任济南军区排长、干事、副处长，正团职副主任')).toContain('military-officer');
    expect(ids('Second Lieutenant, U.S. Army, 2004-2008')).toContain('military-officer');
    expect(taxonomy.ancestors('military-officer')).toContain('military');
    expect(ids('1985年退伍后进入公司')).toContain('military');
    expect(ids('大连长兴岛经济区管委会主任')).not.toContain('military-officer');
    // A ship's captain and an officer of any trade are no military officers.
    expect(ids('Captain of the cricket team; loan officer')).not.toContain('military-officer');
  });
  it('knows Navision and Solomon as Dynamics lines, and the state builders by their names', () => {
    expect(ids('ERP: Navision, QuickBooks')).toContain('dynamics-nav');
    expect(ids('Charge material to jobs in Solomon.')).toContain('dynamics-sl');
    expect(taxonomy.ancestors('dynamics-nav')).toContain('ms-dynamics');
    expect(ids('曾任中铁二局副总经理、中建八局项目经理、中国交建财务总监')).toEqual(
      expect.arrayContaining(['crec', 'cscec', 'cccc']),
    );
    expect(taxonomy.lookup('中建')).toBe('cscec');
    expect(taxonomy.lookup('中交')).toBe('cccc');
    // A bare 中建 or 中交 in a résumé is inside other words.
    expect(ids('在工作中建立团队，在团队中交流')).toEqual([]);
    expect(taxonomy.ancestors('cccc')).toEqual(expect.arrayContaining(['construction', 'state-owned']));
  });
  it('knows a network architect by the design work, under network engineer and not under architect', () => {
    expect(ids('Responsible for LAN/WAN design and network architecture for 12 sites')).toContain('network-architect');
    expect(taxonomy.lookup('network architect')).toBe('network-architect');
    expect(taxonomy.ancestors('network-architect')).toContain('network-engineer');
    expect(taxonomy.ancestors('network-architect')).not.toContain('architect');
  });
  it('knows billing work and MIS or management reports, apart from the information-systems field', () => {
    expect(ids('Billing Specialist, 2012 to 2016; medical billing')).toEqual(['billing', 'billing']);
    expect(taxonomy.ancestors('billing')).toContain('accounts-receivable');
    expect(ids('Prepared daily MIS reports and monthly management reports')).toEqual([
      'mis-reporting',
      'mis-reporting',
    ]);
    expect(ids('MBA in MIS')).toContain('information-systems');
  });
  it('groups the universities of a place, and reads Guangdong’s by their short names in a query', () => {
    expect(taxonomy.lookup('广东本地大学')).toBe('guangdong-universities');
    expect(taxonomy.lookup('武汉高校')).toBe('wuhan-universities');
    expect(taxonomy.lookup('universities in Shanghai')).toBe('shanghai-universities');
    expect(taxonomy.ancestors('sysu')).toContain('guangdong-universities');
    expect(taxonomy.ancestors('hust')).toContain('wuhan-universities');
    expect(ids('1997年毕业于深圳大学，2008年广东工业大学MBA')).toEqual(['shenzhen-university', 'gdut', 'mba']);
    expect(taxonomy.ancestors('shenzhen-university')).toContain('guangdong-universities');
    expect(['中大', '华工', '暨大'].map((w) => taxonomy.lookup(w))).toEqual(['sysu', 'scut', 'jinan-university']);
    // Not 深大: a query's 资深大数据 would read it.
    expect(taxonomy.lookup('深大')).toBeUndefined();
    // Short names stand inside other words in a résumé: 暨大学生, 中大型企业.
    expect(ids('服务中大型企业客户')).toEqual([]);
    // Where one studied is not where one is.
    expect(taxonomy.ancestors('shenzhen-university')).not.toContain('shenzhen');
  });
  it('knows state-enterprise restructuring, foreign affairs, capacity planning and the ADA, and not words holding them', () => {
    expect(ids('曾任潞安矿业集团公司股份制改造办公室主任')).toContain('soe-restructuring');
    expect(ids('曾任桂林市经济体制改革委员会企业科副科长')).toContain('soe-restructuring');
    expect(ids('负责修改制度流程')).not.toContain('soe-restructuring');
    expect(taxonomy.lookup('改制')).toBe('soe-restructuring');
    expect(ids('历任市政府办公室外事秘书、外办主任').filter((id) => id === 'foreign-affairs')).toHaveLength(2);
    expect(ids('任海外事业部总经理')).not.toContain('foreign-affairs');
    expect(ids('Server capacity planning and performance tuning')).toContain('capacity-planning');
    expect(ids('Handled ADA/EEO/WC cases and reasonable accommodation requests')).toEqual([
      'ada-compliance',
      'ada-compliance',
    ]);
    expect(ids('Programmed avionics in Ada; team lead Ada Lovelace')).not.toContain('ada-compliance');
  });
  it('knows organisational change and talent management, with their certificates, apart from IT change control', () => {
    expect(ids('Training: Prosci Change Management Certification (2015)')).toContain('prosci');
    expect(taxonomy.ancestors('prosci')).toEqual(expect.arrayContaining(['organizational-change', 'certificate']));
    expect(ids('Lominger Korn/Ferry Certifications').filter((id) => id === 'korn-ferry')).toHaveLength(2);
    expect(ids('Strategic Work Force Planning 2016 Human Capital Institute')).toContain('human-capital-institute');
    expect(ids('负责集团人才发展与变革管理')).toEqual(['talent-management', 'organizational-change']);
    expect(ids('SAP HANA Cloud Integration (HCI)')).not.toContain('human-capital-institute');
    expect(ids('Change Advisory Board member')).not.toContain('organizational-change');
  });
  it('knows a state firm’s supply section as its purchasing, and not a company named for supply technology', () => {
    expect(ids('历任某机械厂供应科科长、物资供应处处长').filter((id) => id === 'procurement')).toHaveLength(2);
    expect(ids('任某某能源供应科技有限公司总经理')).not.toContain('procurement');
  });
  it('knows J2EE as Java’s enterprise platform, with servlets, JSP and EJB under it, all Java', () => {
    expect(ids('J2EE, EJB 3.0, Servlets and JSP')).toEqual(['java-ee', 'ejb', 'jsp', 'jsp']);
    expect(taxonomy.lookup('Java EE')).toBe('java-ee');
    expect(taxonomy.ancestors('jsp')).toEqual(expect.arrayContaining(['java-ee', 'java']));
    expect(ids('Core Java, JDK 8')).toEqual(['java', 'java']);
  });
  it('reads a plan named by its tax-code section (401(k), 403(b)) and pensions as retirement plans', () => {
    expect(ids('Benefits administration: medical, vision, 401(k), flexible spending')).toEqual([
      'benefits',
      'retirement-plans',
    ]);
    expect(ids('Handled 401k rollovers and pension plan audits')).toContain('retirement-plans');
    expect(ids('负责企业年金与养老金发放')).toEqual(['retirement-plans', 'retirement-plans']);
    expect(ids('任平安养老保险股份有限公司总经理')).not.toContain('retirement-plans');
    expect(taxonomy.ancestors('retirement-plans')).toContain('benefits');
    // Other numbers in brackets stay what they were.
    expect(ids('Section 125 (cafeteria) plans')).not.toContain('retirement-plans');
  });
  it('reads a paper told of as presented or published as a publication', () => {
    expect(ids('NATIONAL CONFERENCE: 1. paper presented on "A secure cipher index"')).toContain('publications');
    expect(ids('proposed paper in International Journal of Advanced Research')).toContain('publications');
    expect(ids('Co-authored the company policy manual')).not.toContain('publications');
  });
  it('reads none of this session’s new names inside unrelated words (a second review’s false friends)', () => {
    expect(ids('处理意外事故与理赔')).toEqual([]);
    expect(ids('负责线上校园招聘，安排长期培训')).not.toContain('military-officer');
    expect(ids('Non-Commissioned Officer, US Army')).not.toContain('military-officer');
    expect(ids('Kentucky Colonel Award; police lieutenant')).not.toContain('military-officer');
    expect(ids('ADA Programming for avionics')).toEqual(['ada-language']);
    expect(ids('中国建筑材料工业建设总公司')).toEqual(['building-materials']);
    expect(ids('中国建筑科学研究院')).not.toContain('cscec');
    expect(ids('中铁十一局集团副总经理')).toContain('crcc');
    expect(ids('中铁建工集团项目经理')).toContain('crec');
    expect(ids('深圳大学城清华校区')).not.toContain('shenzhen-university');
    expect(ids('整体改造工程')).toEqual([]);
    expect(ids('经济学会计学双学位')).toEqual(expect.arrayContaining(['economics', 'accounting']));
    expect(ids('初级工程师职称')).toEqual(['zh-assistant-engineer']);
    expect(ids('负责上海高校校园招聘')).not.toContain('shanghai-universities');
    expect(ids('Telecom billing systems on Amdocs')).not.toContain('billing');
  });
  it('knows a firm’s planning departments as strategy', () => {
    expect(ids('任国资公司战略策划部经理、企划科科长')).toEqual(['strategy', 'strategy']);
    expect(ids('曾任中国兵器发展规划局局长')).toContain('strategy');
    expect(ids('BBA (Marketing), Osmania University')).toContain('bba');
  });
  it('knows who teaches computing as an IT trainer: a trainer, in IT', () => {
    expect(ids('Adjunct Information Technology Instructor')).toContain('it-trainer');
    expect(taxonomy.lookup('IT trainer')).toBe('it-trainer');
    expect(taxonomy.ancestors('it-trainer')).toEqual(expect.arrayContaining(['trainer', 'information-technology']));
    expect(ids('Corporate trainer, 2015 to 2019')).toEqual(['trainer']);
  });
  it('reads an American national as a foreigner in a Chinese bio and as someone who may work in the US', () => {
    expect(ids('吴鹰先生，独立董事，美国国籍，1959年出生')).toEqual(['independent-director', 'us-nationality']);
    expect(taxonomy.ancestors('us-nationality')).toEqual(
      expect.arrayContaining(['foreign-nationality', 'us-work-authorization']),
    );
    expect(ids('VISA STATUS: Work Permit - No Visa sponsorship Required')).toContain('us-work-authorization');
    expect(ids('Will require visa sponsorship')).not.toContain('us-work-authorization');
  });
  it('reads English literature studied in Chinese (英国文学, 英美文学) as English studies', () => {
    expect(ids('毕业于北京第二外国语学院英国文学专业')).toContain('english-studies');
    expect(ids('英美文学硕士')).toContain('english-studies');
  });
  it('knows a firm’s business-management department and its head, apart from the field of study', () => {
    expect(ids('历任计划企管部部长、企业管理处处长')).toEqual([
      'business-management-department',
      'business-management-department',
    ]);
    expect(ids('上海财经大学企业管理专业在职研究生')).not.toContain('business-management-department');
  });
  it('knows science administration, key labs, typing, document control, personnel files, line work and county organs', () => {
    expect(ids('曾任清华大学科技处处长')).toContain('rd-management');
    expect(ids('采用最新科技处理器')).not.toContain('rd-management');
    expect(ids('学科委员会委员')).not.toContain('rd-management');
    expect(ids('先进材料教育部重点实验室主任')).toContain('key-laboratory');
    expect(ids('75 WPM typing speed; 盲打')).toEqual(['typing-skill', 'typing-skill', 'typing-skill']);
    expect(ids('Strong typing and duck typing in Python')).not.toContain('typing-skill');
    expect(ids('Maintained document control per ISO 9001; FileNet')).toEqual(
      expect.arrayContaining(['document-control', 'document-management-systems']),
    );
    expect(ids('Maintained confidential personnel files')).toContain('personnel-records');
    expect(taxonomy.ancestors('personnel-records')).toContain('human-resources');
    // An HR generalist's files are no document controller's work.
    expect(taxonomy.ancestors('personnel-records')).not.toContain('document-control');
    expect(ids('Machine operator on the assembly line')).toEqual(['production-line-work']);
    expect(ids('Languages: C, Assembler')).not.toContain('production-line-work');
    expect(ids('熟悉Jenkins流水线和CPU指令流水线；使用操作工具')).not.toContain('production-line-work');
    expect(ids('专科委员会委员')).not.toContain('rd-management');
    expect(ids('历任县委办公室主任、县长').filter((id) => id === 'zh-county-government')).toHaveLength(2);
    expect(taxonomy.ancestors('zh-county-government')).toContain('local-government');
  });
  it('knows the health system’s government: health bureaus, drug regulators, disease control', () => {
    expect(ids('历任市卫生局副局长、市药监局局长、疾控中心主任')).toEqual([
      'health-authority',
      'health-authority',
      'health-authority',
    ]);
    expect(taxonomy.ancestors('health-authority')).toEqual(expect.arrayContaining(['healthcare', 'government-office']));
  });
  it('reads none of the last names inside other words (a second review’s false friends)', () => {
    expect(ids('装配工艺工程师')).toEqual(['process-engineering']);
    expect(ids('线程只能直接操作工作内存；丰富的实际操作工作经验')).toEqual([]);
    expect(ids('因个人职业发展规划离职')).toEqual([]);
    expect(ids('被沈阳市科委授予先进个人奖')).not.toContain('rd-management');
    expect(ids('在泾县长期任职')).not.toContain('zh-county-government');
    expect(ids('任县长期间')).toContain('zh-county-government');
    expect(ids('Proposed assembly line for plant with 138 stations')).not.toContain('production-line-work');
    expect(ids('Customer Service Technical Trainer')).not.toContain('it-trainer');
    expect(ids('open-text responses of the survey')).toEqual([]);
  });
  it('knows technical writing apart from copywriting, and system integration testing as one thing', () => {
    expect(
      ids('Technical Writer: user guides and the online help system for the ERP').filter(
        (id) => id === 'technical-writing',
      ),
    ).toHaveLength(3);
    expect(taxonomy.lookup('technical writer')).toBe('technical-writing');
    expect(taxonomy.lookup('copywriter')).toBe('copywriting');
    expect(ids('Performed system integration testing (SIT)')).toContain('system-testing');
    expect(ids('Can get online help to designers and engineers')).not.toContain('technical-writing');
    expect(ids('存储能力测试，文件系统测试，图形性能测试')).not.toContain('system-testing');
  });
  it('knows time studies, the hardware makers’ certificates, knowledge transfer and fraternities', () => {
    expect(ids('Conducted time studies and wrote work instructions')).toContain('time-study');
    expect(taxonomy.ancestors('time-study')).toContain('production-engineering');
    expect(ids('Dell Certified and HP ASE field technician')).toEqual(
      expect.arrayContaining(['oem-hardware-certification']),
    );
    expect(ids('Gave KT sessions to the support team')).toContain('knowledge-transfer');
    expect(ids('kt and kg')).not.toContain('knowledge-transfer');
    expect(ids('Member, Alpha Phi sorority')).toContain('fraternity');
  });
  it('knows a college’s admissions, financial aid and registrar offices as one kind of work', () => {
    expect(ids('Financial Aid Counselor; Assistant Registrar')).toEqual(['student-services', 'student-services']);
    expect(ids('曾任某大学教务处处长')).toContain('student-services');
    expect(ids("Worked in the registrar's office")).toContain('student-services');
    // A securities registrar, a training system: no college office.
    expect(ids('Paying agent services, Registrar by BNY Mellon')).not.toContain('student-services');
    expect(ids('Entered training data into Registrar')).not.toContain('student-services');
  });
  it('knows energy efficiency with its certificates, and shared services and BPO', () => {
    expect(ids('Professional Certified Energy Manager, LEED Green Associate')).toEqual([
      'energy-certification',
      'energy-certification',
    ]);
    expect(taxonomy.ancestors('energy-certification')).toEqual(
      expect.arrayContaining(['energy-efficiency', 'certificate']),
    );
    expect(taxonomy.lookup('CEM')).toBe('energy-certification');
    expect(ids('Process Executive, Infosys BPO; 财务共享中心应付组')).toEqual(
      expect.arrayContaining(['shared-services-centre']),
    );
    expect(ids('建设数据共享中心')).not.toContain('shared-services-centre');
    expect(ids('Managed the HR shared services center')).toContain('shared-services-centre');
    expect(ids('worked with the shared services (Security, Performance) groups')).not.toContain(
      'shared-services-centre',
    );
    // A company's name (江苏德威节能有限公司) and a building's rating are no one's energy work or certificate.
    expect(ids('江苏德威节能有限公司财务副总')).not.toContain('energy-efficiency');
    expect(ids('负责工厂节能改造项目')).toContain('energy-efficiency');
    expect(ids('assisting in LEED certification process for two office buildings')).not.toContain(
      'energy-certification',
    );
    expect(ids('LEED AP BD+C')).toContain('energy-certification');
    expect(taxonomy.lookup('节能')).toBe('energy-efficiency');
  });
  it('knows a reduction of workforce and outplacement as layoffs, and design of experiments (DOE in capitals)', () => {
    expect(ids('Partner with management on all reduction of workforce actions')).toEqual(['layoffs']);
    expect(ids('Closed one facility including outplacement of personnel')).toContain('layoffs');
    expect(ids('Used SPC and DOE to find significant factors; Design of Experiments')).toEqual(
      expect.arrayContaining(['design-of-experiments']),
    );
    expect(ids('the doe and her fawn')).not.toContain('design-of-experiments');
    // The reason a job ended is no layoff the candidate ran.
    expect(ids('Reason left - plant closure')).not.toContain('layoffs');
  });
  it('reads a worker on the shop floor, 工人 too as an item of a career’s list, and not 职工人数', () => {
    expect(ids('1969年参加工作，历任战士、工人、团委书记')).toContain('shop-floor-worker');
    expect(ids('历任广州带钢总厂机修车间工人、团委书记')).toContain('shop-floor-worker');
    expect(ids('公司职工人数3000人；工人日报记者')).not.toContain('shop-floor-worker');
    expect(ids('车间工人数300人，矿工人数2000人')).not.toContain('shop-floor-worker');
    expect(taxonomy.ancestors('production-line-work')).toContain('shop-floor-worker');
    expect(taxonomy.lookup('一线工人')).toBe('shop-floor-worker');
  });
  it('reads a degree as a résumé names it, never a bare master (a master electrician, a master plan)', () => {
    expect(ids('Master Electrician; drew up the master plan; customer master data')).not.toContain('master');
    expect(ids('Master of Pharmacy')).toContain('master');
    expect(ids('Master in Accountancy, 2016')).toContain('master');
    expect(taxonomy.lookup('master')).toBe('master');
  });
  it('reads an id as a name only where its entry says so: no degree in a sales associate, no Less in less than', () => {
    expect(ids('Sales Associate at Walmart; Associate Consultant at Infosys')).not.toContain('associate');
    expect(ids('Associates of Applied Science, 2012; associates degree')).toEqual(['associate', 'associate']);
    expect(ids('resolved tickets in less than 4 hours on 64 bit systems')).toEqual([]);
    expect(ids('read the JD; a hit with users; benefits of the new process; our strategy')).toEqual([]);
    expect(ids('environmental factors; liquor store clerk')).toEqual([]);
    // In a query each is still the name.
    expect(taxonomy.lookup('associate')).toBe('associate');
    expect(taxonomy.lookup('LESS')).toBe('less');
    expect(taxonomy.lookup('BIT')).toBe('bit');
  });
  it('knows who headed a factory (厂长, plant manager) under production management, and a deputy or an assistant as the function', () => {
    expect(ids('贵阳市床单厂厂长；某分厂厂长')).toEqual(['guiyang', 'plant-manager', 'plant-manager']);
    expect(ids('Plant Manager, ACME Castings')).toContain('plant-manager');
    expect(taxonomy.ancestors('plant-manager')).toContain('production-management');
    // 副厂长 and 厂长助理 hold 厂长 inside: the longer name is the function, not the head's post.
    expect(ids('温岭化肥厂副厂长')).toEqual(['fertilizer', 'production-management']);
    expect(ids('厂长助理')).toEqual(['production-management']);
  });
  it('knows fixed income (固定收益, bond trading), not any bond (savings bonds, surety bonds)', () => {
    expect(ids('Worked very closely with Fixed Income and Equities traders')).toContain('fixed-income');
    expect(ids('负责公司债券投资与债券交易')).toEqual(['fixed-income', 'fixed-income']);
    expect(ids('Processed data for 500 Savings Bonds accounts')).not.toContain('fixed-income');
  });
  it('knows sensors and transducers (传感器, 变送器), and puts a homophone of 传感器 right', () => {
    expect(ids('安装和标定压力变送器；implemented an array of sensors')).toEqual(['sensors', 'sensors']);
    expect(taxonomy.lookup('传感器')).toBe('sensors');
  });
  it('knows a board’s vice chairman apart, under the chairman, and a chairman by the Hong Kong names (董事局主席)', () => {
    expect(ids('现任公司副董事长；曾任董事局副主席')).toEqual(['vice-chairman', 'vice-chairman']);
    expect(ids('Vice Chairman of the Board')).toEqual(['vice-chairman']);
    expect(taxonomy.ancestors('vice-chairman')).toContain('chairman');
    expect(ids('现任集团董事局主席')).toEqual(['chairman']);
    // The chair of a committee or a club is no company's chairman; one named so is.
    expect(ids('Chairman of the Statistical Process Control Committee')).not.toContain('chairman');
    expect(ids('Executive Chairman; Chairman of the Board')).toEqual(['chairman', 'chairman']);
    expect(taxonomy.lookup('chairman')).toBe('chairman');
    expect(ids('监事会主席')).not.toContain('chairman');
  });
  it('knows a distributed control system, DCS in capitals only (DCs are domain controllers)', () => {
    expect(ids('Hands-on Honeywell DCS C300; distributed control systems')).toEqual(['scada', 'scada']);
    expect(ids('Managed DCs and DNS servers')).not.toContain('scada');
    expect(taxonomy.lookup('dcs')).toBe('scada');
  });
  it('knows refactoring, the pumps, valves and compressors trade, and production engineering as a major (生产工程)', () => {
    expect(ids('陈旧代码重构；refactored the old module')).toEqual(['refactoring', 'refactoring']);
    expect(ids('现任新界泵业集团股份有限公司董事')).toContain('fluid-machinery');
    expect(taxonomy.ancestors('fluid-machinery')).toContain('machinery');
    // Who maintains a plant's pumps and valves works in no such trade.
    expect(ids('Repaired pumps, valves and compressors on site')).not.toContain('fluid-machinery');
    expect(taxonomy.lookup('泵')).toBe('fluid-machinery');
    expect(ids('生产工程专业')).toContain('production-engineering');
  });
  it('knows Gulp and Grunt as front-end build tools, Grunt as written (not grunt work)', () => {
    expect(ids('Used Grunt and Gulp to bundle the scripts')).toEqual(['grunt', 'gulp']);
    expect(ids('did the grunt work on the migration')).toEqual([]);
    expect(taxonomy.lookup('grunt')).toBe('grunt');
  });
  it('knows the HR benefits function and the environmental trade by their phrases, not a bare word', () => {
    expect(ids('Payroll/Benefits; administered fringe benefits programs')).toEqual(
      expect.arrayContaining(['benefits']),
    );
    expect(ids('environmental monitoring and sampling at the plant')).toContain('environmental');
    expect(ids('the benefits of the new system; environmental tests on devices')).toEqual([]);
  });
  it('knows consolidated financial statements (合并报表) under accounting, not a data centre’s consolidation, and a bank teller (柜员, 临柜)', () => {
    expect(ids('负责编制合并财务报表；prepared consolidated financial statements')).toEqual([
      'consolidated-statements',
      'consolidated-statements',
    ]);
    expect(ids('server consolidation project')).not.toContain('consolidated-statements');
    expect(taxonomy.ancestors('consolidated-statements')).toContain('accounting');
    expect(ids('Head Teller; 综合柜员，临柜业务')).toEqual(expect.arrayContaining(['bank-teller']));
    expect(taxonomy.ancestors('bank-teller')).toContain('banking');
    // Teller work an accountant reconciles is no teller's job.
    expect(ids('Reconciled teller daily balance sheets')).not.toContain('bank-teller');
    expect(taxonomy.lookup('teller')).toBe('bank-teller');
  });
  it('knows a Party branch’s secretary under the Party secretary, not a Youth League branch’s', () => {
    expect(ids('任公司党总支书记；金工分厂党支部书记')).toEqual(['party-branch-secretary', 'party-branch-secretary']);
    expect(taxonomy.ancestors('party-branch-secretary')).toContain('party-secretary');
    expect(ids('曾任团支部书记')).not.toContain('party-branch-secretary');
    expect(ids('现任党委书记')).toEqual(['party-secretary']);
  });
  it('knows long-term care under healthcare, the older languages, and WUT by the schools it was made of', () => {
    expect(ids('Charge nurse at a skilled nursing facility; hospice volunteer')).toEqual(
      expect.arrayContaining(['long-term-care']),
    );
    expect(taxonomy.ancestors('long-term-care')).toContain('healthcare');
    expect(ids('FORTRAN, PASCAL/Delphi, PowerBuilder')).toEqual(['fortran', 'pascal', 'delphi', 'powerbuilder']);
    // Pascal alone is also a name.
    expect(ids('Lycee Blaise Pascal, Chateauroux')).not.toContain('pascal');
    expect(ids('1985年毕业于武汉工业大学')).toEqual(['whut']);
  });
  it('knows role-based access control built into software (RBAC, 权限管理), not a door’s access control, and sales commissions', () => {
    expect(ids('基于RBAC的权限管理模块')).toEqual(expect.arrayContaining(['rbac']));
    expect(ids('TCS security guard, access control room')).not.toContain('rbac');
    expect(ids('Prepared monthly commission reports and sales commissions')).toEqual([
      'sales-commissions',
      'sales-commissions',
    ]);
    expect(ids('Public Service Commission; commission expires 2020')).not.toContain('sales-commissions');
  });
  it('reads 网络安全 as cybersecurity as a whole, as Chinese uses it, and network security as the networks part', () => {
    // 网络安全法 is the Cybersecurity Law: the word is the whole field, not its firewalls.
    expect(ids('五年网络安全工作经验')).toEqual(['security']);
    expect(ids('Cyber security; network security and firewalls')).toEqual([
      'security',
      'network-security',
      'network-security',
    ]);
    expect(taxonomy.ancestors('network-security')).toContain('security');
  });
  it('reads mobile as mobile development only where it is (a mobile app, a mobile client app), and knows device management', () => {
    expect(ids('Built 14 mobile applications; mobile client app for iOS')).toEqual(['mobile', 'mobile', 'ios']);
    // SAP CRM's laptop client is no mobile development.
    expect(ids('SAP CRM Mobile Client technology')).not.toContain('mobile');
    // An IT desk's phones and tablets, a seller of phones, a number's label: no mobile development.
    expect(ids('Supported laptops and mobile devices; mobile sales; Mobile: 9876')).not.toContain('mobile');
    expect(taxonomy.lookup('mobile')).toBe('mobile');
    expect(ids('Rolled out Intune and AirWatch for mobile device management')).toEqual([
      'intune',
      'airwatch',
      'mobile-device-management',
    ]);
    expect(taxonomy.ancestors('intune')).toContain('mobile-device-management');
  });
  it('knows a listed company’s board office (证券部, 董事会办公室) and who heads it, deputies as the office', () => {
    expect(ids('曾任公司证券部部长、董事会办公室主任')).toEqual(['board-office-head', 'board-office-head']);
    expect(taxonomy.ancestors('board-office-head')).toContain('board-office');
    expect(ids('历任证券部副部长')).toEqual(['board-office']);
    // A broker’s branch is no board office.
    expect(ids('任国泰君安证券营业部经理')).not.toContain('board-office');
  });
  it('knows science and technology awards by kind and grade as written, in either language', () => {
    expect(ids('曾获国家科技进步二等奖、省科学技术进步一等奖')).toEqual(['st-progress-award', 'st-progress-award']);
    expect(ids('获得国家技术发明二等奖')).toEqual(['invention-award']);
    expect(taxonomy.ancestors('invention-award')).toEqual(
      expect.arrayContaining(['science-technology-award', 'award']),
    );
    expect(taxonomy.lookup('S&T Progress Award')).toBe('st-progress-award');
    expect(taxonomy.lookup('science and technology award')).toBe('science-technology-award');
  });
  it('puts the capital region’s towns in their own states as well as in Delhi NCR', () => {
    expect(taxonomy.ancestors('gurgaon')).toEqual(expect.arrayContaining(['haryana', 'delhi', 'india']));
    expect(taxonomy.ancestors('noida')).toEqual(expect.arrayContaining(['uttar-pradesh', 'delhi']));
    expect(ids('Support engineer, Gurugram; earlier Greater Noida')).toEqual(['gurgaon', 'noida']);
    expect(taxonomy.descendants('delhi')).toEqual(
      expect.arrayContaining(['gurgaon', 'faridabad', 'noida', 'ghaziabad']),
    );
  });
  it('knows a heat and power maker by its name as thermal power, never a thermocouple', () => {
    expect(ids('现任宁波热电股份有限公司职工监事')).toEqual(expect.arrayContaining(['thermal-power']));
    expect(ids('负责热电偶的标定')).not.toContain('thermal-power');
  });
  it('knows aerospace majors by their names, not a company or a college named for aeronautics', () => {
    expect(ids('Bachelor of Science : Professional Aeronautics')).toContain('aerospace-engineering');
    expect(ids('飞行器制造工程专业毕业')).toContain('aerospace-engineering');
    expect(ids('Internship at Hindustan Aeronautics Limited')).not.toContain('aerospace-engineering');
  });
  it('knows historically Black colleges and universities by their full names, under HBCU', () => {
    expect(ids('2007 Prairie View A & M University; 2012 Morgan State University')).toEqual([
      'prairie-view-am',
      'morgan-state',
    ]);
    expect(taxonomy.ancestors('nc-at')).toContain('hbcu');
    // Another school whose name holds one's, and a bare name that is a person's.
    expect(ids('1993 Middle Tennessee State University')).toEqual(['mtsu']);
    expect(ids('Reported to Howard Smith')).not.toContain('howard-university');
  });
  it('knows platforms as a service by name, under PaaS', () => {
    expect(ids('Deployed to Pivotal Cloud Foundry, Heroku and Google App Engine')).toEqual([
      'cloud-foundry',
      'heroku',
      'google-app-engine',
    ]);
    expect(taxonomy.ancestors('openshift')).toContain('paas');
    expect(taxonomy.ancestors('heroku')).toEqual(expect.arrayContaining(['paas', 'cloud']));
  });
  it('reads no Delhi in Madrid (马德里) and no Delhi NCR in Washington’s capital region', () => {
    expect(ids('毕业于西班牙马德里大学')).not.toContain('delhi');
    expect(ids('现任印度新德里办事处首席代表')).toContain('delhi');
    expect(ids('information personnel in the National Capital Region')).not.toContain('delhi');
    expect(ids('1999 East Tennessee State University')).toEqual(['etsu']);
  });
  it('knows financial analysis as work named, with the financial analyst’s title under it', () => {
    expect(ids('负责公司财务分析与预算管理')).toContain('financial-analysis');
    expect(ids('Performed financial statement analysis for lenders')).toEqual(['financial-analysis']);
    expect(taxonomy.ancestors('financial-analyst')).toContain('financial-analysis');
  });
  it('knows an electronics technician’s bench: oscilloscopes, multimeters, soldering', () => {
    expect(ids('会用示波器、万用表排查电路板故障，熟练焊锡')).toEqual(['oscilloscope', 'multimeter', 'soldering']);
    expect(ids('Electronics technician: oscilloscopes, DMM, hand soldering')).toEqual([
      'electronics-technician',
      'oscilloscope',
      'multimeter',
      'soldering',
    ]);
    expect(taxonomy.ancestors('oscilloscope')).toContain('electronic-test-equipment');
  });
  it('knows desktop applications and their toolkits (Swing as written, JavaFX, WinForms, WPF)', () => {
    expect(ids('Built a Java Swing client and WPF tools; WinForms maintenance')).toEqual([
      'java-swing',
      'wpf',
      'winforms',
    ]);
    expect(taxonomy.ancestors('wpf')).toEqual(expect.arrayContaining(['.net', 'desktop-development']));
    expect(ids('负责桌面应用开发')).toContain('desktop-development');
    // A swing shift is no toolkit.
    expect(ids('Worked the swing shift on a med-surg unit')).not.toContain('java-swing');
  });
  it('knows a training function’s work: needs analysis and evaluation, under training', () => {
    expect(ids('Identified training needs and evaluated the effectiveness of training')).toEqual([
      'training-needs-analysis',
      'training-evaluation',
    ]);
    expect(taxonomy.lookup('TNA')).toBe('training-needs-analysis');
    expect(ids('TNA Records Office')).not.toContain('training-needs-analysis');
    expect(taxonomy.ancestors('training-evaluation')).toContain('training-development');
  });
  it('knows underwriting as an insurer’s (核保) or a lender’s (贷款审批, loan underwriting)', () => {
    expect(ids('负责个人贷款审批和信贷审核')).toEqual(['credit-approval', 'credit-approval']);
    expect(ids('Mortgage underwriter; life insurance underwriting')).toEqual([
      'credit-approval',
      'insurance-underwriting',
    ]);
    expect(taxonomy.descendants('underwriting')).toEqual(
      expect.arrayContaining(['insurance-underwriting', 'credit-approval']),
    );
  });
  it('knows a receptionist by the front desk and front office posts, not a bank’s front office', () => {
    expect(ids('Front Office Executive (1 year); Front Desk Agent')).toEqual(['receptionist', 'receptionist']);
    expect(ids('Built a front office/back office new accounts system')).not.toContain('receptionist');
    expect(ids('负责前台开发')).not.toContain('receptionist');
  });
  it('knows the mobile devices an IT desk supports, BlackBerry among them, above device management', () => {
    expect(ids('Supported mobile devices and BlackBerry Enterprise Server; Exchange ActiveSync')).toEqual([
      'mobile-devices',
      'blackberry',
      'mobile-devices',
    ]);
    expect(taxonomy.ancestors('intune')).toEqual(
      expect.arrayContaining(['mobile-device-management', 'mobile-devices']),
    );
    expect(ids('Supported mobile devices')).not.toContain('mobile');
  });
  it('knows South India as the five southern states, each still in India', () => {
    expect(taxonomy.ancestors('kerala')).toEqual(expect.arrayContaining(['south-india', 'india']));
    expect(taxonomy.ancestors('bangalore')).toEqual(expect.arrayContaining(['karnataka', 'south-india', 'india']));
    expect(ids('IT project manager, South India region')).toContain('south-india');
  });
  it('reads no underwriting in Underwriters Laboratory, no desktop development in desktop applications used, and a bank’s front desk as a teller’s', () => {
    expect(ids('Fixtures comply with Underwriters Laboratory standards')).not.toContain('underwriting');
    expect(ids('Managed multiple desktop applications: Microsoft Office, Adobe Acrobat')).not.toContain(
      'desktop-development',
    );
    expect(ids('Handled front desk banking operations')).toContain('bank-teller');
  });
  it('reads no term in one letter and an apostrophe: AT&T’s is no TypeScript, I’d no ID', () => {
    expect(ids("running AT&T's centralised solution hub")).not.toContain('typescript');
    expect(ids('AT&T’s enterprise applications')).not.toContain('typescript');
    expect(ids('TypeScript, TS and React')).toEqual(['typescript', 'typescript', 'react']);
    expect(ids("holds a driver's license and a bachelor's degree")).toEqual(['driving-licence', 'bachelor']);
  });
  it('knows the power equipment groups by their names and works, not as the city their name starts with', () => {
    expect(ids('上海电气集团股份有限公司副总经理')).toContain('shanghai-electric');
    expect(ids('上海电气集团股份有限公司副总经理')).not.toContain('shanghai');
    expect(ids('历任东方锅炉(集团)股份有限公司副总')).toEqual(['dongfang-electric']);
    expect(ids('1996年任职哈尔滨市锅炉厂研究所')).toContain('power-generation-equipment');
    expect(taxonomy.ancestors('harbin-electric')).toEqual(
      expect.arrayContaining(['power-generation-equipment', 'machinery', 'state-owned']),
    );
  });
  it('knows instrument makers by their names, apart from the instrumentation engineer’s field', () => {
    expect(ids('现任中航电测仪器股份有限公司副总经理')).toContain('instrument-industry');
    expect(ids('曾任上海雷磁仪器总厂厂长')).toContain('instrument-industry');
    expect(taxonomy.ancestors('instrument-industry')).not.toContain('instrumentation');
  });
  it('knows SLAs, an international business unit and Tianjin’s finance university', () => {
    expect(ids("Tracked SLA's and negotiated service level agreements with vendors")).toEqual([
      'sla-management',
      'sla-management',
    ]);
    expect(
      ids('江苏省分行国际业务部副总经理、海外事业部总经理').filter((id) => id === 'international-business-unit'),
    ).toHaveLength(2);
    expect(ids('天津财经学院经济学学士')).toContain('tianjin-university-of-finance-and-economics');
    expect(taxonomy.lookup('天大')).toBe('tianjin-university');
    expect(ids('这是天大的好事')).not.toContain('tianjin-university');
  });
  it('reads the plural of one school’s name as no name of it (`Tianjin universities`), the plural of a group as the group', () => {
    expect(taxonomy.lookup('southeast universities')).toBeUndefined();
    expect(taxonomy.lookup('southeast university')).toBe('southeast-university');
    // Tianjin's universities are a group of their own.
    expect(taxonomy.lookup('tianjin universities')).toBe('tianjin-universities');
    expect(taxonomy.lookup('天津上的大学')).toBe('tianjin-universities');
    expect(taxonomy.ancestors('nankai')).toContain('tianjin-universities');
    expect(taxonomy.lookup('data scientists')).toBe(taxonomy.lookup('data scientist'));
  });
  it('knows the US regions recruiters name over their states, and Boise and Tucson (not TuSimple, 图森未来)', () => {
    expect(taxonomy.ancestors('denver')).toEqual(
      expect.arrayContaining(['colorado', 'mountain-west', 'united-states']),
    );
    expect(taxonomy.ancestors('chicago')).toContain('us-midwest');
    expect(taxonomy.ancestors('seattle')).toContain('pacific-northwest');
    expect(ids('Systems admin, Boise, ID; later Tucson, AZ')).toEqual(['boise', 'tucson']);
    expect(ids('任图森未来感知算法工程师')).not.toContain('tucson');
    expect(ids('在《新英格兰医学杂志》发表论文')).not.toContain('new-england');
  });
  it('knows a lawyer’s qualification in English as the bar admission it is', () => {
    expect(ids("a CPA who also holds a lawyer's qualification")).toEqual(['cpa', 'legal-qualification']);
    expect(ids('licensed to practice law in New York')).toContain('legal-qualification');
  });
  it('knows Microsoft Publisher in an Office list or by its full name, not a desktop publisher or a product named Publisher', () => {
    expect(ids('Office, Outlook, PowerPoint, Publisher, Word')).toContain('ms-publisher');
    expect(ids('MS Publisher')).toEqual(['ms-publisher']);
    expect(ids('Database Manager and Desktop Publisher')).not.toContain('ms-publisher');
    expect(taxonomy.ancestors('ms-publisher')).toEqual(expect.arrayContaining(['ms-office', 'desktop-publishing']));
  });
  it('knows elevators, exchanges, books authored, regular expressions, mediation and the Jiaotong universities', () => {
    expect(ids('现任康力电梯销售中心总监')).toContain('elevator-industry');
    expect(ids('Schindler Elevator & Escalator')).toContain('elevator-industry');
    expect(ids('曾任上海商品交易所研发中心副主任')).toContain('commodity-exchange');
    expect(taxonomy.ancestors('commodity-exchange')).toEqual(
      expect.arrayContaining(['exchange-industry', 'futures-industry']),
    );
    expect(taxonomy.lookup('交易所')).toBe('exchange-industry');
    // Where a company is listed, or a board member's training, is no job at an exchange.
    expect(ids('公司于2010年在深圳证券交易所上市')).not.toContain('stock-exchange');
    expect(ids('未受过中国证监会及其他有关部门的处罚和证券交易所惩戒')).not.toContain('stock-exchange');
    expect(ids('百富电子为美国纳斯达克股票交易所上市公司')).not.toContain('exchange-industry');
    expect(ids('陈先生在香港联合交易所担任上市科经理')).toContain('stock-exchange');
    expect(ids('著有《国力论》等著作十余部')).toContain('book-author');
    expect(taxonomy.ancestors('book-author')).toContain('publications');
    expect(ids('熟悉正则表达式以及编写网络爬虫')).toContain('regex');
    expect(ids('L2 regularization, 正则化')).not.toContain('regex');
    expect(ids('labor arbitration and workplace mediation')).toEqual([
      'mediation-arbitration',
      'mediation-arbitration',
    ]);
    expect(ids('负责协调解决项目问题；设计AXI总线仲裁逻辑')).not.toContain('mediation-arbitration');
    expect(ids('Oracle SOA: BPEL and mediator components')).not.toContain('mediation-arbitration');
    expect(ids('Tested raw materials per USP monographs')).not.toContain('book-author');
    expect(ids('熟练使用各种测试仪器，如示波器')).not.toContain('instrument-industry');
    expect(ids('负责发电设备的运行维护')).not.toContain('power-generation-equipment');
    expect(ids('分众传媒电梯广告销售')).not.toContain('elevator-industry');
    expect(ids('Standard reports using BI Publisher')).toEqual(['obiee']);
    expect(taxonomy.ancestors('arbitrator')).toContain('mediation-arbitration');
    expect(taxonomy.lookup('southwest jiaotong')).toBe('swjtu');
    expect(taxonomy.lookup('lanzhou jiaotong')).toBe('lanzhou-jiaotong-university');
  });
  it('knows the Gulf states and their cities, volunteering, and the MV* front-end frameworks', () => {
    expect(ids('5 years in Doha, Qatar; later Dubai (UAE)')).toEqual(['doha', 'qatar', 'dubai', 'uae']);
    expect(taxonomy.ancestors('dubai')).toEqual(expect.arrayContaining(['uae', 'gulf-states', 'middle-east']));
    expect(ids('在沙特、科威特做过海外项目')).toEqual(expect.arrayContaining(['saudi-arabia', 'kuwait']));
    expect(ids('Gulf Coast operations, Gulf of Mexico platforms')).not.toContain('gulf-states');
    expect(ids('阿曼达·李，销售经理')).not.toContain('oman');
    expect(ids('内蒙古巴林右旗')).not.toContain('bahrain');
    expect(ids('2015年起任青年志愿者协会秘书长')).toContain('volunteering');
    expect(ids('Skills: Backbone, Knockout.js, Ember')).toEqual(['backbone-js', 'knockout-js', 'ember-js']);
    expect(ids('the backbone network of the campus')).not.toContain('backbone-js');
  });
  it('knows Bluetooth, footwear and leather goods, bonded zones and fellowships of professional bodies', () => {
    expect(ids('负责蓝牙通信；BLE协议栈')).toEqual(['bluetooth', 'bluetooth']);
    expect(ids('able to assume responsibilities')).not.toContain('bluetooth');
    expect(ids('奥康鞋业销售有限公司副总；海宁中国皮革城董事').filter((id) => id === 'footwear-leather')).toHaveLength(
      2,
    );
    expect(taxonomy.ancestors('footwear-leather')).toContain('apparel');
    expect(ids('上海外高桥保税区开发股份有限公司')).toContain('bonded-zone');
    expect(ids('FCCA; IET Fellow')).toEqual(['fellow-member', 'fellow-member']);
    expect(ids('Research fellow at a university lab')).not.toContain('fellow-member');
  });
  it('knows Bidar and Mandya in Karnataka, and a tyre maker as rubber', () => {
    expect(taxonomy.ancestors('bidar')).toContain('karnataka');
    expect(ids('Mandya, Karnataka')).toContain('mandya');
    expect(ids('tyre makers and rubber products')).toEqual(['rubber', 'rubber']);
  });
  it('reads a training function by its work: programs, materials and instructional design', () => {
    expect(ids('Designed training programs; instructor led training')).toEqual([
      'training-development',
      'training-development',
    ]);
    // A course taken, or any job's handout, is none.
    expect(ids('Attended SPARK training program in Infosys Mysore; wrote training material')).not.toContain(
      'training-development',
    );
    expect(ids('Instructional Design and Development')).toContain('training-development');
  });
  it("knows a college's dean (学院院长), not an academy's head nor the Dean's List", () => {
    expect(ids('现任上海财经大学国际工商管理学院副院长')).toContain('college-dean');
    expect(ids('Associate Dean of Engineering, 2010 - 2015')).toContain('college-dean');
    expect(ids('四川省社会科学院副院长')).not.toContain('college-dean');
    // Written right after the college, even where a field's name has taken its 学 (会计学, 法学院).
    expect(ids('新疆财经大学会计学院副院长')).toContain('college-dean');
    expect(ids('天津师范大学法学院院长')).toContain('college-dean');
    // Not a 院长 of an institute named before it, nor of a hospital.
    expect(ids('在中国制浆造纸研究院工作，任院长')).not.toContain('college-dean');
    expect(ids('院副总工程师、院长；宁波市第二医院副院长')).not.toContain('college-dean');
    expect(ids("Dean's List 2005-2007")).toEqual(['deans-list']);
  });
  it('knows Taiwan and its cities, not a 台中 inside 平台中', () => {
    expect(ids('台湾那边出来的；Hsinchu Science Park')).toEqual(['taiwan', 'hsinchu']);
    expect(taxonomy.ancestors('taipei')).toContain('taiwan');
    expect(ids('在平台中负责支付模块')).not.toContain('taichung');
  });
  it("knows the foreign-studies universities and more of Shanghai's schools (CEIBS, SUIBE, Shanghai Maritime)", () => {
    expect(ids('毕业于北京第二外国语学院')).toEqual(['bisu']);
    expect(taxonomy.ancestors('bisu')).toContain('foreign-studies-schools');
    expect(taxonomy.ancestors('shanghai-international-studies-university')).toContain('foreign-studies-schools');
    expect(ids('中欧国际工商管理学院EMBA；上海对外贸易学院；上海海事大学')).toEqual(
      expect.arrayContaining(['ceibs', 'suibe', 'shanghai-maritime-university']),
    );
    expect(taxonomy.ancestors('suibe')).toEqual(
      expect.arrayContaining(['shanghai-universities', 'finance-economics-school']),
    );
  });
  it("knows a county's bureaus and a city's district as county government, not a neighbourhood committee", () => {
    expect(ids('1981年7月-2001年8月在桃源县粮食局工作')).toContain('zh-county-government');
    expect(ids('任宁波市江北区委副书记')).toContain('zh-county-government');
    expect(ids('某社区委员会主任')).not.toContain('zh-county-government');
    // A bureau with an entry of its own stays that.
    expect(ids('县卫生局局长')).toContain('health-authority');
  });
  it('knows a B.E. or B.Tech as Indian résumés also write it', () => {
    expect(ids("Bachelor's of Engineering, MGM College; Bachelors of Technology")).toEqual([
      'engineering-bachelor',
      'engineering-bachelor',
    ]);
    expect(ids('B. Tech (CSE); B-Tech')).toEqual(['engineering-bachelor', 'engineering-bachelor']);
  });
  it('knows R&D as one thing, in either language', () => {
    expect(ids('Led R&D engineering')).toContain('research-development');
    expect(ids('数据库内核研发工程师')).not.toContain('research-development');
    expect(ids('Led R&D engineering')).not.toContain('r');
  });
  it("reads a 院长 bound to its college: no academy, assistant or student honour; and the review's false friends", () => {
    expect(ids('现任中国科学院院长；中国农业科学院副院长；国家行政学院副院长')).not.toContain('college-dean');
    expect(ids('管理学院院长助理')).not.toContain('college-dean');
    expect(ids('获光华管理学院院长奖学金')).toContain('scholarship');
    expect(ids('入选工程学院院长嘉许名单')).toContain('deans-list');
    expect(ids('澄海区政协常委')).toEqual(['cppcc-member']);
    expect(ids('负责电商平台南京区域运营；后台北京研发中心')).not.toContain('taiwan');
    expect(ids('在北外滩上班')).toEqual(['shanghai']);
    expect(ids('中欧EMBA')).toEqual(['ceibs']);
    // A query's bare 院长 is no dean; 学院院长 is.
    const typed = (q: string): string[] =>
      analyzeTerm({ text: q, phrase: false, presence: 'default' }, taxonomy).map((c) =>
        c.kind === 'taxonomy' ? c.id : c.typed,
      );
    expect(typed('院长')).toEqual(['院长']);
    expect(typed('学院院长')).toContain('college-dean');
  });
  it('knows Novell NetWare and its directory', () => {
    const found = ids('Administered 30 Novell and Windows servers; NetWare 6.5; eDirectory');
    expect(found.filter((id) => id === 'novell-netware')).toHaveLength(3);
  });
  it('knows a data lake apart from every data warehouse, its open table formats inside it', () => {
    expect(ids('负责数据湖建设，Azure Data Lake')).toEqual(['data-lake', 'data-lake']);
    expect(ids('Built the enterprise data warehouse')).toEqual(['data-warehouse']);
    expect(taxonomy.ancestors('iceberg')).toContain('data-lake');
    expect(taxonomy.ancestors('data-lake')).toContain('data-warehouse');
  });
  it('knows the Microsoft Office Specialist programme by its later names', () => {
    expect(ids('Microsoft Office Certified Associate May 2011')).toEqual(['mos-certified']);
  });
  it('tells the services apart: a coast guard is no navy, the reserves are no regular army', () => {
    expect(ids('U.S. Coast Guard, boatswain mate')).toEqual(['coast-guard']);
    expect(ids('USMC infantry; Army National Guard')).toEqual(['marine-corps', 'military-reserve']);
    for (const id of ['coast-guard', 'marine-corps', 'military-reserve', 'navy'])
      expect(taxonomy.ancestors(id)).toContain('military');
  });
  it('knows an independent director, by any of its names, and no other director as one', () => {
    expect(ids('2011年2月起担任某股份有限公司独立董事')).toEqual(['independent-director']);
    expect(ids('Independent Non-Executive Director of Bank of China')).toContain('independent-director');
    expect(ids('2010年起任公司董事、总经理')).not.toContain('independent-director');
    expect(taxonomy.lookup('独董')).toBe('independent-director');
  });
  it("knows China's mass organizations, each apart, and a chamber of commerce as none", () => {
    expect(ids('现任省科协副主席、市妇联执委')).toEqual(['science-tech-association', 'womens-federation']);
    expect(ids('曾任市总工会副主席')).toEqual(['federation-of-trade-unions']);
    expect(taxonomy.ancestors('federation-of-trade-unions')).toEqual(
      expect.arrayContaining(['mass-organization', 'trade-union']),
    );
    expect(ids('市工商联副主席')).not.toContain('mass-organization');
  });
  it('reads 社交媒体运营 as social media work, not operations management', () => {
    expect(ids('负责公司新媒体运营和社媒推广')).toEqual(['social-media', 'social-media']);
    expect(ids('负责公司新媒体运营和社媒推广')).not.toContain('business-operations');
  });
  it('knows a QC inspector as quality work of its own post', () => {
    expect(ids('Quality Control Inspector, 2012 to 2016; first article inspection')).toEqual([
      'quality-inspector',
      'quality-inspector',
    ]);
    expect(taxonomy.ancestors('quality-inspector')).toContain('quality-management');
  });
  it('knows network monitoring and its tools, inside observability and networking', () => {
    expect(ids('24x7 network monitoring with SolarWinds Orion NPM and PRTG')).toEqual([
      'network-monitoring',
      'solarwinds',
      'solarwinds',
      'prtg',
    ]);
    expect(taxonomy.ancestors('solarwinds')).toEqual(expect.arrayContaining(['observability', 'networking']));
  });
  it('finds none of the new entries in their false friends', () => {
    expect(ids('负责社群团购运营，搭建社群团队')).not.toContain('mass-organization');
    expect(ids('多学科协作诊疗(MDT)；校科协主席')).not.toContain('science-tech-association');
    expect(ids('2002年新昌县总工会优秀工会工作者')).not.toContain('federation-of-trade-unions');
    expect(ids('董事会非独立董事')).not.toContain('independent-director');
    expect(ids('巢湖仓库主管')).not.toContain('data-lake');
    expect(ids('杂志社媒体合作')).not.toContain('social-media');
    expect(ids('USCG licensed 100 Ton Master')).toEqual(['shipping-industry']);
    expect(ids('Project accountant, US Army Corps of Engineers')).not.toContain('army');
    expect(ids('william.cook2@conus.army.mil')).toEqual([]);
  });
  it('knows the Himalayan states of India and their towns, in Chinese and English', () => {
    expect(ids('B.Tech, IIT Roorkee; worked in Dehradun, Uttarakhand')).toEqual(
      expect.arrayContaining(['roorkee', 'dehradun', 'uttarakhand']),
    );
    expect(taxonomy.lookup('查谟-克什米尔')).toBe('jammu-kashmir');
    expect(taxonomy.ancestors('kullu')).toEqual(expect.arrayContaining(['himachal-pradesh', 'india']));
  });
  it("knows India's public sector undertakings as state-owned employers, their short names in capitals only", () => {
    expect(ids('Summer training at BHEL Haridwar; project for NTPC')).toEqual(expect.arrayContaining(['indian-psu']));
    expect(ids('Worked at SAIL Bokaro steel plant')).toContain('indian-psu');
    expect(ids('Replaced the PSU and fans; went to sail on weekends')).not.toContain('indian-psu');
    expect(taxonomy.ancestors('indian-psu')).toContain('state-owned');
  });
  it("reads a joint venture as an employer of its own, not Hong Kong's 合资格 (qualified)", () => {
    expect(ids('1998年起任上海中外合资企业总经理')).toContain('joint-venture');
    expect(ids('在一家汽车合资厂任生产经理')).toContain('joint-venture');
    expect(ids('香港会计师公会合资格会计师')).not.toContain('joint-venture');
    expect(ids('合资企业')).not.toContain('foreign-company');
    expect(taxonomy.lookup(foldQuery('合资'))).toBe('joint-venture');
  });
  it('reads fast-moving consumer goods and their makers, not their names inside other words', () => {
    expect(ids('2010年起在快消品行业做销售')).toContain('fmcg');
    expect(ids('Brand manager, FMCG and CPG clients')).toContain('fmcg');
    expect(ids('Territory manager at Colgate-Palmolive, then Kraft Foods')).toEqual(
      expect.arrayContaining(['colgate', 'kraft']),
    );
    expect(taxonomy.ancestors('nestle')).toContain('fmcg');
    // 表达能力 holds 达能, 伊利诺伊 holds 伊利, 百事通 holds 百事, kraft paper is paper.
    expect(ids('沟通表达能力强')).toEqual([]);
    expect(ids('毕业于伊利诺伊大学')).not.toContain('yili-group');
    expect(ids('他是个百事通')).toEqual([]);
    expect(ids('packed in kraft paper bags')).not.toContain('kraft');
    // A query names them short.
    for (const [q, id] of [
      ['达能', 'danone'],
      ['卡夫', 'kraft'],
      ['百事', 'pepsico'],
      ['伊利', 'yili-group'],
    ])
      expect(taxonomy.lookup(foldQuery(q as string))).toBe(id);
  });
  it("reads a port as a part of shipping a query may ask for alone, not a scanning gun's 扫码头", () => {
    expect(ids('曾任南京港务局局长')).toContain('ports-harbours');
    expect(ids('新加坡集装箱码头分公司经理')).toContain('ports-harbours');
    expect(taxonomy.ancestors('ports-harbours')).toContain('shipping-industry');
    expect(ids('造船厂技术员')).not.toContain('ports-harbours');
    expect(ids('熟练使用扫码头和三大件')).toEqual(['barcodes']);
    expect(taxonomy.lookup(foldQuery('ports'))).toBe('ports-harbours');
    expect(ids('configured switch ports')).not.toContain('ports-harbours');
  });
  it("reads a province's organs, written with the 省 or after the province's name, apart from its congress", () => {
    expect(ids('任省委副书记')).toContain('zh-provincial-government');
    expect(ids('曾任江苏省机械工业厅副厅长')).toContain('zh-provincial-government');
    expect(ids('1990年起在广东省统计局工作')).toContain('zh-provincial-organ');
    expect(ids('中共江苏省委常委')).toContain('zh-provincial-organ');
    expect(taxonomy.ancestors('zh-provincial-organ')).toEqual(
      expect.arrayContaining(['zh-provincial-government', 'local-government']),
    );
    // A city's bureau is no province's; a seat in its congress is no post in its organs.
    expect(ids('深圳市统计局')).not.toContain('zh-provincial-organ');
    expect(ids('江苏省人大代表')).not.toContain('zh-provincial-organ');
    expect(ids('餐厅经理')).toEqual(['restaurants']);
  });
  it('reads Africa, its countries and their cities, not African American nor names and words inside Chinese', () => {
    expect(ids('Assistant at a firm in Nairobi, Kenya')).toEqual(['nairobi', 'kenya']);
    expect(ids('worked with Egyptian banks')).toEqual(['egypt']);
    expect(taxonomy.ancestors('lusaka')).toEqual(expect.arrayContaining(['zambia', 'africa']));
    expect(ids('在埃塞俄比亚、赞比亚做过项目')).toEqual(['ethiopia', 'zambia']);
    expect(ids('African American studies')).toEqual([]);
    expect(ids('增加纳税人数')).toEqual([]);
    expect(ids('Chad Smith')).toEqual([]);
    expect(taxonomy.lookup(foldQuery('加纳'))).toBe('ghana');
  });
  it('reads LDAP and Active Directory as directory services', () => {
    expect(ids('Configured LDAP against OpenLDAP')).toEqual(['ldap', 'ldap']);
    expect(taxonomy.ancestors('ldap')).toEqual(['directory-services']);
    expect(taxonomy.ancestors('active-directory')).toEqual(['directory-services']);
    expect(taxonomy.lookup(foldQuery('目录服务'))).toBe('directory-services');
  });
  it('reads a vocational or trade school apart from a community college, with 中专 one of them', () => {
    expect(ids('Certificate: Food Services, 1981 Keystone Job Corps')).toContain('vocational-school');
    expect(ids('IT Tech Prep, Trumbull Career and Technical Center')).toContain('vocational-school');
    expect(ids('Fitter, ITI Pune, 1995')).toContain('vocational-school');
    expect(ids('Associate degree, Valencia Community College')).not.toContain('vocational-school');
    expect(ids('GM Technical Center, Warren')).not.toContain('vocational-school');
    expect(taxonomy.ancestors('secondary-vocational')).toEqual(expect.arrayContaining(['vocational-school']));
  });
  it("reads a graduate certificate as a certificate, no master's degree", () => {
    expect(ids('在对外经济贸易大学学习金融课程，获得研究生结业证书')).toContain('graduate-certificate');
    expect(ids('在对外经济贸易大学学习金融课程，获得研究生结业证书')).not.toContain('master');
    expect(ids('Graduate Certificate in Project Management, Villanova University')).toContain('graduate-certificate');
    expect(taxonomy.ancestors('graduate-certificate')).toEqual(['certificate']);
  });
  it('reads the Carolinas and the US Southeast as regions over their states', () => {
    expect(taxonomy.lookup(foldQuery('the Carolinas'))).toBe('the-carolinas');
    expect(taxonomy.ancestors('south-carolina')).toEqual(expect.arrayContaining(['the-carolinas', 'us-southeast']));
    expect(taxonomy.ancestors('tennessee')).toContain('us-southeast');
    expect(taxonomy.lookup(foldQuery('southeastern US'))).toBe('us-southeast');
    expect(taxonomy.lookup(foldQuery('southeast'))).toBeUndefined();
  });
  it('reads public transit and a metro, a railway and public transit both, not 机电车间', () => {
    expect(ids('历任重庆公共电车公司秘书')).toContain('public-transit');
    expect(ids('在绵阳市汽车运输公司任经理')).toContain('public-transit');
    expect(taxonomy.ancestors('metro-rail')).toEqual(expect.arrayContaining(['railway', 'public-transit']));
    expect(ids('钢铁公司机电车间技术员')).not.toContain('public-transit');
    expect(taxonomy.lookup(foldQuery('公交'))).toBe('public-transit');
  });
  it("keeps the false friends the second review found out of this session's entries", () => {
    // A switch's port, a metro area, a joint-venture accountant, a naval college.
    expect(ids('Configuration port security on customer switch port')).not.toContain('ports-harbours');
    expect(ids('Sales rep for the Denver metro area')).not.toContain('metro-rail');
    expect(ids('Joint Venture Accountant, joint venture billing')).not.toContain('joint-venture');
    expect(ids('Britannia Royal Naval College')).not.toContain('britannia-industries');
    // Advisers to a province, its awards and projects, its party school.
    expect(ids('吉林省政府经济顾问')).toEqual(['jilin', 'government-adviser']);
    expect(ids('被聘为市政府经济顾问')).toEqual(['government-adviser']);
    expect(ids('被江苏省科委授予科技进步三等奖')).not.toContain('zh-provincial-organ');
    expect(ids('参与过省教育厅课题')).not.toContain('zh-provincial-government');
    expect(ids('毕业于省委党校')).not.toContain('zh-provincial-government');
    expect(ids('享受省政府特殊津贴')).toEqual(['special-allowance']);
    // Kraft paper, a dye, a self-evaluation, a part-time job, a scanned code.
    expect(ids('Kraft Mill Superintendent')).toEqual(['paper-industry']);
    expect(ids('对刚果红的光催化降解')).toEqual([]);
    expect(ids('学东西非常快')).toEqual([]);
    expect(ids('兼职校园大使')).toEqual([]);
    expect(ids('其中技术人员20人')).toEqual([]);
    expect(ids('二维码头像')).toEqual(['barcodes']);
    expect(ids('University Career Center intern')).not.toContain('vocational-school');
    expect(ids('Journal generate CRG, CPG, CTL')).not.toContain('fmcg');
  });
  it('reads test planning as software testing, and variances reported or explained as variance analysis', () => {
    expect(ids('Wrote test plans and the test strategy')).toEqual(['test-planning', 'test-planning']);
    expect(taxonomy.ancestors('test-planning')).toContain('software-testing');
    expect(ids('Prepare variance reports and explanations')).toEqual(['variance-analysis']);
    expect(ids('Balanced the drawer with no variances')).not.toContain('variance-analysis');
  });
  it('reads 3D printing in either language', () => {
    expect(ids('Designed 3D printed fixtures; additive manufacturing')).toEqual(['3d-printing', '3d-printing']);
    expect(ids('负责3D打印设备调试')).toContain('3d-printing');
    expect(ids('Printing press operator')).not.toContain('3d-printing');
  });
  it('reads mainland China over its regions and Greater China over it, Hong Kong, Macau and Taiwan', () => {
    expect(taxonomy.ancestors('suzhou')).toEqual(expect.arrayContaining(['mainland-china', 'greater-china']));
    expect(taxonomy.ancestors('taiwan')).toEqual(['greater-china']);
    expect(ids('Sales director, Greater China region')).toContain('greater-china');
    expect(taxonomy.lookup(foldQuery('China'))).toBe('mainland-china');
    // Not a bare China in a résumé, nor 大陆 or 内地 in a query (打流 sounds like 大陆).
    expect(ids('Products made in China')).toEqual([]);
    expect(taxonomy.lookup(foldQuery('大陆'))).toBeUndefined();
  });
  it("reads fire safety and firefighting training, not a fire-equipment maker's name", () => {
    expect(ids('Completed shipboard firefighting course; fire warden')).toEqual(['fire-safety', 'fire-safety']);
    expect(ids('组织员工消防安全培训')).toContain('fire-safety');
    expect(ids('某消防设备有限公司销售')).not.toContain('fire-safety');
    expect(taxonomy.lookup(foldQuery('消防'))).toBe('fire-safety');
  });
  it('reads the big US and European retail chains as retailers, not target, staples or CVS the tool', () => {
    expect(ids('Worked at Wal-Mart, then Costco Wholesale')).toEqual(['walmart', 'costco']);
    expect(taxonomy.ancestors('tesco')).toEqual(['retail']);
    expect(ids('Used CVS, SVN and Git')).not.toContain('cvs-health');
    expect(ids('Target mapping documents; office staples')).toEqual([]);
    for (const [q, id] of [
      ['Target', 'target-stores'],
      ['CVS', 'cvs-health'],
      ['沃尔玛', 'walmart'],
    ])
      expect(taxonomy.lookup(foldQuery(q as string))).toBe(id);
  });
  it('reads government contract accounting (DCAA audits, incurred cost submissions) under accounting', () => {
    expect(ids('Prepared incurred cost submissions for DCAA')).toEqual([
      'government-contract-accounting',
      'government-contract-accounting',
    ]);
    expect(taxonomy.ancestors('government-contract-accounting')).toContain('accounting');
  });
  it('reads a group finance company, not a finance department or a financial consultancy', () => {
    expect(ids('2009年9月任中油财务有限责任公司董事长')).toContain('group-finance-company');
    expect(ids('公司财务部经理')).not.toContain('group-finance-company');
    expect(ids('北京某某财务咨询有限公司')).not.toContain('group-finance-company');
    expect(taxonomy.ancestors('group-finance-company')).toContain('financial-services');
  });
  it('reads criminal justice as a field studied, a police academy one of its schools', () => {
    expect(ids('Major: Criminal Justice; minor in criminology')).toEqual(['criminal-justice', 'criminal-justice']);
    expect(ids('Technical Diploma: San Francisco Police Academy')).toContain('criminal-justice');
    expect(ids('Department of Homeland Security contractor')).not.toContain('criminal-justice');
  });
  it('reads high-volume hiring as recruiting', () => {
    expect(ids('Led high-volume hiring for call-center roles')).toContain('high-volume-recruiting');
    expect(ids('负责门店员工批量招聘')).toContain('high-volume-recruiting');
    expect(taxonomy.ancestors('high-volume-recruiting')).toContain('recruiting');
  });
  it('reads engineering changes (ECO, ECN) in capitals or by name, not eco- in a word', () => {
    expect(ids('Implement ECO, ECN and engineering change requests')).toEqual([
      'engineering-change',
      'engineering-change',
      'engineering-change',
    ]);
    expect(ids('eco-friendly packaging')).toEqual([]);
  });
  it("reads rotating equipment as a craft, and India's engineering services firms under their trade", () => {
    expect(ids('Maintained centrifugal pumps and gas turbines')).toEqual(['rotating-equipment', 'rotating-equipment']);
    expect(ids('Design engineer at Cyient, then L&T Technology Services')).toEqual(
      expect.arrayContaining(['cyient', 'ltts']),
    );
    expect(taxonomy.ancestors('tata-elxsi')).toEqual(['engineering-services']);
  });
  it("reads the armed services' own schools as military training, not a school or a boot camp", () => {
    expect(ids('AIT at Fort Gordon; Airman Leadership School graduate')).toEqual([
      'military-training',
      'military-training',
    ]);
    expect(taxonomy.ancestors('military-training')).toContain('military');
    expect(ids('Taught at a school in Ohio')).not.toContain('military-training');
    expect(ids('Completed a coding boot camp')).not.toContain('military-training');
  });
  it('reads makers of magnets (磁材, 永磁, 钕铁硼) as magnetic materials, and a slip of it by sound', () => {
    expect(ids('北矿磁材科技股份公司董事长；北京航空永磁材料厂厂长')).toEqual(
      expect.arrayContaining(['magnetic-materials', 'chairman', 'plant-manager']),
    );
    expect(ids('北京航空永磁材料厂').filter((id) => id === 'magnetic-materials')).toHaveLength(1);
    expect(ids('Sintered NdFeB permanent magnets')).toEqual(['magnetic-materials', 'magnetic-materials']);
    expect(homophone('词性材料', taxonomy)).toEqual({ from: '词性材料', to: '磁性材料' });
  });
  it('reads an executive director (执行董事) as a post of its own, not inside a non-executive one', () => {
    expect(ids('光大控股有限公司执行董事、首席执行官')).toEqual(['executive-director', 'chief-executive']);
    expect(ids('某集团非执行董事')).toEqual(['non-executive-director']);
    expect(ids('香港上市公司独立非执行董事')).toContain('independent-director');
    expect(ids('Non-executive director of a bank')).toEqual(['non-executive-director']);
  });
  it('reads bar codes and QR codes, lighting and the fitness trade as things of their own', () => {
    expect(ids('二维码生成和扫码识别；Design barcode labels')).toEqual(['barcodes', 'barcodes', 'barcodes']);
    expect(ids('照明方案设计、灯具开发、路灯')).toEqual(['lighting', 'lighting', 'lighting']);
    expect(ids('outdoor lighting systems; light fixtures')).toEqual(['lighting', 'lighting']);
    expect(ids('在健身俱乐部当教练')).toEqual(['fitness-industry']);
    expect(taxonomy.ancestors('fitness-trainer')).toEqual(['fitness-industry']);
    expect(homophone('二位码', taxonomy)).toEqual({ from: '二位码', to: '二维码' });
  });
  it("reads the world's regions and their countries as places, a Chinese bio's time abroad under its country", () => {
    expect(ids('Master of Science, University of Manila, Philippines')).toEqual([
      'master',
      'philippines',
      'philippines',
    ]);
    expect(taxonomy.ancestors('philippines')).toEqual(['southeast-asia']);
    expect(taxonomy.ancestors('india')).toEqual(['south-asia']);
    expect(taxonomy.ancestors('abroad-germany')).toEqual(expect.arrayContaining(['germany', 'europe', 'overseas']));
    expect(taxonomy.ancestors('sweden')).toEqual(['nordics', 'europe']);
    expect(ids('MSc, University of Leeds, UK')).toContain('united-kingdom');
    // The UK in capitals only (an e-mail's co.uk), Columbia University no Colombia, New Mexico no Mexico.
    expect(ids('mail: a.b@xyz.co.uk')).toEqual([]);
    expect(ids('毕业于哥伦比亚大学')).not.toContain('colombia');
    expect(ids('New Mexico State University')).not.toContain('mexico');
  });
  it('reads the head of a finance department as a finance manager (a CFO is one too), and the head of discipline inspection as a post', () => {
    expect(ids('计划财务部总经理')).toEqual(['finance-manager']);
    expect(ids('任财务部经理')).toEqual(['finance-manager']);
    expect(taxonomy.ancestors('cfo')).toContain('finance-manager');
    expect(taxonomy.ancestors('finance-manager')).not.toContain('cfo');
    expect(ids('任公司党委副书记、纪委书记')).toEqual(['party-secretary', 'discipline-secretary']);
    expect(ids('纪委副书记')).toEqual(['discipline-inspection']);
  });
  it('reads compatibility testing (cross-browser) and OEE / total productive maintenance, not a bare TPM', () => {
    expect(ids('Performed Functional, Compatibility testing on different browsers')).toEqual(['compatibility-testing']);
    // A web developer's pages built cross-browser compatible are no testing; asked for, it is.
    expect(ids('built cross-browser compatible pages')).toEqual([]);
    expect(taxonomy.lookup(foldQuery('cross-browser'))).toBe('compatibility-testing');
    expect(taxonomy.ancestors('compatibility-testing')).toEqual(['testing']);
    expect(ids('improving line OEE; total productive maintenance')).toEqual(['oee-tpm', 'oee-tpm']);
    expect(taxonomy.ancestors('oee-tpm')).toEqual(['lean']);
    expect(ids('TPM chip provisioning')).toEqual([]);
  });
  it("reads keeping patients' records as medical records", () => {
    expect(ids('Retrieved patient medical records; release of information')).toEqual([
      'medical-records',
      'medical-records',
    ]);
    expect(ids('负责病案管理')).toEqual(['medical-records']);
  });
  it('reads an academy of agricultural sciences (农科院) as one, not the field alone', () => {
    expect(ids('省农科院')).toEqual(['academy-of-agricultural-sciences']);
    expect(taxonomy.ancestors('academy-of-agricultural-sciences')).toEqual(
      expect.arrayContaining(['research-institute', 'agricultural-science']),
    );
    expect(ids('农科专业')).toEqual(['agricultural-science']);
  });
  it('reads music and dance trained in (声乐, kathak), not music listened to', () => {
    expect(ids('Junior diploma in vocal from Prayag sangit samiti; kathak dance')).toEqual(
      expect.arrayContaining(['music', 'dance']),
    );
    expect(ids('Hobbies: listening to music')).toEqual([]);
    expect(taxonomy.lookup(foldQuery('音乐'))).toBe('music');
    expect(taxonomy.ancestors('music-studies')).toEqual(['music']);
  });
  it('reads carriers by name as telecom operators (中国移动, Airtel, AT&T), not a scrum sprint or 互联通信', () => {
    expect(ids('AT&T Community Network; Airtel and BSNL')).toEqual(['at-and-t', 'airtel', 'bsnl']);
    expect(taxonomy.ancestors('bsnl')).toEqual(expect.arrayContaining(['telecom-operator', 'indian-psu']));
    expect(ids('中国移动通信集团广东有限公司')).toContain('china-mobile');
    expect(ids('互联通信')).toEqual([]);
    expect(taxonomy.lookup(foldQuery('联通'))).toBe('china-unicom');
    expect(ids('sprint planning and reviews')).toEqual([]);
  });
  it('leaves out the false friends of new places and trades (国泰国际, 都柏林, 电磁兼容, 永磁同步, 疾病案例, Gulf of Mexico)', () => {
    expect(ids('江苏国泰国际集团')).not.toContain('thailand');
    expect(ids('爱尔兰都柏林大学')).not.toContain('berlin');
    expect(ids('电磁兼容性测试')).not.toContain('compatibility-testing');
    expect(ids('执行董事长')).toEqual(['chairman']);
    expect(ids('永磁同步电机控制')).toEqual([]);
    expect(ids('传染病案例分析')).not.toContain('medical-records');
    expect(ids('Gulf of Mexico offshore platforms')).not.toContain('mexico');
    expect(ids('Apache Jakarta Commons')).not.toContain('indonesia');
    expect(ids('兴趣爱好：健身')).toEqual([]);
    expect(ids('electronic medical records (EMR)')).toEqual(['ehr', 'ehr']);
  });
  it('reads the highest grade of professional title in any profession (教授级高级会计师, 主任医师) under 正高级', () => {
    expect(ids('中专文化，教授级高级会计师')).toContain('zh-professor-accountant');
    expect(ids('大学学历，教授级高级政工师')).toContain('zh-professor-political-worker');
    expect(ids('主任医师')).toEqual(['chief-physician']);
    for (const id of [
      'zh-professor-accountant',
      'zh-professor-political-worker',
      'zh-professor-engineer',
      'chief-physician',
    ])
      expect(taxonomy.ancestors(id)).toContain('zh-professor-title');
    expect(taxonomy.ancestors('zh-professor-accountant')).toContain('zh-senior-accountant');
    expect(taxonomy.lookup(foldQuery('正高级'))).toBe('zh-professor-title');
    expect(taxonomy.lookup(foldQuery('教授级'))).toBe('zh-professor-title');
    // (In a résumé the grade alone is not read as the title.)
    expect(ids('晋升到教授级岗位')).not.toContain('zh-professor-title');
    expect(ids('副主任医师')).toEqual(['physician']);
  });
  it('reads diversity and inclusion work (多元化与包容, diversity hiring) and restaurants (餐饮, food service) apart from food makers', () => {
    expect(ids('led diversity and inclusion programs')).toEqual(['diversity-inclusion']);
    expect(ids('负责多元化与包容项目')).toEqual(['diversity-inclusion']);
    expect(ids('biodiversity research')).toEqual([]);
    expect(ids('restaurant manager; fast food')).toEqual(['restaurants', 'restaurants']);
    expect(taxonomy.ancestors('restaurants')).toEqual(['food-beverage']);
    expect(ids('food processing plant')).toEqual(['food-beverage']);
  });
  it('reads a seat on a board (董事, board member) with every kind of director under it, not the board itself', () => {
    expect(ids('现任某某有限公司董事、副总经理')).toEqual(['board-director', 'general-manager']);
    expect(ids('he sits on the board of two nonprofits')).toContain('board-director');
    // The board and its office are no one's seat; its posts are theirs.
    expect(ids('经董事会聘任为总经理')).toEqual(['general-manager']);
    expect(ids('董事会办公室主任')).not.toContain('board-director');
    expect(ids('董事会秘书')).toEqual(['board-secretary']);
    expect(ids('非独立董事')).toEqual([]);
    for (const id of ['chairman', 'independent-director', 'external-director', 'employee-director'])
      expect(taxonomy.ancestors(id)).toContain('board-director');
    // A chairman of the board named with it; a managing director (董事总经理) and the chairman's secretary
    // and office are no seat; who reports to the board members holds none.
    expect(ids('第七届董事会董事长')).toEqual(['chairman']);
    expect(ids('荷兰银行董事总经理')).not.toContain('board-director');
    expect(ids('董事长秘书')).toEqual(['administrative-assistant']);
    expect(ids('董事长办公室处长')).toEqual([]);
    expect(ids('Prepared reports for the board members')).toEqual([]);
    // An executive in sales, marketing or HR is no senior executive.
    expect(taxonomy.lookup(foldQuery('sales executives'))).toBe('sales');
    expect(ids('职工董事')).toEqual(['employee-director']);
    // Executives asked for in the plural are the senior ones; a résumé's `executive` alone is no post.
    expect(taxonomy.lookup(foldQuery('executives'))).toBe('senior-executives');
    expect(ids('account executive; executive assistant to the CFO')).not.toContain('senior-executives');
  });
  it('reads an architect of buildings (建筑师, 总规划师) apart from a software architect, and a manual tester as manual testing', () => {
    expect(ids('国家二级理财规划师；职业规划师')).not.toContain('building-architect');
    expect(ids('历任某设计院总建筑师、副院长')).toEqual(['design-institute', 'building-architect']);
    expect(ids('一级注册建筑师')).toEqual(['registered-architect']);
    expect(taxonomy.ancestors('registered-architect')).toContain('building-architect');
    expect(ids('系统架构师')).not.toContain('building-architect');
    expect(ids('Manual Tester, Infosys')).toContain('manual-testing');
  });
  it('reads the head of a finance division (财务处长, 计财处长) as a finance manager of its own', () => {
    expect(ids('历任某大学计财处处长、财务处长')).toEqual(['finance-division-head', 'finance-division-head']);
    expect(taxonomy.ancestors('finance-division-head')).toContain('finance-manager');
    expect(ids('财务部经理')).toEqual(['finance-manager']);
  });
  it('reads German employers (德资企业, Siemens, Bosch, 上海大众, SAP Labs) as Japanese ones are read', () => {
    expect(ids('德资企业')).toEqual(['german-company']);
    expect(taxonomy.lookup(foldQuery('德企'))).toBe('german-company');
    for (const id of ['siemens', 'bosch', 'volkswagen', 'sap-company'])
      expect(taxonomy.ancestors(id)).toContain('german-company');
    expect(ids('上海大众汽车有限公司')).toEqual(['volkswagen']);
    // Not Shanghai's 大众 taxis, a camera's Bayer pattern or a Siemens controller programmed.
    expect(ids('上海大众交通集团')).not.toContain('volkswagen');
    expect(ids('Bayer pattern demosaic; 拜耳阵列')).toEqual([]);
    expect(ids('西门子PLC编程')).toEqual(['plc']);
    expect(ids('在财务处长期从事会计工作')).not.toContain('finance-division-head');
    expect(ids('SAP Labs India')).toContain('sap-company');
    expect(ids('SAP FICO consultant')).not.toContain('sap-company');
    // (Sony stands alone: its name is a product as often, a laptop or a camera.)
    expect(taxonomy.ancestors('sony')).toEqual([]);
  });
  it('reads more of California (Sacramento, Oakland, Long Beach) and of New York and New Jersey (Long Island, North Jersey)', () => {
    expect(ids('Sacramento; Oakland')).toEqual(['sacramento', 'oakland']);
    expect(taxonomy.ancestors('sacramento')).toContain('california');
    expect(ids('Long Island')).toEqual(['new-york']);
    expect(ids('North Jersey')).toEqual(['jersey-city']);
    expect(taxonomy.ancestors('jersey-city')).toContain('new-jersey');
    // A family name is no city.
    expect(ids('Mark Irvine')).toEqual([]);
  });
  it('reads an office’s facilities and general affairs (后勤, 总务, canteen, housekeeping) and a commerce bureau (商务局, 外经贸委, MOFCOM)', () => {
    expect(ids('历任后勤处处长、总务科科长')).toEqual(['facilities-admin', 'facilities-admin']);
    expect(ids('Monitoring of Canteen, Housekeeping')).toContain('facilities-admin');
    expect(ids('市商务局副局长；市外经贸委主任')).toEqual(['commerce-bureau', 'commerce-bureau']);
    expect(ids('MOFCOM')).toEqual(['commerce-bureau']);
    // Not a firm's business department.
    expect(ids('公司商务部经理')).not.toContain('commerce-bureau');
    expect(ids('Ministry of Finance, Government of India')).toContain('finance-bureau');
  });
  it('reads the aerospace and car-trade quality systems (AS9100, IATF 16949 / ISO/TS 16949) and engineering societies’ members by their abbreviations', () => {
    expect(ids('ISO/TS 16949 and AS9100D')).toEqual(['iatf-16949', 'as9100']);
    expect(taxonomy.ancestors('iatf-16949')).toContain('quality-management');
    expect(ids('ISO/TS 16949')).not.toContain('typescript');
    expect(ids('Member of ASME; SWE member')).toEqual(['engineering-society', 'engineering-society']);
    // A code or a standard is no membership.
    expect(ids('designed to ASME Section III')).toEqual([]);
  });
  it('reads an SOE in capitals as a state-owned enterprise, and animal husbandry as farming', () => {
    expect(ids('a big SOE group')).toEqual(['state-owned']);
    expect(ids('shoes and soes')).toEqual([]);
    expect(ids('animal husbandry; poultry farming')).toEqual(['agriculture', 'agriculture']);
  });
  it('reads AVIC’s aircraft makers by their short names (西飞, 洪都航空), CEC’s firms, and distressed assets with the asset management companies', () => {
    expect(ids('历任西飞公司副总经理、江西洪都航空工业集团董事长')).toEqual(expect.arrayContaining(['avic']));
    expect(ids('完成飞行试验')).toEqual([]);
    expect(ids('中国电子信息产业集团；中国软件与技术服务股份有限公司')).toEqual(['cec', 'cec']);
    expect(ids('中国电子学会理事')).not.toContain('cec');
    expect(taxonomy.lookup(foldQuery('中国电子'))).toBe('cec');
    expect(ids('负责不良资产处置；中国长城资产管理公司')).toEqual(['distressed-assets', 'distressed-assets']);
    expect(ids('managed the NPA portfolio')).toEqual(['distressed-assets']);
  });
  it('reads a CIO (首席信息官, 信息总监, 信息化部部长) as the top IT manager, the bare CIO in queries only', () => {
    expect(ids('2009年起担任公司信息总监；总经济师兼信息化部部长')).toEqual(['cio', 'chief-economist', 'cio']);
    expect(taxonomy.ancestors('cio')).toEqual(expect.arrayContaining(['it-manager', 'senior-executives']));
    expect(taxonomy.lookup(foldQuery('CIO'))).toBe('cio');
    expect(ids('CIO magazine contributor')).toEqual([]);
  });
  it('finds aliases of five words and more in text (`Industrial and Commercial Bank of China`, `Lean Six Sigma Black Belt`)', () => {
    expect(ids('Industrial and Commercial Bank of China')).toEqual(['icbc']);
    expect(ids('MBA, Shanghai University of Finance and Economics')).toContain('sufe');
    expect(ids('Certified Lean Six Sigma Black Belt')).toContain('six-sigma-black-belt');
    expect(ids('Larsen & Toubro Technology Services')).toEqual(['ltts']);
    // … and a shorter alias inside one still where the longer is not written.
    expect(ids('Shanghai University, 2010')).toEqual(['shanghai-university']);
  });
  it('reads first aid in Chinese (急救证, 红十字救护员) as first aid, under the life-support certificates, and ChemE as chemical engineering', () => {
    expect(ids('持有急救证，红十字救护员')).toEqual(['first-aid', 'first-aid']);
    expect(taxonomy.ancestors('first-aid')).toContain('cpr');
    expect(ids('BS in ChemE')).toContain('chemical-engineering');
  });
  it('reads vendor management (供应商管理, vendor selection, strategic sourcing) under procurement, not a recruiter’s sourcing', () => {
    expect(ids('Vendor Management and vendor selection')).toEqual(['vendor-management', 'vendor-management']);
    expect(ids('负责供应商开发与管理')).toEqual(['vendor-management']);
    expect(taxonomy.ancestors('vendor-management')).toContain('procurement');
    expect(ids('candidate sourcing on LinkedIn')).not.toContain('vendor-management');
  });
  it('reads electrical safety practice (NFPA 70E, lockout/tagout, arc flash training) apart from arc flash studies', () => {
    expect(ids('NFPA 70E; lockout-tagout (LOTO); ARC Flash Training')).toEqual([
      'electrical-safety',
      'electrical-safety',
      'electrical-safety',
      'electrical-safety',
    ]);
    expect(ids('arc flash study')).toEqual(['power-system-analysis']);
    expect(ids('loto')).toEqual([]);
  });
  it('reads association posts (会长, 副会长, 理事长) and industry associations, chambers of commerce apart', () => {
    expect(ids('中国塑料加工协会副会长')).toEqual(['plastics', 'industry-association', 'association-vice-president']);
    expect(taxonomy.ancestors('association-vice-president')).toContain('association-leader');
    expect(ids('浙江省工商联副主席、温州总商会会长')).toEqual([
      'zhejiang',
      'chamber-of-commerce',
      'wenzhou',
      'chamber-of-commerce',
      'association-leader',
    ]);
    expect(taxonomy.ancestors('chamber-of-commerce')).toContain('industry-association');
    // A students' union is no association.
    expect(ids('学生会会长')).toEqual(['student-leader']);
  });
  it('reads administration departments by their Chinese names, and not a penalty or a government body', () => {
    expect(ids('综合管理部总经理')).toContain('office-administration');
    expect(ids('人力行政中心总监')).toEqual(['hr-admin-department']);
    expect(taxonomy.ancestors('hr-admin-department')).toEqual(
      expect.arrayContaining(['office-administration', 'human-resources']),
    );
    expect(ids('受到行政处罚；政府行政部门')).toEqual([]);
  });
  it('tells where a school is by the place its name holds, and every place that place is in', () => {
    expect(taxonomy.schoolsIn('sichuan')).toContain('sichuan-university');
    // 深圳大学 is in Shenzhen, so in Guangdong.
    expect(taxonomy.schoolsIn('guangdong')).toContain('shenzhen-university');
    expect(taxonomy.schoolsIn('tianjin')).toContain('tianjin-university-of-finance-and-economics');
    expect(taxonomy.schoolsIn('sichuan')).not.toContain('tsinghua');
    expect(taxonomy.schoolsIn('java')).toEqual([]);
  });
  it('reads board committees (审计委员会, 薪酬与考核委员会) as governance seats, not audit or payroll work, and standards committees', () => {
    expect(ids('董事会薪酬与考核委员会召集人、审计委员会委员')).toEqual(['remuneration-committee', 'audit-committee']);
    expect(taxonomy.ancestors('remuneration-committee')).toEqual(['board-committee']);
    expect(ids('Member, Board Audit Committee')).toEqual(['audit-committee']);
    expect(ids('全国钢标准化技术委员会委员，标委会秘书长')).toContain('standards-committee');
  });
  it('keeps meetings, the CPPCC, artists’ associations and the regulator’s committees out of associations and board committees', () => {
    expect(ids('中国人民政治协商会议委员；经销商会议；招商会策划')).toEqual([]);
    expect(ids('中国作家协会会员，市计算机协会会长助理')).toEqual([]);
    expect(ids('该独立董事由公司董事会提名委员会提名')).not.toContain('nomination-committee');
    expect(ids('中国证监会并购重组审核委员会委员')).not.toContain('audit-committee');
    expect(ids('配合工商行政管理部门检查，固废综合处置项目')).not.toContain('office-administration');
    expect(ids('开放平台OpenAPI')).toEqual(['api']);
  });
  it('places a school by its Chinese name, or a group of schools named by a place (上海高校: Fudan), not by its English name’s words', () => {
    expect(taxonomy.schoolsIn('shanghai')).toEqual(expect.arrayContaining(['fudan', 'tongji', 'sjtu']));
    // 暨南大学 (Jinan University) is in Guangzhou, not Jinan; CEIBS (中欧) not in Europe.
    expect(taxonomy.schoolsIn('shandong')).not.toContain('jinan-university');
    expect(taxonomy.schoolsIn('europe')).not.toContain('ceibs');
    // A group of another kind (财经院校, among whose names is 北京商学院) is in no place.
    expect(taxonomy.schoolsIn('beijing')).not.toContain('swufe');
  });
  it('reads a Chinese company or university asked for in English as one in mainland China, in queries only', () => {
    expect(taxonomy.lookup(foldQuery('Chinese company'))).toBe('mainland-china');
    expect(taxonomy.lookup(foldQuery('chinese universities'))).toBe('mainland-china');
    // A résumé's `a Chinese company` is not read as a place (nor `Chinese` alone, a language).
    expect(ids('Sold machines to a Chinese company; fluent in Chinese')).toEqual([]);
  });
  it('reads hybrid apps (混合开发, WebView, a JS bridge) with Cordova and Ionic under them, not a bare hybrid', () => {
    expect(new Set(ids('负责App混合开发，WebView与原生JSBridge交互'))).toEqual(new Set(['hybrid-app']));
    expect(taxonomy.ancestors('cordova')).toEqual(expect.arrayContaining(['hybrid-app', 'mobile']));
    expect(taxonomy.ancestors('ionic')).toContain('hybrid-app');
    expect(ids('Hybrid cloud migration; hybrid work model')).not.toContain('hybrid-app');
    // Ionic as written, not ionic liquids; Cordova the town is no framework.
    expect(ids('synthesis of ionic liquids')).toEqual([]);
    expect(ids('Electrician (WLB-209) - Cordova, AK')).not.toContain('cordova');
    expect(ids('Mobile: Ionic, Cordova plugins, Angular')).toEqual(['ionic', 'cordova', 'angular']);
    expect(taxonomy.lookup(foldQuery('ionic'))).toBe('ionic');
  });
  it('reads a visiting scholar (访问学者, visiting researcher) apart from a visiting or guest professorship', () => {
    expect(ids('1998年赴美国斯坦福大学做访问学者')).toContain('visiting-scholar');
    expect(ids('Visiting Researcher, MIT Media Lab')).toContain('visiting-scholar');
    expect(taxonomy.lookup(foldQuery('visiting professor'))).toBe('adjunct-professor');
    // Scholars one hosted are no visit of one's own.
    expect(ids('培养博士研究生及指导访问学者20余名')).not.toContain('visiting-scholar');
  });
  it('reads construction machinery (工程机械) under machinery, with its big Chinese makers by name', () => {
    expect(ids('2010年至今任徐工集团工程机械股份有限公司监事')).toEqual(
      expect.arrayContaining(['xcmg', 'construction-machinery']),
    );
    expect(taxonomy.ancestors('liugong')).toEqual(expect.arrayContaining(['construction-machinery', 'machinery']));
    // Port cranes are machinery, not construction machinery; a place before a maker's name stays a place.
    expect(taxonomy.ancestors('zpmc')).not.toContain('construction-machinery');
    expect(ids('徐州徐工筑路机械有限公司监事')).toEqual(expect.arrayContaining(['xuzhou', 'xcmg']));
    // A crane operator's or inspector's 起重机械 and an operator's earthmoving equipment name no maker.
    expect(ids('持有起重机械司机证')).not.toContain('construction-machinery');
    expect(ids('Operated heavy earthmoving equipment including dozers')).not.toContain('construction-machinery');
    expect(ids('曾任中国重型汽车集团济南卡车有限公司总工程师')).toContain('sinotruk');
    // `Sany` is the maker in a question only; in a résumé it may be a name.
    expect(taxonomy.lookup(foldQuery('Sany'))).toBe('sany');
    expect(ids('Sany Thomas, Accountant')).not.toContain('sany');
  });
  it('reads fluid power as hydraulics and pneumatics together, and a bare `hydraulic` as hydraulics in questions only', () => {
    expect(taxonomy.ancestors('hydraulics')).toContain('fluid-power');
    expect(taxonomy.ancestors('pneumatics')).toContain('fluid-power');
    expect(taxonomy.lookup(foldQuery('hydraulic'))).toBe('hydraulics');
    expect(ids('SPE hydraulic fracturing design')).not.toContain('hydraulics');
    expect(ids('Troubleshot hydraulic components and pneumatic actuators')).toEqual(['hydraulics', 'pneumatics']);
  });
  it('reads Six Sigma yellow and white belts as their own, and a bare `yellow belt` as one in questions only', () => {
    expect(ids('SIX SIGMA YELLOW BELT CERTIFIED')).toContain('six-sigma-yellow-belt');
    expect(ids('Additional activities: CI White Belt, Loss Prevention Team')).toContain('six-sigma-white-belt');
    expect(taxonomy.lookup(foldQuery('yellow belt'))).toBe('six-sigma-yellow-belt');
    // A martial art's belts in a résumé are not Six Sigma's.
    expect(ids('Karate: yellow belt; judo white belt')).toEqual([]);
  });
  it('reads EJB as its own, under Java EE', () => {
    expect(ids('Developed session beans and EJB 3 services on WebLogic')).toContain('ejb');
    expect(taxonomy.ancestors('ejb')).toEqual(expect.arrayContaining(['java-ee', 'java']));
    expect(ids('J2EE developer')).not.toContain('ejb');
  });
  it('reads a question’s GM and DGM as a general manager’s post; a résumé’s GM may be General Motors', () => {
    expect(taxonomy.lookup(foldQuery('GM'))).toBe('general-manager');
    expect(taxonomy.lookup(foldQuery('DGM'))).toBe('general-manager');
    expect(ids('Quality engineer, GM Powertrain')).not.toContain('general-manager');
  });
  it('reads an internship (实习, intern, articleship), not a school’s practice plant or a co-op bank', () => {
    expect(ids('2015年在某会计师事务所审计实习')).toContain('internship');
    expect(ids('Summer Intern, Ford Motor Company')).toContain('internship');
    expect(ids('曾任某大学实习厂厂长')).not.toContain('internship');
    expect(taxonomy.lookup(foldQuery('co-op'))).not.toBe('internship');
  });
  it('reads health care fields one studies: nursing degrees, health administration, radiography, medical laboratory science', () => {
    expect(ids('Associate Degree in Nursing (ADN), then RN-BSN')).toContain('nursing-degree');
    expect(taxonomy.ancestors('nursing-degree')).toContain('nurse');
    expect(ids('Bachelor of Science: Health Care Administration')).toContain('health-administration');
    expect(ids('A.S. Radiologic Technology')).toContain('radiologic-technology');
    // A maker of medical devices is no medical laboratory.
    expect(ids('Sales rep for a medical technology company')).not.toContain('medical-laboratory');
  });
  it('keeps false friends out of the health care fields and internships (a review grepped the pool)', () => {
    expect(ids('ultrasonic weld flaw detection, radiography, visual inspection')).not.toContain(
      'radiologic-technology',
    );
    expect(ids('Programmer at Application Development Network (ADN)')).not.toContain('nursing-degree');
    expect(ids('Project: Hospital Management System for multispecialty hospitals')).not.toContain(
      'health-administration',
    );
    expect(ids('1985年任研究实习员，后任助理研究员')).not.toContain('internship');
    const hr = ids('Managed the Co-op and intern programs; attends career fairs');
    expect(hr).toContain('campus-recruiting');
    expect(hr).not.toContain('internship');
  });
  it('reads Citrix (XenApp, XenDesktop) under desktop virtualization (VDI, 虚拟桌面)', () => {
    expect(ids('Citrix XenApp 6.5 farm administration')).toContain('citrix');
    expect(taxonomy.ancestors('citrix')).toContain('desktop-virtualization');
    expect(ids('负责虚拟桌面(VDI)运维')).toContain('desktop-virtualization');
  });
  it('reads Northeastern University in Shenyang as 东北大学, and the bare English name as no school (Boston’s too)', () => {
    expect(taxonomy.lookup(foldQuery('Northeastern University in Shenyang'))).toBe('neu-china');
    expect(taxonomy.lookup(foldQuery('Northeastern University'))).toBeUndefined();
  });
  it('reads renovations and build-outs as the work one led, and a general contractor, apart from the fit-out trade', () => {
    expect(ids('Managed office build-outs and renovation projects with the general contractor')).toEqual(
      expect.arrayContaining(['renovation', 'general-contractor']),
    );
    expect(taxonomy.ancestors('renovation')).not.toContain('decoration-industry');
  });
  it('reads Oracle the company by its own names, and a bare Oracle as the database', () => {
    expect(ids('Transaction Processor - Oracle India Private Limited')).toContain('oracle-corp');
    expect(ids('Oracle 11g, PL/SQL')).toEqual(expect.arrayContaining(['oracle-db']));
    expect(ids('Oracle 11g, PL/SQL')).not.toContain('oracle-corp');
  });
  it('reads contract management in both languages, and not a contract role or a labour contract', () => {
    expect(ids('负责公司合同审核及合同台账管理')).toContain('contract-management');
    expect(ids('Contract administration for vendor service agreements')).toContain('contract-management');
    // An HR line's union contracts, a system's module and a construction Contracts Manager are not it.
    expect(ids('interpreting and administering contracts and helping resolve work-related problems')).not.toContain(
      'contract-management',
    );
    expect(ids('负责入离职手续、劳动合同管理、社保公积金')).not.toContain('contract-management');
    expect(ids('开发合同管理系统后台')).not.toContain('contract-management');
    expect(ids('Contracts Manager for three residential building sites')).not.toContain('contract-management');
    expect(ids('Java developer on a 6-month contract role')).not.toContain('contract-management');
    expect(ids('办理员工劳动合同签订')).not.toContain('contract-management');
  });
  it('reads the US Gulf Coast as a region over its states, apart from the Gulf states of the Middle East', () => {
    expect(taxonomy.lookup(foldQuery('Gulf Coast'))).toBe('us-gulf-coast');
    expect(taxonomy.ancestors('houston')).toContain('us-gulf-coast');
    // Over its metros, not its states whole.
    expect(taxonomy.ancestors('texas')).not.toContain('us-gulf-coast');
    expect(taxonomy.ancestors('dallas')).not.toContain('us-gulf-coast');
    expect(taxonomy.ancestors('us-gulf-coast')).not.toContain('middle-east');
    expect(taxonomy.lookup(foldQuery('gulf'))).toBe('gulf-states');
  });
  it('reads Apache Struts, the Java web framework, and not a car’s struts', () => {
    expect(ids('Framework: Struts, Hibernate, Spring')).toContain('struts');
    expect(ids('ExtJS + Struts2 + Spring')).toContain('struts');
    expect(ids('Replaced tires, shocks, struts and brakes')).not.toContain('struts');
    expect(taxonomy.lookup(foldQuery('struts'))).toBe('struts');
  });
  it('reads China’s appliance makers by their full names, not inside other words (上海尔…, 中海信托)', () => {
    expect(ids('历任青岛海尔电冰箱总厂生产技术科长')).toEqual(expect.arrayContaining(['haier', 'qingdao']));
    expect(ids('曾任美的空调事业部国内营销公司总经理')).toContain('midea');
    expect(ids('Worked at Hisense, Midea (Little Swan) and Gree Electric')).toEqual(
      expect.arrayContaining(['hisense', 'midea', 'little-swan', 'gree']),
    );
    expect(ids('党委书记、上海尔华杰机电装备制造有限公司')).not.toContain('haier');
    expect(ids('中海信托股份有限公司监事')).not.toContain('hisense');
    // Given names and other swans are no makers.
    const names = ids('Changhong Li, Chunlan Wang - Java developers');
    expect(names).not.toContain('changhong');
    expect(names).not.toContain('chunlan');
    expect(ids('重庆小天鹅餐饮集团店长')).not.toContain('little-swan');
    expect(taxonomy.ancestors('little-swan')).toEqual(expect.arrayContaining(['midea', 'home-appliances']));
  });
  it('reads a credit union and a 信用社 as one kind of bank, apart from credit work', () => {
    expect(ids('Member service rep at Navy Federal Credit Union')).toContain('credit-union');
    expect(ids('曾任某县农村信用合作联社主任')).toContain('credit-union');
    expect(taxonomy.ancestors('credit-union')).toContain('banking');
    expect(ids('Member service rep at Navy Federal Credit Union')).not.toContain('credit');
  });
  it('reads China’s big steelmakers by their short names, under steel, and never takes the city before them', () => {
    expect(ids('1998年加入宝钢，历任宝钢热轧厂党委书记')).toContain('baosteel');
    expect(ids('曾任攀钢集团炼铁厂厂长')).toContain('pangang');
    expect(taxonomy.ancestors('shougang')).toContain('steel-industry');
    expect(ids('马鞍山钢铁股份有限公司')).toEqual(['maanshan', 'steel-industry']);
    expect(ids('日本钢铁协会')).not.toContain('benxi-steel');
  });
  it('reads timekeeping (考勤) and onboarding (入职手续) as HR work in both languages, not a bare attendance', () => {
    expect(ids('负责员工考勤统计与入职手续办理')).toEqual(expect.arrayContaining(['timekeeping']));
    expect(ids('负责办理入职手续')).toContain('onboarding');
    expect(ids('Processed time and attendance records and ran new hire orientation')).toEqual(
      expect.arrayContaining(['timekeeping', 'onboarding']),
    );
    expect(ids('Received a perfect attendance award')).not.toContain('timekeeping');
    expect(taxonomy.ancestors('onboarding')).toContain('human-resources');
  });
  it('reads upselling and cross-selling (交叉销售) as one kind of selling, in both languages', () => {
    expect(ids('负责老客户交叉销售与追加销售')).toContain('upselling');
    expect(ids('Upsold and cross-sold banking products to existing clients')).toContain('upselling');
    expect(ids('Consistently met up-selling targets')).toContain('upselling');
    expect(taxonomy.ancestors('upselling')).toContain('sales');
    expect(ids('负责交叉学科研究')).not.toContain('upselling');
  });
  it('reads a dispatcher’s work (dispatch, 调度员) apart from task scheduling, and FAA certificates apart from the grocer A&P', () => {
    expect(ids('Truck dispatcher: dispatched drivers and tracked freight')).toContain('dispatch');
    expect(ids('Aircraft Dispatcher at Delta Airlines')).toContain('dispatch');
    expect(ids('曾任公交调度员')).toContain('dispatch');
    // Goods, invoices and a plant's production command are not.
    expect(ids('Receiving and dispatching goods; timely dispatch of invoices')).not.toContain('dispatch');
    expect(ids('曾任总调度室总调度长')).not.toContain('dispatch');
    expect(taxonomy.lookup(foldQuery('dispatching'))).toBe('dispatch');
    expect(ids('负责分布式任务调度平台开发')).not.toContain('dispatch');
    expect(ids('Certifications/License: FCC License, A&P License')).toContain('faa-certificate');
    expect(ids('F.A.A Aircraft Dispatcher License')).toEqual(['faa-certificate']);
    expect(ids('Cashier at A&P supermarket')).not.toContain('faa-certificate');
    expect(ids('HR compliance: EEOC, FAA/DOT, workers compensation')).not.toContain('faa-certificate');
    expect(ids('Supported FAA certification of the flight control software')).not.toContain('faa-certificate');
    expect(ids('Performed airframe and power plant maintenance')).not.toContain('faa-certificate');
    expect(ids('Private Pilot License (DGCA)')).not.toContain('faa-certificate');
    expect(taxonomy.lookup(foldQuery('A&P'))).toBe('faa-certificate');
  });
  it('reads a senior or executive vice president (高级副总裁, SVP, EVP) as a rank of its own, under the chief executive', () => {
    expect(ids('现任某股份有限公司高级副总裁')).toEqual(['senior-vp']);
    expect(ids('Sr. Vice President, Operations')).toContain('senior-vp');
    expect(ids('Reported to the EVP of Sales')).toContain('senior-vp');
    expect(taxonomy.ancestors('senior-vp')).toContain('chief-executive');
    expect(ids('现任某公司副总裁')).not.toContain('senior-vp');
  });
  it('reads workers’ compensation (工伤保险) and return to work on light duty as HR work, apart from benefits', () => {
    expect(ids("Processed Worker's Compensation claims")).toContain('workers-compensation');
    expect(ids('负责工伤保险申报与工伤认定')).toContain('workers-compensation');
    expect(ids('Coordinates light duty restrictions with managers')).toContain('return-to-work');
    expect(taxonomy.ancestors('return-to-work')).toEqual(
      expect.arrayContaining(['workers-compensation', 'human-resources']),
    );
    expect(taxonomy.ancestors('workers-compensation')).not.toContain('benefits');
    expect(ids('Returned to work on the night shift')).not.toContain('return-to-work');
    // Light-duty trucks and cabinets are no return to work.
    expect(ids('Calibrated light duty truck emissions; light-duty ATM cabinets')).not.toContain('return-to-work');
    expect(taxonomy.lookup(foldQuery('light duty'))).toBe('return-to-work');
  });
  it('reads first aid (急救证) as a certificate of its own, under CPR', () => {
    expect(ids('Certifications: First Aid, CPR')).toEqual(expect.arrayContaining(['first-aid', 'cpr']));
    expect(ids('持有红十字救护员证')).toContain('first-aid');
    expect(ids('BLS certified')).not.toContain('first-aid');
    expect(ids('CPR/First Aid certified')).toContain('first-aid');
    // An emergency centre or department one works at is no certificate.
    expect(ids('北京市急救中心医生，院前急救')).not.toContain('first-aid');
    expect(taxonomy.ancestors('first-aid')).toContain('cpr');
  });
  it('knows the Middle East beyond the Gulf: Turkey by its name in capitals, Jordan by its Chinese name', () => {
    expect(ids('B.S., Istanbul Technical University, Turkey')).toEqual(
      expect.arrayContaining(['istanbul', 'turkey-country']),
    );
    expect(ids('Carved turkey and roast beef for the buffet')).not.toContain('turkey-country');
    expect(ids('Deployed to Iraq; University of Baghdad')).toEqual(expect.arrayContaining(['iraq', 'baghdad']));
    for (const id of ['turkey-country', 'israel', 'iraq', 'iran', 'lebanon', 'jordan-country'])
      expect(taxonomy.ancestors(id)).toContain('middle-east');
    expect(taxonomy.lookup(foldQuery('jordan'))).toBeUndefined();
    // Israel by its name only in a query: Beth Israel is a hospital.
    expect(ids('Nurse, Beth Israel Deaconess Medical Center')).not.toContain('israel');
    expect(taxonomy.lookup(foldQuery('Israel'))).toBe('israel');
    expect(taxonomy.lookup(foldQuery('execs'))).toBe('senior-executives');
  });
  it('knows componentization (组件化) as an architecture of its own', () => {
    expect(ids('负责球会app 组件化改造，将分享、支付拆成独立模块')).toContain('componentization');
    expect(ids('Led the componentization of the Android app')).toEqual(
      expect.arrayContaining(['componentization', 'android']),
    );
  });
  it('knows glass, ceramics and grain and edible oil as trades of their own, under building materials and food', () => {
    expect(ids('洛阳玻璃股份有限公司总经理；佛山陶瓷、卫浴')).toEqual(
      expect.arrayContaining(['glass-industry', 'ceramics']),
    );
    expect(taxonomy.ancestors('glass-industry')).toContain('building-materials');
    expect(ids('曾任省粮食局副局长，中粮油脂公司总经理')).toContain('grain-oil');
    expect(taxonomy.ancestors('grain-oil')).toContain('food-beverage');
    // A bare glass only in a query: no glass ceiling in a résumé is the glass trade.
    expect(ids('Broke the glass ceiling')).not.toContain('glass-industry');
    expect(taxonomy.lookup(foldQuery('glass'))).toBe('glass-industry');
  });
  it('knows biotech makers as drug makers of their own kind, never a B.Tech', () => {
    expect(ids('Worked at a biotech company; 生物制药')).toEqual(['biotech-industry', 'biotech-industry']);
    expect(taxonomy.ancestors('biotech-industry')).toContain('pharmaceutical');
    expect(taxonomy.lookup(foldQuery('biotech'))).not.toBe(taxonomy.lookup(foldQuery('b.tech')));
  });
  it('keeps the new trades and places from their false friends (the review of session 43)', () => {
    // Glass, ceramics and oils of other trades.
    for (const text of ['玻璃体切割术', '玻璃酸钠注射液', '玻璃化转变温度', '毛玻璃效果', '有机玻璃'])
      expect(ids(text)).not.toContain('glass-industry');
    expect(ids('Cleaned laboratory glassware; fiberglass repair on boats')).not.toContain('glass-industry');
    expect(ids('陶瓷电容选型；电子陶瓷；景德镇陶瓷大学')).not.toContain('ceramics');
    expect(ids('Dental lab: porcelain crowns; art teacher: ceramics')).not.toContain('ceramics');
    expect(ids('设备润滑油脂的管理；墙面粉刷；8万平方米业态')).not.toContain('grain-oil');
    expect(ids('油脂化工研发')).toContain('chemical-industry');
    expect(ids('Whole grains on the menu; grain size of steel')).not.toContain('grain-oil');
    expect(ids('Grain elevator manager')).toContain('grain-oil');
    expect(taxonomy.lookup(foldQuery('grain'))).toBe('grain-oil');
    // A degree in biotech is no biotech maker; a query's biotech is.
    expect(ids('B.Sc Biotech, Anna University')).not.toContain('biotech-industry');
    expect(taxonomy.lookup(foldQuery('biotech'))).toBe('biotech-industry');
    // Places: a college's Amman, a court by the sea, a campaign.
    expect(ids('Bannari Amman Institute of Technology')).not.toContain('amman');
    expect(ids('Regional office: Amman, Jordan (2012 - 2015)')).toContain('amman');
    expect(ids('南海法院书记员')).not.toContain('haifa');
    expect(ids('Deployed to Iraq')).toContain('iraq');
    expect(ids('也门店陈列')).not.toContain('yemen');
    // An account exec is a salesperson, no senior executive.
    expect(taxonomy.lookup(foldQuery('account execs'))).toBe('sales');
    // A performance improvement plan (PIP) is performance management; Python's pip is not.
    expect(ids('Issuing PIP (Performance Improvement Plan), termination letters')).toContain(
      'performance-improvement-plan',
    );
    expect(taxonomy.ancestors('performance-improvement-plan')).toContain('performance-management');
    expect(ids('包管理：pip；Pip, Maven, Gradle')).not.toContain('performance-improvement-plan');
    expect(taxonomy.lookup(foldQuery('pip'))).toBeUndefined();
    // A question's veterans served; a résumé's may be those served.
    expect(taxonomy.lookup(foldQuery('veterans'))).toBe('military');
    expect(ids('Nurse, Department of Veterans Affairs medical center')).not.toContain('military');
    expect(ids('退伍军人，后转业到企业')).toContain('military');
    // The discipline's newer name is security too.
    expect(ids('2016-2020 某大学 网络空间安全 本科')).toContain('security');
  });
  it("reads a question's bare Chinese as China (`Chinese execs`), never a résumé's", () => {
    expect(taxonomy.lookup(foldQuery('Chinese'))).toBe('mainland-china');
    expect(ids('Languages: English, Chinese')).not.toContain('mainland-china');
    // … and a question's Indian is India, never a résumé's (Indian Oil, American Indian studies).
    expect(taxonomy.lookup(foldQuery('Indian'))).toBe('india');
    expect(ids('Minor in American Indian Studies')).not.toContain('india');
  });
});
