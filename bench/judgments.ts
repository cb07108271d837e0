/**
 * Judged queries for `npm run eval`. Each query has a hand-written pattern of what a recruiter
 * means by it — synonyms and members included (`k8s` also means Kubernetes; `消息队列` is met by
 * Kafka) — applied to the cleaned, folded text of every résumé independently of the search code.
 * A résumé is relevant when the pattern matches; its grade is 2 when the evidence appears at least
 * twice (it is a real skill, not a passing mention), else 1.
 */
export interface Judged {
  readonly query: string;
  readonly lang: 'zh' | 'en';
  readonly relevant: RegExp;
}

export const JUDGED: readonly Judged[] = [
  // ── Chinese ──
  { lang: 'zh', query: '消息队列', relevant: /消息队列|消息中间件|kafka|rocketmq|rabbitmq|pulsar|activemq|zeromq|\bmq\b|mafka|ddmq|\bnsq\b|mqtt/ },
  { lang: 'zh', query: '分布式', relevant: /分布式/ },
  { lang: 'zh', query: '数据库', relevant: /数据库|资料库|database|mysql|postgres|oracle|sql ?server|mongodb|redis|sqlite|tidb|hbase|clickhouse|elasticsearch/ },
  { lang: 'zh', query: '后端', relevant: /后端|后台开发|服务端|back[ -]?end|server[ -]side/ },
  { lang: 'zh', query: '前端', relevant: /前端|front[ -]?end|web前端|(?<![a-z])(?:react(?:\.?js)?|vue(?:\.?js)?|angular(?:js)?)(?![a-z])/ },
  { lang: 'zh', query: '运维', relevant: /运维|(?<![a-z])sre(?![a-z])|(?<![a-z])ops(?![a-z])|devops|system administrat|sysadmin|it operations|infrastructure operations/ },
  { lang: 'zh', query: '算法工程师', relevant: /算法工程师/ },
  { lang: 'zh', query: '机器学习', relevant: /机器学习|深度学习|machine learning|tensorflow|pytorch|神经网络/ },
  { lang: 'zh', query: '安卓', relevant: /安卓|android/ },
  { lang: 'zh', query: '微服务', relevant: /微服务|micro[ -]?services?|服务治理|spring ?cloud|dubbo/ },
  { lang: 'zh', query: '美团', relevant: /美团|大众点评/ },
  { lang: 'zh', query: '腾讯', relevant: /腾讯|tencent|微信/ },
  // Worked there: using Alibaba Cloud (阿里云) is a cloud skill, not an employer.
  { lang: 'zh', query: '阿里巴巴', relevant: /阿里巴巴|阿里(?!云)|alibaba(?! ?cloud)|淘宝|天猫|蚂蚁金服|蚂蚁集团|饿了么/ },
  { lang: 'zh', query: '杭州', relevant: /杭州|hangzhou/ },
  { lang: 'zh', query: '北京', relevant: /北京|beijing/ },
  { lang: 'zh', query: '硕士', relevant: /硕士|研究生|(?<![a-z])mba(?![a-z])|master'?s|master of|(?<![a-z])m\.?sc(?![a-z])|m\.tech/ },
  { lang: 'zh', query: 'golang', relevant: /golang|go ?lang(?![a-z])|go语言|(?<![a-z])go(?=[\s,，、/。；]*(?:[\u4e00-\u9fff]|,|、|\/|。|；|$))/m },
  { lang: 'zh', query: 'rust', relevant: /(?<![a-z])rust(?![a-z])/ },
  { lang: 'zh', query: 'k8s', relevant: /k8s|kubernetes|容器编排/ },
  { lang: 'zh', query: '小程序', relevant: /小程序/ },
  { lang: 'zh', query: '大数据', relevant: /大数据|big data|hadoop|(?<![a-z])(?:py)?spark(?![a-z])|flink|(?<![a-z])hive(?![a-z])|数据仓库|数仓|data warehous/ },
  { lang: 'zh', query: '区块链', relevant: /区块链|blockchain|以太坊|ethereum|智能合约|web3/ },
  { lang: 'zh', query: '推荐系统', relevant: /推荐系统|推荐算法|recommendation (?:system|engine|algorithm)|recommender/ },
  { lang: 'zh', query: '董事长', relevant: /董事长/ },
  { lang: 'zh', query: '总经理', relevant: /总经理/ },
  { lang: 'zh', query: '会计师', relevant: /会计师/ },
  { lang: 'zh', query: '高级工程师', relevant: /高级工程师/ },
  { lang: 'zh', query: '工商管理硕士', relevant: /工商管理硕士|(?<![a-z])e?mba(?![a-z])|master of business administration/ },
  { lang: 'zh', query: 'Java 开发', relevant: /java[^\n]{0,40}开发|开发[^\n]{0,20}java/ },
  { lang: 'zh', query: 'Spring Boot', relevant: /spring ?boot/ },
  // ── English ──
  { lang: 'en', query: 'python', relevant: /(?<![a-z])python/ },
  { lang: 'en', query: 'java', relevant: /(?<![a-z])java(?![a-z])|j2ee|spring ?(?:boot|mvc|cloud|framework|batch|security|data)/ },
  { lang: 'en', query: 'machine learning', relevant: /machine learning|deep learning|\bml\b|tensorflow|pytorch|scikit|neural network/ },
  { lang: 'en', query: 'data science', relevant: /data scien/ },
  { lang: 'en', query: 'react', relevant: /(?<![a-z])react(?:\.js|js)?(?![a-z])/ },
  { lang: 'en', query: 'javascript', relevant: /javascript|(?<![a-z])js(?![a-z])|ecmascript/ },
  { lang: 'en', query: 'sql', relevant: /(?<![a-z])(?:t-|pl\/)?sql(?![a-z])/ },
  { lang: 'en', query: 'aws', relevant: /(?<![a-z])aws(?![a-z])|amazon web services|ec2|(?<![a-z])s3(?![a-z])/ },
  { lang: 'en', query: 'docker', relevant: /docker/ },
  { lang: 'en', query: 'kubernetes', relevant: /kubernetes|k8s/ },
  { lang: 'en', query: 'devops', relevant: /devops|dev ops/ },
  { lang: 'en', query: 'hadoop', relevant: /hadoop|hdfs|mapreduce/ },
  { lang: 'en', query: 'tableau', relevant: /tableau/ },
  { lang: 'en', query: 'excel', relevant: /(?<![a-z])excel(?![a-z])/ },
  { lang: 'en', query: 'sap', relevant: /(?<![a-z])sap(?![a-z])/ },
  { lang: 'en', query: 'salesforce', relevant: /salesforce/ },
  { lang: 'en', query: 'android', relevant: /android/ },
  { lang: 'en', query: 'c#', relevant: /c#|csharp|c sharp/ },
  { lang: 'en', query: 'c++', relevant: /c\+\+|cpp(?![a-z])/ },
  { lang: 'en', query: '.net', relevant: /\.net(?![a-z])|dotnet|asp\.net/ },
  { lang: 'en', query: 'linux', relevant: /linux|ubuntu|centos|red ?hat|rhel|debian|(?<![a-z])unix/ },
  { lang: 'en', query: 'selenium', relevant: /selenium|cypress|appium|jmeter|junit|testng|pytest|playwright|(?<![a-z])jest(?![a-z])/ },
  { lang: 'en', query: 'node.js', relevant: /node\.?js|node js/ },
  { lang: 'en', query: 'project management', relevant: /project management|(?<![a-z])pmp(?![a-z])|scrum|agile/ },
  { lang: 'en', query: 'accountant', relevant: /accountant/ },
  { lang: 'en', query: 'oracle', relevant: /oracle/ },
  { lang: 'en', query: 'angular', relevant: /angular/ },
  { lang: 'en', query: 'network security', relevant: /network security/ },
  { lang: 'en', query: 'spark', relevant: /(?<![a-z])spark(?![a-z])|pyspark/ },
  { lang: 'en', query: 'data warehouse', relevant: /data warehous|数据仓库/ },
];
