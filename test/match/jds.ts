/** The three job descriptions written for the tests (issue 14): what each is expected to find in the seeds. */

export const MQ_JD = `高级后端开发工程师（消息队列方向）
岗位职责：
1. 负责公司消息中间件平台的设计与开发，保障高可用；
2. 参与微服务架构改造。
任职要求：
1. 本科及以上学历，计算机相关专业，5年以上工作经验；
2. 3年以上Java开发经验，精通 Kafka 或 RocketMQ；
3. 熟悉 MySQL、Redis；
4. 有 Kubernetes 经验者优先；
5. 35岁以下，男性优先，已婚已育优先，本地户口。
工作地点：北京`;

export const RUST_DB_JD = `数据库内核研发工程师（Rust）
岗位职责：负责分布式数据库存储引擎与查询引擎的研发。
任职要求：1. 精通 Rust，1年以上 Rust 开发经验；2. 熟悉 Raft 等分布式一致性协议；3. 有 DataFusion、Arrow 或 TiKV 经验优先；4. 硕士优先；5. 年龄30岁以下，形象气质佳。`;

export const PLATFORM_JD = `Senior Platform Engineer / SRE (Berlin or remote)

What you'll do
- Run our production platform: CI/CD pipelines, observability with Prometheus and Grafana, incident response.
- Build infrastructure as code with Terraform on AWS.

Requirements
- 5+ years of professional software engineering experience.
- Strong Go or Python skills.
- Must be under 35, male preferred.

Nice to have
- Kafka experience is a plus.
- Bachelor's degree in Computer Science.`;
