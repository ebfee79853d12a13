/**
 * Fills a reply template with the values of a case. Nothing half-filled comes out: a missing or
 * malformed value is an issue, never the text "undefined" or a leftover `{{…}}`.
 */
import type { Issue } from '../accounts/issue.ts';
import { cleanLine, cleanLines, formatLetterDate } from './letter-text.ts';
import { findPlaceholders, isPlaceholderName, placeholderInfo, type PlaceholderName, type ReplyValues } from './placeholders.ts';
import { replyTypeInfo } from './reply-type.ts';
import { checkParsedTemplate, type ReplyTemplate } from './template.ts';

export type RenderResult = { ok: true; title: string; paragraphs: string[] } | { ok: false; issues: Issue[] };

/** Checks that hold whatever the template says (条例 Art. 33: an extension is at most 20 working days). */
const valueRules: Partial<Record<PlaceholderName, { test: (value: string) => boolean; message: string }>> = {
  延长天数: { test: (v) => /^(?:[1-9]|1\d|20)$/.test(v), message: '延长天数应为1至20之间的整数（条例第三十三条）。' },
  收费金额: { test: (v) => /^\d+(?:\.\d{1,2})?$/.test(v) && Number(v) > 0, message: '收费金额应为大于零的金额，如 300 或 300.50。' },
};

/** Sentence punctuation a one-line value may end with; the template supplies its own. */
const trailingPunctuation = /[。．.，,；;：:、\s]+$/;

type Filled = { ok: true; text: string } | { ok: false; issue: Issue };

/** The template filled with the values, or every issue that stops it from being filled. */
export function renderTemplate(template: ReplyTemplate, values: ReplyValues): RenderResult {
  const issues = checkParsedTemplate(template);
  const optional = new Set<string>(replyTypeInfo[template.type].optional);
  const filled = new Map<string, Filled>();
  const fill = (name: string): Filled => {
    let result = filled.get(name);
    if (result === undefined) {
      result = fillValue(name, values);
      filled.set(name, result);
      if (!result.ok) issues.push(result.issue);
    }
    return result;
  };
  const substitute = (text: string): string =>
    text.replace(/\{\{([^{}]*)\}\}/g, (_, name: string) => {
      const result = fill(name.trim());
      return result.ok ? result.text : '';
    });

  // Stored templates are cleaned again: a line break or control character must not reach the letter.
  const title = substitute(cleanLine(template.title));
  const paragraphs = template.paragraphs
    .map(cleanLine)
    // A paragraph that only makes sense with an optional value ("负责公开该信息的机关为……") is left out without it.
    .filter((paragraph) => !findPlaceholders(paragraph).some((name) => optional.has(name) && isMissing(values, name)))
    .flatMap((paragraph) => substitute(paragraph).split('\n'))
    .filter((paragraph) => paragraph.trim() !== '');
  if (issues.length > 0) return { ok: false, issues: dedupe(issues) };
  return { ok: true, title, paragraphs };
}

function isMissing(values: ReplyValues, name: string): boolean {
  if (!isPlaceholderName(name)) return true;
  const value = values[name];
  return value === undefined || cleanLine(value) === '';
}

function fillValue(name: string, values: ReplyValues): Filled {
  // Unknown names are reported by the template check; they fill with nothing here.
  if (!isPlaceholderName(name)) return { ok: true, text: '' };
  const info = placeholderInfo[name];
  const raw = values[name];
  if (raw === undefined || cleanLine(raw) === '') {
    return { ok: false, issue: valueIssue(name, 'missing', `缺少“${name}”：${info.description}。`) };
  }
  if (info.kind === 'lines') return { ok: true, text: cleanLines(raw).join('\n') };
  if (info.kind === 'date') {
    const date = formatLetterDate(raw.trim());
    if (date === null) return { ok: false, issue: valueIssue(name, 'invalidDate', `“${name}”不是有效日期：${cleanLine(raw)}。`) };
    return { ok: true, text: date };
  }
  const text = cleanLine(raw).replace(trailingPunctuation, '');
  const rule = valueRules[name];
  if (rule !== undefined && !rule.test(text)) return { ok: false, issue: valueIssue(name, 'invalid', rule.message) };
  if (text === '') return { ok: false, issue: valueIssue(name, 'missing', `缺少“${name}”：${info.description}。`) };
  return { ok: true, text };
}

function valueIssue(name: PlaceholderName, problem: string, message: string): Issue {
  return { code: `value.${problem}`, path: `values.${name}`, message };
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}|${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
