import type { Actor } from './actor.js';

/**
 * Who may use the bot, who sees an answer, and who may see contact details (PRODUCT §6).
 * Defaults protect candidates: answers in channels go to the asker only, contact details are
 * masked unless the user is on the reveal list.
 */
export interface AccessConfig {
  /** Empty: everyone may use the bot. */
  readonly allowedUsers: readonly string[];
  /** Empty: every channel / chat. Direct messages are governed by `allowedUsers` only. */
  readonly allowedChannels: readonly string[];
  /** Users who may reveal contact details. Empty: nobody. */
  readonly contactRevealUsers: readonly string[];
}

export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: 'user' | 'channel' };

/** May this actor use the bot here? */
export function checkAccess(actor: Actor, config: AccessConfig): AccessDecision {
  if (config.allowedUsers.length > 0 && !listed(config.allowedUsers, actor)) return { allowed: false, reason: 'user' };
  if (
    config.allowedChannels.length > 0 &&
    (actor.placeKind === 'public' || actor.placeKind === 'private') &&
    !(actor.placeId && config.allowedChannels.includes(actor.placeId))
  ) {
    return { allowed: false, reason: 'channel' };
  }
  return { allowed: true };
}

/** Who sees the answer: only the asker in a channel; the whole conversation in a DM or the console. */
export function replyVisibility(actor: Actor): 'asker' | 'conversation' {
  return actor.placeKind === 'public' || actor.placeKind === 'private' ? 'asker' : 'conversation';
}

/** May this actor reveal contact details? Only users on the reveal list, wherever they ask. */
export function mayRevealContact(actor: Actor, config: AccessConfig): boolean {
  return listed(config.contactRevealUsers, actor);
}

/** A list entry is a user id, or `platform:id` to name one platform's user. */
function listed(list: readonly string[], actor: Actor): boolean {
  return list.includes(actor.userId) || list.includes(`${actor.platform}:${actor.userId}`);
}
