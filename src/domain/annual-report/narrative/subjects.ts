/** What a stated figure is about: the narrative's nouns that name a table item, or something else. */
import { findAll } from './sentences.ts';

export type Subject =
  | 'applications'
  | 'regulations'
  | 'normativeDocuments'
  | 'reconsideration'
  | 'litigation'
  | 'litigationDirect'
  | 'litigationAfterReconsideration'
  | 'licensing'
  | 'penalty'
  | 'enforcement'
  | 'administrativeFees'
  | 'processingFee'
  /** Any other countable thing (信息, 留言, 政策性文件, 政策解读 …): a figure about it is not about a table item. */
  | 'other';

export interface SubjectMention {
  subject: Subject;
  start: number;
  end: number;
}

/** "复议后起诉的行政诉讼" is still the after-reconsideration kind. */
const suit = '(?:的)?(?:行政诉讼)?(?:案件)?';

// Order matters where two nouns start at the same place: the longer, more specific one first.
const subjectNouns: readonly (readonly [Subject, string])[] = [
  ['applications', '政府信息公开申请(?:事项)?|信息公开申请|依申请公开(?:事项|申请)?|公开申请|申请人|申请(?:事项)?'],
  ['litigationAfterReconsideration', `(?:行政)?复议后(?:向法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)${suit}`],
  ['litigationDirect', `(?:未经复议)?直接(?:向法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)${suit}`],
  ['reconsideration', '行政复议(?:申请|案件)?'],
  ['litigation', '行政(?:诉讼|应诉)(?:案件)?'],
  ['licensing', '行政许可(?:决定|事项|案件)?'],
  ['penalty', '行政处罚(?:决定|事项|案件)?'],
  ['enforcement', '行政强制(?:决定|措施|事项|案件)?'],
  ['administrativeFees', '行政事业性收费(?:金额|收入|总额)?'],
  ['processingFee', '信息处理费'],
  ['other', '规章制度'],
  ['regulations', '(?:政府)?规章'],
  ['normativeDocuments', '(?:行政)?规范性文件'],
  [
    'other',
    '政策性文件|政策文件|其他文件|文件|政策解读|解读|政府信息|信息|留言|事项|材料|视频|稿件|案例|场景|领域|' +
      '新闻|通知|公报|网站|平台|账号|新媒体|人员|培训|会议|问题|建议|提案|意见',
  ],
];

// Plain alternation (no named groups): it runs several times faster; the match is classified afterwards.
const source = subjectNouns.map(([, pattern]) => `(?:${pattern})`).join('|');
const subjectPattern = new RegExp(source, 'g');
const leadingSubjectPattern = new RegExp(`^(?:的|各类|份)?(${source})`);
const wholeNouns = subjectNouns.map(
  ([subject, pattern]) => [subject, new RegExp(`^(?:${pattern})$`)] as const,
);

/** The subject of a matched noun: the first pattern that matches it whole, as the alternation did. */
function classify(noun: string): Subject {
  return wholeNouns.find(([, pattern]) => pattern.test(noun))?.[0] ?? 'other';
}

/** Every subject noun of a sentence, in order. */
export function findSubjects(text: string): SubjectMention[] {
  return findAll(subjectPattern, text).map(([noun, start]) => ({
    subject: classify(noun),
    start,
    end: start + noun.length,
  }));
}

/** The last subject named between two offsets. */
export function findLastSubject(
  mentions: readonly SubjectMention[],
  from: number,
  to: number,
): Subject | undefined {
  let subject: Subject | undefined;
  for (const mention of mentions) {
    if (mention.start >= from && mention.end <= to) subject = mention.subject;
  }
  return subject;
}

/** The subject named right after a figure ("35件政府信息公开申请"), if any. */
export function findLeadingSubject(text: string): Subject | undefined {
  const noun = leadingSubjectPattern.exec(text)?.[1];
  return noun === undefined ? undefined : classify(noun);
}
