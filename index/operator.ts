import { userInfo } from 'node:os';

/** The person at this terminal, as the id the access lists and the audit log see. */
export function operatorName(): string {
  try {
    return userInfo().username || 'console';
  } catch {
    return 'console';
  }
}
