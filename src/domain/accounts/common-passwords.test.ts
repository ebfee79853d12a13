import { describe, expect, it } from 'vitest';
import { isCommonPassword, isDigitRun, isKeyboardRun } from './common-passwords.ts';

describe('isCommonPassword', () => {
  it.each([
    'Aa123456', 'P@ssw0rd', 'Admin@123', 'Qwer1234!', 'admin123', 'ADMIN@2024', 'Adm1n@2024',
    'Passw0rd!', 'Huawei@123', 'Zxcvbnm123', '1q2w3e4r', 'Lcx@123456', 'Abc@123456', 'Root#666666',
    'Zhengfu@2024', 'Aa987654321',
    'Abcdefgh!1', 'Asdfgh@2024',
  ])('recognises %s', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['Lian7cheng!', 'Tk7vRm2qLp', 'q7#vm2&rl9p', '7#Li9$2&4!@', 'Admin-Tk7vRm2q', 'Lcx@1357924'])(
    'lets %s through',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );
});

describe('isDigitRun', () => {
  it.each([
    ['123456', true],
    ['7890123', true],
    ['654321', true],
    ['888888', true],
    ['135791', false],
    ['123455', false],
  ])('says %s is a run: %s', (digits, expected) => {
    expect(isDigitRun(digits)).toBe(expected);
  });
});

describe('isKeyboardRun', () => {
  it.each([
    ['abc', true],
    ['qwer', true],
    ['zxcvbnm', true],
    ['lkjhg', true],
    ['ab', false],
    ['qwa', false],
    ['lian', false],
  ])('says %s is a run: %s', (letters, expected) => {
    expect(isKeyboardRun(letters)).toBe(expected);
  });
});
