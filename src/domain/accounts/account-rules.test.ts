import { describe, expect, it } from 'vitest';
import { checkDisplayName, checkUsername, mustChangePasswordAfter, normalizeUsername } from './account-rules.ts';

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('normalizeUsername', () => {
  it('trims and lower-cases', () => {
    expect(normalizeUsername('  ZhangXM ')).toBe('zhangxm');
  });
});

describe('checkUsername', () => {
  it.each(['abc', 'zhang.xm', 'lcx-fgj_01', '007', 'a'.repeat(32)])('accepts %s', (username) => {
    expect(checkUsername(username)).toEqual([]);
  });

  it.each([
    ['', ['username.required']],
    ['ab', ['username.length']],
    ['a'.repeat(33), ['username.length']],
    ['Zhang', ['username.characters']],
    ['张晓明', ['username.characters']],
    ['zhang xm', ['username.characters']],
    ["x' or 1=1--", ['username.characters']],
    ['.zhang', ['username.start']],
    ['_a', ['username.length', 'username.start']],
  ])('refuses %j', (username, expected) => {
    expect(codes(checkUsername(username))).toEqual(expected);
  });

  it('explains the allowed characters in Chinese', () => {
    expect(checkUsername('Zhang')[0]).toEqual({
      code: 'username.characters',
      path: 'username',
      message: '用户名只能使用小写英文字母、数字和“.”“_”“-”。',
    });
  });
});

describe('checkDisplayName', () => {
  it.each(['张晓明', '欧阳晓', 'Zhang Xiaoming', '阿卜杜·热合曼', '张'.repeat(32)])('accepts %s', (name) => {
    expect(checkDisplayName(name)).toEqual([]);
  });

  it.each([
    ['', ['displayName.required']],
    ['   ', ['displayName.required']],
    ['张'.repeat(33), ['displayName.tooLong']],
    ['张\n晓明', ['displayName.controlCharacter']],
    ['张\uDC00', ['displayName.malformed']],
  ])('refuses %j', (name, expected) => {
    expect(codes(checkDisplayName(name))).toEqual(expected);
  });
});

describe('mustChangePasswordAfter', () => {
  it.each([
    ['accountCreated', true],
    ['resetByAdmin', true],
    ['changedByOwner', false],
  ] as const)('after %s is %s', (setting, expected) => {
    expect(mustChangePasswordAfter(setting)).toBe(expected);
  });
});
