/**
 * Form and API input checked with zod, the problems returned as issues `{ code, path, message }`
 * with Chinese messages that name the field (“请填写用户名。”), never zod's English defaults. The
 * same schemas give the JSON Schema of the API documentation.
 */
import { z } from 'zod';
import type { Issue } from '../domain/accounts/issue.ts';
import { hasControlCharacters, isWellFormedText } from '../domain/accounts/text-checks.ts';
import { fail, succeed, type Outcome } from './administration-store.ts';

/** The Chinese name of each field, by path (`officeName`), for the messages. */
export type FieldLabels = Readonly<Record<string, string>>;

type RawIssue = z.core.$ZodRawIssue;

/** Parses `input`; on failure returns every problem as an issue in Chinese. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown, labels: FieldLabels): Outcome<z.output<S>> {
  const parsed = schema.safeParse(input, { error: (issue) => describeIssue(issue, labels) });
  if (parsed.success) return succeed(parsed.data);
  return fail(parsed.error.issues.map((issue) => toIssue(issue)));
}

/**
 * One line of text: at most `max` characters, no control characters, no broken (lone surrogate)
 * characters; trimmed.
 */
export function singleLineText(label: string, max: number) {
  return z
    .string()
    .max(max, `${label}不能超过${max}个字符。`)
    .refine(isWellFormedText, `${label}含有无法识别的字符。`)
    .refine((text) => !hasControlCharacters(text), `${label}不能含有换行、制表符等控制字符。`)
    .transform((text) => text.trim());
}

/** Like singleLineText, but optional (absent: unchanged) and cleared by null or an empty string. */
export function clearableText(label: string, max: number, format?: { pattern: RegExp; message: string }) {
  return singleLineText(label, max)
    .refine((text) => format === undefined || text === '' || format.pattern.test(text), format?.message ?? '')
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional();
}

/** A form checkbox or a JSON boolean: `true`/`on`/`1` and `false`/absent. */
export function checkboxValue(label: string) {
  return z
    .union([z.boolean(), z.enum(['true', 'on', '1', 'false', '0', ''])], `${label}应为“是”或“否”。`)
    .optional()
    .transform((value) => value === true || value === 'true' || value === 'on' || value === '1');
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [...issue.path.map(String), ...keys.slice(0, 1)].join('.');
  return { code: `${path === '' ? 'input' : path}.${issue.code}`, path, message: issue.message };
}

function describeIssue(issue: RawIssue, labels: FieldLabels): string {
  const path = (issue.path ?? []).map(String).join('.');
  const label = labels[path] ?? (path === '' ? '提交的内容' : `“${path}”`);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? `请填写${label}。` : `${label}应为${describeType(issue.expected)}。`;
    case 'too_big':
      return issue.origin === 'string' ? `${label}不能超过${String(issue.maximum)}个字符。` : `${label}不能大于${String(issue.maximum)}。`;
    case 'too_small':
      if (issue.origin !== 'string') return `${label}不能小于${String(issue.minimum)}。`;
      return Number(issue.minimum) <= 1 ? `请填写${label}。` : `${label}至少需要${String(issue.minimum)}个字符。`;
    case 'invalid_format':
      return `${label}的格式不正确。`;
    case 'invalid_value':
      return `${label}不是可以选择的值。`;
    case 'unrecognized_keys':
      return `不能识别的字段：${issue.keys.join('、')}。`;
    default:
      return `${label}无效。`;
  }
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: '文字',
    number: '数字',
    int: '整数',
    boolean: '“是”或“否”',
    object: '一组字段（JSON 对象）',
    array: '列表',
  };
  return names[expected] ?? '正确的类型';
}
