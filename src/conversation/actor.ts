/** Who is asking, and where: the facts every policy decision and audit line needs. */
export type Platform = 'slack' | 'feishu' | 'console';
export type PlaceKind = 'dm' | 'private' | 'public' | 'console';

export interface Actor {
  readonly platform: Platform;
  /** Platform user id (Slack `U…`, Feishu `ou_…`, console: the operator's name). */
  readonly userId: string;
  /** Shown in "already shortlisted by @someone"; falls back to the id. */
  readonly displayName?: string;
  /** Channel / chat id; absent for the console. */
  readonly placeId?: string;
  readonly placeKind: PlaceKind;
  /** Slack team / Feishu tenant the request came through. */
  readonly workspaceId?: string;
  /** The asker's own team when it differs (a Slack Connect user from another organisation). */
  readonly userWorkspaceId?: string;
}
