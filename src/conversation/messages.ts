import type { Locale } from './text.js';

/** Words on buttons and in notices, in both languages. */
export const MESSAGES = {
  zh: {
    details: '详情',
    similar: '相似候选人',
    shortlistAdd: '加入候选名单 ⭐',
    shortlistRemove: '移出候选名单',
    reveal: '查看联系方式',
    next: '下一页',
    prev: '上一页',
    compare: (n: number) => `对比前 ${n} 位`,
    shortlistList: '候选名单',
    refusedUser: '抱歉，你暂时没有使用候选人搜索的权限。如需开通，请联系管理员。',
    refusedChannel: '抱歉，这个频道/群暂未开通候选人搜索。可以私信我，或请管理员开通。',
    refusedTeam: '抱歉，候选人搜索只对本组织开放；你所在的工作区/租户未获授权。',
    gone: (name: string) => `「${name}」已不在人才库中（简历可能已被移除或更新），请重新搜索。`,
    goneGeneric: '这位候选人已不在人才库中（简历可能已被移除或更新），请重新搜索。',
    added: (name: string) => `已将 ${name} 加入候选名单 ⭐`,
    already: (name: string, by: string, when: string) => `${name} 已在候选名单中（由 ${by} 于 ${when} 加入）`,
    removed: (name: string) => `已将 ${name} 移出候选名单`,
    notShortlisted: (name: string) => `${name} 不在候选名单中`,
    revealRefused: '抱歉，你没有查看联系方式的权限；此次请求已记录。',
    revealTitle: (name: string) => `${name} 的联系方式（仅你可见，已记录审计）`,
    noContact: '简历中没有联系方式',
    contactsNotSearchable: '联系方式（电话、邮箱）不可搜索。请按技能、经历或姓名搜索。',
    emptyShortlist: '候选名单还是空的：在候选人卡片上点「加入候选名单 ⭐」。',
    shortlistTitle: (n: number) => `候选名单（${n} 位）`,
    notFound: (q: string) => `没有找到「${q}」。`,
    ambiguous: '有多位候选人符合，请更具体：',
    compareNeedsTwo: '对比需要两到三位候选人，例如：对比 张林伟 和 王军飞',
    similarTitle: (name: string) => `与 ${name} 相似的候选人`,
    reloadRefused: '只有管理员可以重新加载人才库。',
    reloaded: (n: number) => `已重新加载：${n} 份简历。`,
    reloadUnchanged: '简历文件夹没有变化，无需重新加载。',
    error: '抱歉，处理这个请求时出错了，已记录。请稍后再试。',
    badAction: '这个按钮已失效，请重新搜索。',
    stats: (n: number, dup: number, skipped: number) =>
      `人才库：${n} 份简历（${dup} 份重复，${skipped} 个文件未能读取）`,
    topSkills: '常见技能',
    freshness: (date: string) => `最新简历：${date}`,
    row: {
      headline: '职位',
      years: '经验',
      education: '学历',
      city: '城市',
      skills: '技能',
      companies: '公司',
      contact: '联系方式',
      skillYears: '技能年限',
    },
    uploadInDm: '为保护候选人隐私，群聊里的文件不会被读取。请私信我发送简历文件（PDF、DOCX、Markdown、TXT 或 HTML）。',
    uploadRefused: '抱歉，你没有上传简历的权限。如需开通，请联系管理员（UPLOAD_USERS）。',
    uploadTooLarge: (name: string, size: string, limit: string) =>
      `「${name}」有 ${size}，超过了 ${limit} 的上限，未下载。请压缩后再发。`,
    uploadDownloadFailed: (name: string) => `抱歉，没能下载「${name}」，请稍后再发一次。`,
    uploadWebPage: (name: string, hint: string) => `下载「${name}」时收到的是一个网页而不是文件，未收录。${hint}`,
    uploadUnreadable: (name: string, reason: string) => `「${name}」无法读取，未收录：${reason}`,
    uploadAdded: (name: string, who: string) => `已收录「${name}」：${who}`,
    uploadSameFile: (name: string, who: string) => `「${name}」之前已收录过（同一文件），未重复添加：${who}`,
    uploadDuplicate: (name: string, who: string, why: string) =>
      `「${name}」与 ${who} 是同一人（${why}），两份文件都已保存，搜索时只显示一次。`,
    sameBecause: { phone: '电话相同', email: '邮箱相同', text: '简历内容相同' },
    shortlistUnavailable: '候选名单暂时无法保存（共享存储不可用），这次的修改没有生效。请稍后再试。',
    auditUnavailable: '审计记录暂时无法写入共享存储，为安全起见此次操作未执行。请稍后再试。',
    jobNoCriteria:
      '没能从这段 JD 中读出条件（技能、年限、学历、城市或语言）。请贴出包含「任职要求」的完整 JD，或直接搜索，例如：/candidate +kafka years:java>=5 city:北京',
  },
  en: {
    details: 'Details',
    similar: 'Similar',
    shortlistAdd: 'Shortlist ⭐',
    shortlistRemove: 'Remove from shortlist',
    reveal: 'Reveal contact',
    next: 'Next',
    prev: 'Prev',
    compare: (n: number) => `Compare top ${n}`,
    shortlistList: 'Shortlist',
    refusedUser: 'Sorry, you do not have access to candidate search yet. Ask an admin to add you.',
    refusedChannel:
      'Sorry, candidate search is not enabled in this channel. Send me a direct message, or ask an admin to enable it.',
    refusedTeam: 'Sorry, candidate search is only for this organisation; your workspace is not allowed to use it.',
    gone: (name: string) =>
      `${name} is no longer in the pool (the résumé was removed or changed). Please search again.`,
    goneGeneric: 'That candidate is no longer in the pool (the résumé was removed or changed). Please search again.',
    added: (name: string) => `${name} added to the shortlist ⭐`,
    already: (name: string, by: string, when: string) => `${name} is already shortlisted by ${by} (${when})`,
    removed: (name: string) => `${name} removed from the shortlist`,
    notShortlisted: (name: string) => `${name} is not on the shortlist`,
    revealRefused: 'Sorry, you are not allowed to see contact details; this request has been logged.',
    revealTitle: (name: string) => `Contact details of ${name} (only you can see this; the reveal is audited)`,
    noContact: 'The résumé has no contact details',
    contactsNotSearchable:
      'Contact details (phone numbers, e-mail addresses) are not searchable. Search by skill, experience or name.',
    emptyShortlist: 'The shortlist is empty: use "Shortlist ⭐" on a candidate card.',
    shortlistTitle: (n: number) => `Shortlist (${n})`,
    notFound: (q: string) => `No candidate called "${q}".`,
    ambiguous: 'Several candidates match; be more specific:',
    compareNeedsTwo: 'Compare needs two or three candidates, e.g. compare 张林伟 and 王军飞',
    similarTitle: (name: string) => `Candidates similar to ${name}`,
    reloadRefused: 'Only admins can reload the pool.',
    reloaded: (n: number) => `Reloaded: ${n} résumés.`,
    reloadUnchanged: 'The résumé folder has not changed; nothing to reload.',
    error: 'Sorry, something went wrong handling that; it has been logged. Please try again.',
    badAction: 'That button has expired; please search again.',
    stats: (n: number, dup: number, skipped: number) =>
      `Pool: ${n} résumés (${dup} duplicates, ${skipped} files unreadable)`,
    topSkills: 'Top skills',
    freshness: (date: string) => `Newest résumé: ${date}`,
    row: {
      headline: 'Role',
      years: 'Experience',
      education: 'Education',
      city: 'City',
      skills: 'Skills',
      companies: 'Companies',
      contact: 'Contact',
      skillYears: 'Years by skill',
    },
    uploadInDm:
      'Files in group chats are not read, to protect candidates. Send the résumé to me in a direct message (PDF, DOCX, Markdown, TXT or HTML).',
    uploadRefused: 'Sorry, you are not allowed to add résumés. Ask an admin to add you (UPLOAD_USERS).',
    uploadTooLarge: (name: string, size: string, limit: string) =>
      `"${name}" is ${size}, over the ${limit} limit; it was not downloaded. Please send a smaller file.`,
    uploadDownloadFailed: (name: string) =>
      `Sorry, "${name}" could not be downloaded. Please send it again in a moment.`,
    uploadWebPage: (name: string, hint: string) =>
      `Downloading "${name}" returned a web page, not the file; nothing was added. ${hint}`,
    uploadUnreadable: (name: string, reason: string) => `"${name}" could not be read, so it was not added: ${reason}`,
    uploadAdded: (name: string, who: string) => `Added "${name}": ${who}`,
    uploadSameFile: (name: string, who: string) => `"${name}" was added before (the same file); nothing new: ${who}`,
    uploadDuplicate: (name: string, who: string, why: string) =>
      `"${name}" is the same person as ${who} (${why}) — both files kept, shown once.`,
    sameBecause: { phone: 'same phone', email: 'same e-mail', text: 'same résumé text' },
    shortlistUnavailable:
      'The shortlist could not be saved right now (shared storage unavailable); this change did not happen. Please try again shortly.',
    auditUnavailable:
      'The audit trail could not be written to shared storage, so this was not done. Please try again shortly.',
    jobNoCriteria:
      'I could not read any criteria (skills, years, degree, city or languages) from that job description. Paste the whole JD with its requirements, or search directly, e.g. /candidate +kafka years:java>=5 city:Berlin',
  },
} as const;

export function messages(locale: Locale): (typeof MESSAGES)[Locale] {
  return MESSAGES[locale];
}
