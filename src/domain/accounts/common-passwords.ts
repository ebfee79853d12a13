/**
 * A small built-in list of passwords that attackers try first, with the habits common in Chinese
 * offices: a word or keyboard run, then `@` and a digit run (Admin@123, Qwer1234!, Lcx@123456).
 * Matching looks through case, leetspeak and the digits and symbols around a word, so that one
 * entry covers its usual variants.
 */

/** Whole passwords (lower case) that the word rules below would not catch. */
const commonPasswords = new Set([
  'aa123456', 'aa12345678', 'aa123456789', 'aa@123456', 'abc123456', 'abc@123456', 'a123456789',
  'qq123456', 'qq123456789', '1qaz2wsx', '1qaz2wsx3edc', '1qaz@wsx', '1qaz@wsx3edc', '1q2w3e4r',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'zaq12wsx', 'zaq1@wsx', 'q1w2e3r4', 'q1w2e3r4t5', 'a1b2c3d4',
  'a1b2c3d4e5', '5201314', '5201314aa', 'woaini1314', '1314520', '147258369', '123qweasd',
  '123qweasdzxc', 'qweasdzxc', 'qweasdzxc123', '!qaz2wsx', '!qaz@wsx', '123456789a', '12345678a',
]);

/** Words that, with digits or symbols around them, make a guessable password. */
const commonWords = new Set([
  'password', 'passwd', 'pass', 'admin', 'administrator', 'root', 'system', 'sysadmin', 'manager',
  'test', 'guest', 'user', 'welcome', 'login', 'changeme', 'default', 'secret', 'letmein',
  'qaz', 'qazwsx', 'qazwsxedc', 'qweasd', 'qweasdzxc', 'iloveyou', 'woaini', 'aini', 'zhang',
  'wang', 'liu', 'chen', 'huawei', 'china', 'zhongguo', 'beijing', 'shanghai', 'gov', 'zhengfu',
  'gongkai', 'office', 'company',
]);

const leetspeak: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  '$': 's',
  '5': 's',
  '7': 't',
};

/** True when the password is on the list, or a common word, keyboard or digit run dressed up. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  const core = stripDigitsAndSymbols(lower);
  if (commonWords.has(core) || commonWords.has(decodeLeetspeak(core))) return true;
  if (isKeyboardRun(core)) return true;
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters.length >= 4 && commonWords.has(letters)) return true;
  return isShortPrefixOfDigitRun(lower);
}

/** Letters in keyboard or alphabet order, forwards or backwards. */
const keyboardRows = ['abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** `abc`, `qwer`, `zxcvbnm`, `lkjhg`: three or more letters in a keyboard or alphabet row. */
export function isKeyboardRun(letters: string): boolean {
  if (letters.length < 3) return false;
  const reversed = [...letters].reverse().join('');
  return keyboardRows.some((row) => row.includes(letters) || row.includes(reversed));
}

function stripDigitsAndSymbols(text: string): string {
  return text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

function decodeLeetspeak(text: string): string {
  return [...text].map((c) => leetspeak[c] ?? c).join('');
}

/** `Aa12345678`, `Lcx@1234567`: a few letters or symbols in front of or behind a run of digits. */
function isShortPrefixOfDigitRun(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  const rest = text.length - digits.length;
  return digits.length >= 6 && rest <= 4 && isDigitRun(digits) && /^\D*\d+\D*$/.test(text);
}

/** 123456…, 987654…, 888888…: each digit the same as, one above or one below the one before. */
export function isDigitRun(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i += 1) {
    steps.add((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10);
  }
  return steps.size === 1 && [0, 1, 9].includes([...steps][0]!);
}
