/**
 * The checks on an item's metadata as staff enter it, returned as issues beside their fields:
 * lengths, dates (real, not in the future, in order), classification codes that exist in the trees,
 * and the fields that belong to one kind only — the 施行日期 and 有效期 of rules and normative
 * documents, the document an interpretation interprets.
 */
import type { Issue } from '../accounts/issue.ts';
import { hasControlCharacters, isWellFormedText } from '../accounts/text-checks.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { infoItemLimits, registerKinds, type InfoItemMetadata } from './info-item.ts';

export interface InfoItemInputContext {
  subjectCodes: ReadonlySet<string>;
  genreCodes: ReadonlySet<string>;
  /** Today in China, `YYYY-MM-DD`. */
  today: string;
}

/** Earliest date an item of this platform can carry (the People's Republic's documents). */
const earliestDate = '1949-10-01';

/** Every problem of the metadata at once, so one round trip shows them all. */
export function findInfoItemProblems(metadata: InfoItemMetadata, context: InfoItemInputContext): Issue[] {
  return [
    ...checkLine('title', '标题', metadata.title, infoItemLimits.titleLength, true),
    ...checkLine('publisher', '发布机构', metadata.publisher, infoItemLimits.publisherLength, true),
    ...checkLine('documentNumber', '文号', metadata.documentNumber ?? '', infoItemLimits.documentNumberLength, false),
    ...checkDate('writtenOn', '成文日期', metadata.writtenOn, context.today),
    ...checkCode('subjectCode', '主题分类', metadata.subjectCode, context.subjectCodes),
    ...checkCode('genreCode', '体裁分类', metadata.genreCode, context.genreCodes),
    ...checkKindFields(metadata),
  ];
}

function checkLine(path: string, label: string, text: string, max: number, required: boolean): Issue[] {
  if (text.trim() === '') return required ? [issue(path, 'required', `请填写${label}。`)] : [];
  if ([...text].length > max) return [issue(path, 'tooLong', `${label}不能超过${max}个字符。`)];
  if (!isWellFormedText(text) || hasControlCharacters(text)) return [issue(path, 'badCharacters', `${label}含有换行、制表符或无法识别的字符，请删除后重新填写。`)];
  return [];
}

function checkDate(path: string, label: string, date: string | null, today: string): Issue[] {
  if (date === null) return [];
  if (!isIsoDate(date)) return [issue(path, 'invalidDate', `${label}不是有效的日期，请按“2026-03-02”的格式填写。`)];
  if (date < earliestDate) return [issue(path, 'tooEarly', `${label}不能早于1949年10月1日。`)];
  if (date > today) return [issue(path, 'inFuture', `${label}不能晚于今天。`)];
  return [];
}

function checkCode(path: string, label: string, code: string, known: ReadonlySet<string>): Issue[] {
  if (code === '') return [issue(path, 'required', `请选择${label}。`)];
  return known.has(code) ? [] : [issue(path, 'unknownCode', `${label}“${code}”不存在，请从列表中选择。`)];
}

function checkKindFields(metadata: InfoItemMetadata): Issue[] {
  const issues: Issue[] = [];
  const isRegister = registerKinds.includes(metadata.kind);
  if (!isRegister && (metadata.validFrom !== null || metadata.validUntil !== null)) {
    issues.push(issue('validFrom', 'notRegisterKind', '只有规章和行政规范性文件填写施行日期和有效期至；其他信息请留空。'));
  }
  if (isRegister) issues.push(...checkValidity(metadata));
  if (metadata.kind !== 'interpretation' && metadata.interpretsItemId !== null) {
    issues.push(issue('interpretsItemId', 'notInterpretation', '只有政策解读需要选择所解读的文件；其他信息请不要选择。'));
  }
  return issues;
}

function checkValidity({ validFrom, validUntil, writtenOn }: InfoItemMetadata): Issue[] {
  for (const [path, label, date] of [['validFrom', '施行日期', validFrom], ['validUntil', '有效期至', validUntil]] as const) {
    if (date !== null && !isIsoDate(date)) return [issue(path, 'invalidDate', `${label}不是有效的日期，请按“2026-03-02”的格式填写。`)];
    if (date !== null && date < earliestDate) return [issue(path, 'tooEarly', `${label}不能早于1949年10月1日。`)];
  }
  if (validFrom !== null && writtenOn !== null && validFrom < writtenOn) return [issue('validFrom', 'beforeWritten', '施行日期不能早于成文日期。')];
  if (validUntil !== null && validFrom !== null && validUntil <= validFrom) return [issue('validUntil', 'beforeValidFrom', '有效期至须晚于施行日期。')];
  if (validUntil !== null && writtenOn !== null && validUntil <= writtenOn) return [issue('validUntil', 'beforeWritten', '有效期至须晚于成文日期。')];
  return [];
}

function issue(path: string, problem: string, message: string): Issue {
  return { code: `${path}.${problem}`, path, message };
}
