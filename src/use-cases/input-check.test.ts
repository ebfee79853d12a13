import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkboxValue, checkInput, clearableText, singleLineText } from './input-check.ts';

const schema = z.strictObject({
  name: singleLineText('姓名', 5),
  phone: clearableText('电话', 20, { pattern: /^[0-9-]+$/, message: '电话只能包含数字和“-”。' }),
  count: z.number().int().min(1).max(9),
  agreed: checkboxValue('同意'),
});
const labels = { name: '姓名', phone: '电话', count: '数量', agreed: '同意' };

function messages(input: unknown): Record<string, string> {
  const outcome = checkInput(schema, input, labels);
  if (outcome.ok) return {};
  return Object.fromEntries(outcome.issues.map((issue) => [issue.path, issue.message]));
}

describe('checkInput', () => {
  it('returns the parsed value: trimmed, cleared to null, checkbox to boolean', () => {
    expect(checkInput(schema, { name: ' 张三 ', phone: '', count: 3, agreed: 'on' }, labels)).toEqual({
      ok: true,
      value: { name: '张三', phone: null, count: 3, agreed: true },
    });
    expect(checkInput(schema, { name: '李四', count: 1 }, labels)).toEqual({ ok: true, value: { name: '李四', count: 1, agreed: false } });
  });

  it.each([
    ['a missing field', { count: 1 }, { name: '请填写姓名。' }],
    ['a wrong type', { name: 5, count: '3' }, { name: '姓名应为文字。', count: '数量应为数字。' }],
    ['too long', { name: '一二三四五六', count: 1 }, { name: '姓名不能超过5个字符。' }],
    ['out of range', { name: '张', count: 10 }, { count: '数量不能大于9。' }],
    ['a control character', { name: 'a\u0000b', count: 1 }, { name: '姓名不能含有换行、制表符等控制字符。' }],
    ['a lone surrogate', { name: '\uDC00', count: 1 }, { name: '姓名含有无法识别的字符。' }],
    ['a pattern', { name: '张', count: 1, phone: 'abc' }, { phone: '电话只能包含数字和“-”。' }],
    ['an unknown field', { name: '张', count: 1, role: 'x' }, { role: '不能识别的字段：role。' }],
    ['a bad checkbox', { name: '张', count: 1, agreed: 'perhaps' }, { agreed: '同意应为“是”或“否”。' }],
    ['no object at all', null, { '': '请填写提交的内容。' }],
  ])('describes %s in Chinese, naming the field', (_, input, expected) => {
    expect(messages(input)).toEqual(expected);
  });

  it('gives every issue a stable code of path and problem', () => {
    const outcome = checkInput(schema, { count: 'x', extra: 1 }, labels);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.code).sort()).toEqual(['count.invalid_type', 'extra.unrecognized_keys', 'name.invalid_type']);
  });
});
