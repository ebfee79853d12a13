import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  countCharacterClasses,
  normalizePassword,
  type PasswordContext,
} from './password-policy.ts';

const context = { username: 'zhangxm', displayName: '张晓明' };

function codesOf(password: string, extra: Partial<PasswordContext> = {}): string[] {
  return checkPasswordPolicy(password, { ...context, ...extra }).map((issue) => issue.code);
}

describe('checkPasswordPolicy', () => {
  it.each([
    ['ten characters, three classes', 'Lian7cheng!'],
    ['upper, lower and digits only', 'Tk7vRm2qLp'],
    ['lower, digits and symbols only', 'q7#vm2&rl9p'],
    ['汉字 count as the fourth class', '莲城县政务7公开kq'],
    ['a passphrase with spaces', 'Lotus pond 9 bridges'],
    ['exactly 128 characters', `Aa1!${'x'.repeat(124)}`],
    ['a full-width password that folds to a good one', 'Ｌｉａｎ７ｃｈｅｎｇ！'],
  ])('accepts %s', (_, password) => {
    expect(checkPasswordPolicy(password, context)).toEqual([]);
  });

  it.each([
    ['nine characters', 'Lian7che!', ['password.tooShort']],
    ['129 characters', `Aa1!${'x'.repeat(125)}`, ['password.tooLong']],
    ['two classes only', 'liancheng2024', ['password.tooFewClasses']],
    ['one class only', 'lianchengxian', ['password.tooFewClasses']],
    ['short and one class', 'abcdefgh', ['password.tooShort', 'password.tooFewClasses', 'password.common']],
    ['the username inside', 'Zhangxm#2024', ['password.containsUsername']],
    ['the display name inside', '张晓明Qwe#2024x', ['password.containsDisplayName']],
    ['Admin@123 dressed up', 'Admin@12345', ['password.common']],
    ['P@ssw0rd with digits', 'P@ssw0rd2024', ['password.common']],
    ['Qwer1234! stretched', 'Qwer1234!@#$', ['password.common']],
    ['Aa and a digit run', 'Aa12345678', ['password.common']],
    ['1qaz@WSX3edc', '1qaz@WSX3edc', ['password.common']],
    ['woaini and 1314', 'Woaini1314!', ['password.common']],
    ['a surname and a birthday', 'Chen@19850312', ['password.common']],
    ['whitespace only', '             ', ['password.blank']],
    ['empty', '', ['password.blank']],
    ['a line break', 'Lian7cheng!\nxx', ['password.controlCharacter']],
    ['a lone surrogate (not valid UTF-8)', 'Lian7cheng!\uD800', ['password.malformed']],
  ])('refuses %s', (_, password, codes) => {
    expect(codesOf(password)).toEqual(codes);
  });

  it('refuses the current password as the new one, in either input mode', () => {
    expect(codesOf('Lian7cheng!', { previousPassword: 'Lian7cheng!' })).toEqual(['password.unchanged']);
    expect(codesOf('Lian7cheng!', { previousPassword: 'Ｌｉａｎ７ｃｈｅｎｇ！' })).toEqual(['password.unchanged']);
    expect(codesOf('Lian8cheng!', { previousPassword: 'Lian7cheng!' })).toEqual([]);
  });

  it('ignores a username shorter than 3 characters and a one-character name', () => {
    expect(codesOf('Lian7cheng!', { username: 'li', displayName: 'L' })).toEqual([]);
  });

  it('gives every issue the password path and a Chinese message', () => {
    const issues = checkPasswordPolicy('abc', context);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.path).toBe('password');
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('states the length in the message', () => {
    expect(checkPasswordPolicy('Ab1!xyz', context)[0]?.message).toBe('密码至少需要10个字符，当前为7个。');
  });
});

describe('countCharacterClasses', () => {
  it.each([
    ['abc', 1],
    ['aB', 2],
    ['aB3', 3],
    ['aB3!', 4],
    ['汉字', 1],
    ['aB3 ', 4],
  ])('counts %j as %i classes', (password, count) => {
    expect(countCharacterClasses(password)).toBe(count);
  });
});

describe('normalizePassword', () => {
  it('folds full-width letters, digits and symbols to ASCII', () => {
    expect(normalizePassword('Ａｂ１！')).toBe('Ab1!');
  });
});
