/**
 * The checks a draft's form goes through before anything is written, on create and on edit: the
 * metadata (domain/catalog/info-item-input.ts, with the classification codes from the database),
 * the document an interpretation interprets, and the body — sanitised here, so that only the
 * allowlisted HTML is ever stored, and its length judged after sanitising.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { infoItemLimits, type InfoItemMetadata } from '../../../domain/catalog/info-item.ts';
import { findInfoItemProblems } from '../../../domain/catalog/info-item-input.ts';
import { bodyText, sanitizeBody } from '../../../domain/catalog/sanitize-body.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import type { InfoItemStore } from './info-item-store.ts';

/** The form of a draft, as the HTTP schema hands it over (trimmed; empty optional fields null). */
export interface InfoItemForm {
  metadata: InfoItemMetadata;
  bodyHtml: string;
}

export interface CheckedItemForm {
  issues: Issue[];
  bodyHtml: string;
  bodyText: string;
}

export async function checkItemForm(store: InfoItemStore, form: InfoItemForm, now: Date, itemId: string | null): Promise<CheckedItemForm> {
  const classifications = await store.listClassifications();
  const codesOf = (scheme: string) => new Set(classifications.filter((c) => c.scheme === scheme).map((c) => c.code));
  const issues = findInfoItemProblems(form.metadata, { subjectCodes: codesOf('subject'), genreCodes: codesOf('genre'), today: chinaDateOf(now) });
  const interpreted = form.metadata.interpretsItemId;
  if (form.metadata.kind === 'interpretation' && interpreted !== null) {
    const document = interpreted === itemId ? null : await store.findInterpretableDocument(interpreted);
    if (document === null) issues.push({ code: 'interpretsItemId.unknown', path: 'interpretsItemId', message: '所选的被解读文件不存在，或不是规章、行政规范性文件，请重新选择。' });
  }
  const html = sanitizeBody(form.bodyHtml);
  if (html.length > infoItemLimits.bodyLength) {
    issues.push({ code: 'bodyHtml.tooLong', path: 'bodyHtml', message: `正文过长（${html.length}个字符，上限${infoItemLimits.bodyLength}个）。篇幅很长的文件请作为附件上传。` });
  }
  return { issues, bodyHtml: html, bodyText: bodyText(html) };
}
