import { escapeRegExp, type Actor, type PlaceKind } from '../../src/port.js';

/**
 * Slack's inbound text → what the user typed. Slack escapes `&`, `<`, `>` and wraps mentions and
 * links in angle brackets (https://docs.slack.dev/messaging/formatting-message-text): the bot's
 * own mention is removed, other mentions keep their label, links become their text.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.split(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g')).join(' ');
  out = out
    .replace(/<@([A-Z0-9]+)\|([^>]*)>/g, '@$2')
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<(?:mailto:|tel:)?[^>|]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto|tel):[^>]*)>/g, '$1')
    // Slack's own escaping, not HTML: exactly these three, `&amp;` last; no entity decoder needed.
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  // Line breaks stay (a pasted job description has its sections on lines); other runs of space go.
  return out
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/**
 * Where a request came from, by Slack's id prefix: `D` is a direct message, `G` a private channel
 * or group DM, `C` a channel (Slack also gives private channels `C` ids; both are "channels" to the
 * privacy policy, so either way the answer goes to the asker only).
 */
export function placeKind(channelId: string | undefined, channelType?: string): PlaceKind {
  // Never from the channel's *name*: anyone can name a channel `directmessage` or `im`. The id, and
  // an event's own `channel_type`, are set by Slack.
  if (channelType === 'im' || channelId?.startsWith('D')) return 'dm';
  if (channelType === 'mpim' || channelType === 'group' || channelId?.startsWith('G')) return 'private';
  return 'public';
}

export function slackActor(
  user: { readonly id: string; readonly name?: string | undefined; readonly team?: string | undefined },
  channelId: string | undefined,
  team: string | undefined,
  channelType?: string,
): Actor {
  return {
    platform: 'slack',
    userId: user.id,
    ...(user.name ? { displayName: user.name } : {}),
    ...(channelId ? { placeId: channelId } : {}),
    placeKind: placeKind(channelId, channelType),
    ...(team ? { workspaceId: team } : {}),
    // A Slack Connect user belongs to another organisation's team: that team must be allowed too.
    ...(user.team && user.team !== team ? { userWorkspaceId: user.team } : {}),
  };
}
