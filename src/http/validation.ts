/**
 * Step "validate" of a handler: `parseInput(schema, input)` returns the parsed value or throws a
 * ValidationError whose issues say in Chinese what is wrong with each field. A schema's own message
 * (`z.string().min(1, '请输入姓名。')`) wins over the generic ones here.
 */
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { z } from 'zod';
import type { Issue } from '../domain/accounts/issue.ts';
import { ValidationError } from './http-errors.ts';

const fallbackLocale = z.locales.zhCN();

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = checkInput(schema, input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

/** Like parseInput, but returns the issues (for a form that shows them beside its fields). */
export function checkInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): { ok: true; value: z.output<Schema> } | { ok: false; issues: Issue[] } {
  const result = schema.safeParse(input ?? {}, { error: describeZodIssue });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return { code: `${path === '' ? 'input' : path}.${issue.code}`, path, message: issue.message };
    }),
  };
}

/** Friendly Chinese messages for the common problems; zod's zh-CN locale for the rest. */
function describeZodIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '此项为必填项。' : '此项的格式不正确。';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '此项不能为空。' : `至少需要${issue.minimum}个字符。`;
      return `不能小于${String(issue.minimum)}。`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${issue.maximum}个字符。`;
      return `不能大于${String(issue.maximum)}。`;
    case 'invalid_format':
      return '此项的格式不正确。';
    case 'invalid_value':
      return '所选的值不在允许的范围内。';
    case 'unrecognized_keys':
      return `含有无法识别的字段：${issue.keys.join('、')}。`;
    default: {
      const fallback = fallbackLocale.localeError(issue);
      return typeof fallback === 'string' ? fallback : (fallback?.message ?? '此项的内容不正确。');
    }
  }
}

/** Fastify's JSON-schema (ajv) errors as issues, for API routes that validate with `schema.body`. */
export function issuesFromSchemaErrors(errors: readonly FastifySchemaValidationError[], context: string | undefined): Issue[] {
  return errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    const missing = typeof params['missingProperty'] === 'string' ? params['missingProperty'] : null;
    const field = [error.instancePath.replace(/^\//, '').replaceAll('/', '.'), missing].filter((p) => p !== null && p !== '').join('.');
    const path = field === '' ? (context ?? 'body') : field;
    return { code: `${path}.${error.keyword}`, path, message: describeSchemaError(error.keyword, params) };
  });
}

function describeSchemaError(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'required':
      return '此项为必填项。';
    case 'type':
      return '此项的格式不正确。';
    case 'maxLength':
      return `不能超过${String(params['limit'])}个字符。`;
    case 'minLength':
      return Number(params['limit']) <= 1 ? '此项不能为空。' : `至少需要${String(params['limit'])}个字符。`;
    case 'additionalProperties':
      return `含有无法识别的字段：${String(params['additionalProperty'])}。`;
    case 'enum':
      return '所选的值不在允许的范围内。';
    default:
      return '此项的内容不正确。';
  }
}
