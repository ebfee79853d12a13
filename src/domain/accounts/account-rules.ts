/**
 * Rules for staff accounts: what a username and a display name may be, and when the owner must
 * choose a new password. Pure.
 */
import type { Issue } from './issue.ts';
import { countCharacters, hasControlCharacters, isWellFormedText } from './text-checks.ts';

export const usernameLength = { min: 3, max: 32 } as const;
export const displayNameLength = { min: 1, max: 32 } as const;

/** Usernames are compared and stored in lower case, without surrounding spaces. */
export function normalizeUsername(input: string): string {
  return input.trim().toLowerCase();
}

/** Problems with a (normalized) username: 3–32 of `a-z 0-9 . _ -`, from a letter or digit. */
export function checkUsername(username: string): Issue[] {
  const length = countCharacters(username);
  if (length === 0) return [usernameIssue('required', '请输入用户名。')];
  const issues: Issue[] = [];
  if (length < usernameLength.min || length > usernameLength.max) {
    const { min, max } = usernameLength;
    issues.push(usernameIssue('length', `用户名长度应为${min}至${max}个字符，当前为${length}个。`));
  }
  if (!/^[a-z0-9._-]*$/.test(username)) {
    issues.push(usernameIssue('characters', '用户名只能使用小写英文字母、数字和“.”“_”“-”。'));
  } else if (!/^[a-z0-9]/.test(username)) {
    issues.push(usernameIssue('start', '用户名应以字母或数字开头。'));
  }
  return issues;
}

/** Problems with a display name (the staff member's name as shown, e.g. 张晓明). */
export function checkDisplayName(displayName: string): Issue[] {
  if (!isWellFormedText(displayName)) return [displayNameIssue('malformed', '姓名含有无法识别的字符。')];
  const trimmed = displayName.trim();
  if (trimmed === '') return [displayNameIssue('required', '请输入姓名。')];
  const issues: Issue[] = [];
  const length = countCharacters(trimmed);
  if (length > displayNameLength.max) {
    issues.push(displayNameIssue('tooLong', `姓名不能超过${displayNameLength.max}个字符，当前为${length}个。`));
  }
  if (hasControlCharacters(trimmed)) {
    issues.push(displayNameIssue('controlCharacter', '姓名不能含有换行、制表符等控制字符。'));
  }
  return issues;
}

/**
 * How a password came to be set. Only its owner should know a password: one that an administrator
 * chose (a new account, a reset) must be replaced by the owner at the next sign-in.
 */
export type PasswordSetting = 'accountCreated' | 'resetByAdmin' | 'changedByOwner';

/** The `must_change_password` flag to store after a password is set this way. */
export function mustChangePasswordAfter(setting: PasswordSetting): boolean {
  return setting !== 'changedByOwner';
}

function usernameIssue(problem: string, message: string): Issue {
  return { code: `username.${problem}`, path: 'username', message };
}

function displayNameIssue(problem: string, message: string): Issue {
  return { code: `displayName.${problem}`, path: 'displayName', message };
}
