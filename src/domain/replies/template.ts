/**
 * Reply templates as agencies edit them: plain text, the first line the title and every further
 * non-empty line one body paragraph, with `{{占位符}}` for the values of the case. The checks keep
 * an edited template usable and lawful: only known placeholders, the required ones kept, and the
 * remedy sentence (行政复议 within 60 days, 行政诉讼 within 6 months) left in every decision.
 */
import type { Issue } from '../accounts/issue.ts';
import { cleanLine } from './letter-text.ts';
import { isRemedyParagraph, statesRemedyPeriods } from './legal-text.ts';
import { findPlaceholders, hasStrayBraces, isPlaceholderName } from './placeholders.ts';
import { placeholdersAllowedIn, replyTypeInfo, type ReplyType } from './reply-type.ts';

export interface ReplyTemplate {
  type: ReplyType;
  title: string;
  paragraphs: readonly string[];
}

/** Longer than any real letter: a limit against pasted documents, not against wording. */
export const templateMaxLength = 20_000;

/** The editable text: the title, an empty line, then one paragraph per line. */
export function formatTemplate(template: ReplyTemplate): string {
  return [template.title, '', ...template.paragraphs].join('\n');
}

/** Reads the editable text back; empty lines are dropped and control characters removed. */
export function parseTemplate(type: ReplyType, text: string): ReplyTemplate {
  const lines = text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(cleanLine)
    .filter((line) => line !== '');
  return { type, title: lines[0] ?? '', paragraphs: lines.slice(1) };
}

/** Every problem with an edited template text for this letter type; empty when it can be saved. */
export function checkTemplate(type: ReplyType, text: string): Issue[] {
  if (text.length > templateMaxLength) {
    return [issue('tooLong', `模板过长：不能超过${templateMaxLength}个字符。`)];
  }
  return checkParsedTemplate(parseTemplate(type, text));
}

/** The checks of `checkTemplate` on a template already split into title and paragraphs. */
export function checkParsedTemplate(template: ReplyTemplate): Issue[] {
  const issues: Issue[] = [];
  if (template.title === '') issues.push(issue('titleMissing', '模板缺少标题：第一行为文书标题。'));
  if (template.paragraphs.length === 0) issues.push(issue('bodyMissing', '模板缺少正文：标题之后至少需要一段正文。'));
  issues.push(...checkPlaceholders(template));
  if (replyTypeInfo[template.type].hasRemedy) issues.push(...checkRemedy(template.paragraphs));
  return issues;
}

function checkPlaceholders(template: ReplyTemplate): Issue[] {
  const info = replyTypeInfo[template.type];
  const allowed = placeholdersAllowedIn(template.type);
  const issues: Issue[] = [];
  const used = new Set<string>();
  const parts = [template.title, ...template.paragraphs];
  parts.forEach((text, index) => {
    const where = index === 0 ? '标题' : `第${index}段`;
    if (hasStrayBraces(text)) {
      issues.push(issue('malformedPlaceholder', `${where}有不完整的占位符：占位符应写作 {{名称}}。`));
    }
    for (const name of findPlaceholders(text)) {
      used.add(name);
      if (!isPlaceholderName(name)) {
        issues.push(issue('unknownPlaceholder', `${where}的占位符 {{${name}}} 不存在。`));
      } else if (!allowed.has(name)) {
        issues.push(issue('placeholderNotAllowed', `${where}的占位符 {{${name}}} 不能用于${info.name}。`));
      }
    }
  });
  for (const name of info.required) {
    if (!used.has(name)) issues.push(issue('requiredMissing', `${info.name}必须包含占位符 {{${name}}}。`));
  }
  return issues;
}

function checkRemedy(paragraphs: readonly string[]): Issue[] {
  const remedy = paragraphs.filter(isRemedyParagraph);
  if (remedy.length === 0) {
    return [issue('remedyMissing', '答复文书必须告知救济途径：申请行政复议或者提起行政诉讼的期限和机关。')];
  }
  if (!remedy.some(statesRemedyPeriods)) {
    return [issue('remedyPeriod', '救济途径须写明法定期限：60日内申请行政复议，6个月内提起行政诉讼。')];
  }
  return [];
}

function issue(problem: string, message: string): Issue {
  return { code: `template.${problem}`, path: 'template', message };
}
