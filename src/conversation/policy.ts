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
  /**
   * Slack team ids / Feishu tenant keys whose people may use the bot (`platform:id` allowed).
   * Empty: only the workspace the bot is installed in, once the platform has said which it is.
   */
  readonly allowedTeams?: readonly string[];
  /** Users who may send résumé files to the bot in a direct message (`UPLOAD_USERS`). Empty: nobody. */
  readonly uploadUsers?: readonly string[];
}

export type AccessDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: 'user' | 'channel' | 'team' };

/**
 * May this actor use the bot here? `homeWorkspaces` are the workspaces the bot is installed in, as
 * `platform:id` (Slack's `auth.test`); with `allowedTeams` empty, only they are answered.
 */
export function checkAccess(
  actor: Actor,
  config: AccessConfig,
  homeWorkspaces: ReadonlySet<string> = new Set(),
): AccessDecision {
  if (!teamAllowed(actor, config.allowedTeams ?? [], homeWorkspaces)) return { allowed: false, reason: 'team' };
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

/** May this actor add résumés by sending files? Only users on the upload list. */
export function mayUpload(actor: Actor, config: AccessConfig): boolean {
  return listed(config.uploadUsers ?? [], actor);
}

function teamAllowed(actor: Actor, allowedTeams: readonly string[], homeWorkspaces: ReadonlySet<string>): boolean {
  if (actor.platform === 'console') return true;
  const prefix = `${actor.platform}:`;
  const teams =
    allowedTeams.length > 0
      ? allowedTeams
      : [...homeWorkspaces].filter((h) => h.startsWith(prefix)).map((h) => h.slice(prefix.length));
  if (teams.length === 0) return true; // the platform has not said where it is installed (Feishu custom apps serve one tenant)
  const ok = (id: string | undefined): boolean =>
    id === undefined || teams.includes(id) || teams.includes(`${prefix}${id}`);
  return ok(actor.workspaceId) && ok(actor.userWorkspaceId);
}

/** A list entry is a user id, or `platform:id` to name one platform's user. */
function listed(list: readonly string[], actor: Actor): boolean {
  return list.includes(actor.userId) || list.includes(`${actor.platform}:${actor.userId}`);
}
