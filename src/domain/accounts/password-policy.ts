/**
 * The password policy (等保2.0: length and character classes, no guessable passwords). Pure: it
 * returns the problems as issues for the form; hashing lives in src/auth.
 */
import { isCommonPassword } from './common-passwords.ts';
import type { Issue } from './issue.ts';
import { countCharacters, hasControlCharacters, isWellFormedText } from './text-checks.ts';

export const passwordLength = { min: 10, max: 128 } as const;
/** Of upper case, lower case, digits and symbols (any other character, 汉字 included). */
export const requiredCharacterClasses = 3;

export interface PasswordContext {
  username: string;
  displayName?: string;
  /** The current password, when its owner changes it: the new one must differ. */
  previousPassword?: string;
}

/**
 * One form of every password before it is checked or hashed: NFKC folds the full-width letters and
 * digits that a Chinese input method produces (Ａａ１２) into ASCII, so the same keys always give the
 * same password whichever input mode was on.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Every way the password breaks the policy; empty when it is acceptable. */
export function checkPasswordPolicy(password: string, context: PasswordContext): Issue[] {
  if (!isWellFormedText(password)) return [issue('malformed', '密码含有无法识别的字符，请重新输入。')];
  const normalized = normalizePassword(password);
  if (normalized.trim() === '') return [issue('blank', '请输入密码，密码不能为空或只含空格。')];
  if (hasControlCharacters(normalized)) return [issue('controlCharacter', '密码不能含有控制字符（如换行、制表符）。')];
  return [...checkLengthAndClasses(normalized), ...checkGuessability(normalized, context)];
}

function checkLengthAndClasses(password: string): Issue[] {
  const issues: Issue[] = [];
  const length = countCharacters(password);
  if (length < passwordLength.min) {
    issues.push(issue('tooShort', `密码至少需要${passwordLength.min}个字符，当前为${length}个。`));
  }
  if (length > passwordLength.max) {
    issues.push(issue('tooLong', `密码不能超过${passwordLength.max}个字符，当前为${length}个。`));
  }
  if (countCharacterClasses(password) < requiredCharacterClasses) {
    issues.push(issue('tooFewClasses', '密码需包含大写字母、小写字母、数字、符号中的至少三类。'));
  }
  return issues;
}

function checkGuessability(password: string, context: PasswordContext): Issue[] {
  const issues: Issue[] = [];
  const lower = password.toLowerCase();
  const username = context.username.trim().toLowerCase();
  if (username.length >= 3 && lower.includes(username)) {
    issues.push(issue('containsUsername', '密码不能包含用户名。'));
  }
  const displayName = context.displayName?.trim().toLowerCase() ?? '';
  if (countCharacters(displayName) >= 2 && lower.includes(displayName)) {
    issues.push(issue('containsDisplayName', '密码不能包含姓名。'));
  }
  if (isCommonPassword(password)) {
    issues.push(issue('common', '该密码过于常见，容易被猜中，请换一个。'));
  }
  const previous = context.previousPassword;
  if (previous !== undefined && normalizePassword(previous) === password) {
    issues.push(issue('unchanged', '新密码不能与当前密码相同。'));
  }
  return issues;
}

/** How many of the four classes occur: upper case, lower case, digits, symbols (and the rest). */
export function countCharacterClasses(password: string): number {
  const classes = new Set<string>();
  for (const c of password) {
    if (/\p{Lu}/u.test(c)) classes.add('upper');
    else if (/\p{Ll}/u.test(c)) classes.add('lower');
    else if (/\p{Nd}/u.test(c)) classes.add('digit');
    else classes.add('symbol');
  }
  return classes.size;
}

function issue(problem: string, message: string): Issue {
  return { code: `password.${problem}`, path: 'password', message };
}
