import type { Actor } from '../../src/port.js';

/** The parts of `im.message.receive_v1` we read (event schema 2.0, flattened by the SDK's dispatcher). */
export interface FeishuMessageEvent {
  readonly event_id?: string;
  readonly tenant_key?: string;
  readonly sender?: { readonly sender_id?: { readonly open_id?: string }; readonly sender_type?: string };
  readonly message?: {
    readonly message_id?: string;
    readonly chat_id?: string;
    readonly chat_type?: string;
    readonly message_type?: string;
    readonly content?: string;
    readonly create_time?: string;
    readonly mentions?: readonly {
      readonly key?: string;
      readonly name?: string;
      readonly id?: { readonly open_id?: string };
    }[];
  };
}

export interface Question {
  readonly text: string;
  readonly mentionsBot: boolean;
}

/**
 * What the user wrote, with the bot's own @mention removed (matched by the bot's open_id, so a
 * person with the bot's name is not mistaken for it) and other mentions as `@name`. Text and rich
 * text ("post") messages are read; content that is not valid JSON gives empty text. Never throws.
 */
export function questionOf(event: FeishuMessageEvent, botOpenId: string | undefined): Question {
  const message = event.message ?? {};
  const raw = textOf(message.message_type, message.content);
  let text = raw;
  let mentionsBot = false;
  for (const m of message.mentions ?? []) {
    if (!m.key) continue;
    const isBot = botOpenId !== undefined && m.id?.open_id === botOpenId;
    if (isBot) mentionsBot = true;
    text = text.split(m.key).join(isBot ? ' ' : `@${m.name ?? ''}`);
  }
  // Line breaks stay (a pasted job description has its sections on lines); other runs of space go.
  return {
    text: text
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n\s*/g, '\n')
      .trim(),
    mentionsBot,
  };
}

function textOf(type: string | undefined, content: string | undefined): string {
  if (!content) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return '';
  }
  if (type === 'text')
    return typeof (parsed as { text?: unknown })?.text === 'string' ? (parsed as { text: string }).text : '';
  if (type === 'post') {
    // Rich text: {title, content: [[{tag:'text', text}, {tag:'at', user_id}], …]}, possibly per language.
    const post = parsed as Record<string, unknown>;
    const body = (
      Array.isArray(post['content'])
        ? post
        : (Object.values(post).find(
            (v) => typeof v === 'object' && v !== null && Array.isArray((v as Record<string, unknown>)['content']),
          ) ?? {})
    ) as { content?: unknown };
    if (!Array.isArray(body.content)) return '';
    return body.content
      .map((line: unknown) =>
        Array.isArray(line)
          ? line
              .map((n: { tag?: string; text?: string; user_id?: string }) =>
                n.tag === 'text' || n.tag === 'a' ? (n.text ?? '') : n.tag === 'at' ? (n.user_id ?? '') : '',
              )
              .join('')
          : '',
      )
      .join('\n');
  }
  return '';
}

/** Whether to answer: every message in a 1:1 chat; in a group only an @mention of the bot or `/candidate …`. */
export function shouldAnswer(event: FeishuMessageEvent, question: Question): boolean {
  if (event.sender?.sender_type !== undefined && event.sender.sender_type !== 'user') return false;
  if (event.message?.chat_type === 'p2p') return true;
  return question.mentionsBot || /^\/candidate(\s|$)/i.test(question.text);
}

export function feishuActor(
  openId: string,
  chatId: string | undefined,
  chatType: string | undefined,
  tenant: string | undefined,
): Actor {
  return {
    platform: 'feishu',
    userId: openId,
    ...(chatId ? { placeId: chatId } : {}),
    // Group chats are invite-only by default: "private" to the policy, so answers go to the asker only.
    placeKind: chatType === 'p2p' ? 'dm' : 'private',
    ...(tenant ? { workspaceId: tenant } : {}),
  };
}

/** A file message's key and name (`{"file_key": "file_v3_…", "file_name": "简历.pdf"}`); null when unusable. Never throws. */
export function fileOf(content: string | undefined): { key: string; name: string } | null {
  if (!content) return null;
  try {
    const parsed = JSON.parse(content) as { file_key?: unknown; file_name?: unknown };
    if (typeof parsed.file_key !== 'string' || parsed.file_key === '') return null;
    return {
      key: parsed.file_key,
      name: typeof parsed.file_name === 'string' && parsed.file_name !== '' ? parsed.file_name : 'file',
    };
  } catch {
    return null;
  }
}
