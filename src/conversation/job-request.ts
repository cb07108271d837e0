/**
 * Is this message a job description to match? `match <JD>`, `匹配 <JD>`, `/candidate match <JD>`,
 * or a pasted JD (its sections — 岗位职责, 任职要求, Requirements… — or a long text with a question
 * such as "这个岗位谁合适？" / "who fits this role?"). Returns the JD's text, or null.
 */
const COMMAND = /^\s*(?:\/candidate\s+)?(?:match|匹配|jd)(?:\s*[:：]\s*|\s+)([\s\S]+)$/i;
const SECTIONS =
  /(任职要求|岗位要求|任职资格|岗位职责|工作职责|职位描述|职位要求|加分项|\brequirements\b|\bresponsibilities\b|\bqualifications\b|\bnice to have\b|\bwhat you(?:'ll)? (?:do|bring|need)\b)/gi;
const QUESTION =
  /(谁合适|谁比较合适|谁符合|谁适合|哪些人(?:合适|适合|符合)|有合适的(?:人|候选人)吗|匹配一下|这个岗位|这个职位|这个jd|who (?:fits|matches|would fit|is a (?:good )?fit)|(?:any|good) (?:fits|matches|candidates) for this|match (?:this|the) (?:jd|job|role|position))/i;
/** Shorter than this, a message is a question, not a pasted JD (unless it says `match`). */
const MIN_PASTED = 120;

export function jobRequest(text: string): string | null {
  const command = COMMAND.exec(text);
  if (command?.[1] && command[1].trim().length > 0) return command[1].trim();
  if (text.length < MIN_PASTED) return null;
  const sections = text.match(SECTIONS)?.length ?? 0;
  if (sections >= 2 || (sections >= 1 && QUESTION.test(text)) || (QUESTION.test(text) && text.split('\n').length >= 4))
    return text.trim();
  return null;
}
