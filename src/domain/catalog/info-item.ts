/**
 * 主动公开: one published item of government information (`infoItem`) with the catalogue's standard
 * metadata, and the words the rest of the platform uses for it. The review workflow is in
 * `review.ts`, the register of rules and normative documents in `register.ts`.
 */

/** What the item is; rules and normative documents also go into the register (table A row 一). */
export const infoItemKinds = ['general', 'regulation', 'normativeDocument', 'interpretation'] as const;
export type InfoItemKind = (typeof infoItemKinds)[number];

export const infoItemKindNames: Record<InfoItemKind, string> = {
  general: '一般信息',
  regulation: '规章',
  normativeDocument: '行政规范性文件',
  interpretation: '政策解读',
};

/** Kinds that carry validity and a place in the register. */
export const registerKinds: readonly InfoItemKind[] = ['regulation', 'normativeDocument'];

/**
 * Where the item is in 三审制: a draft goes through 初审 (`firstReview`), 复审 (`secondReview`) and
 * 终审 (`finalReview`); approved at 终审 it is published at once or, with a publication time in the
 * future, `scheduled`. A withdrawn item stays in the history and off the portal.
 */
export const infoItemStatuses = ['draft', 'firstReview', 'secondReview', 'finalReview', 'scheduled', 'published', 'withdrawn'] as const;
export type InfoItemStatus = (typeof infoItemStatuses)[number];

export const infoItemStatusNames: Record<InfoItemStatus, string> = {
  draft: '草稿',
  firstReview: '待初审',
  secondReview: '待复审',
  finalReview: '待终审',
  scheduled: '待定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

/** The three review stages (glossary: `first` `second` `final`). */
export const reviewStages = ['first', 'second', 'final'] as const;
export type ReviewStage = (typeof reviewStages)[number];

export const reviewStageNames: Record<ReviewStage, string> = { first: '初审', second: '复审', final: '终审' };

/** 有效性 of a rule or normative document; null for other kinds. */
export const validities = ['inForce', 'amended', 'expired', 'abolished'] as const;
export type Validity = (typeof validities)[number];

export const validityNames: Record<Validity, string> = {
  inForce: '现行有效',
  amended: '已修改',
  expired: '已失效',
  abolished: '已废止',
};

/** The catalogue's standard metadata of an item, as staff enter it. Dates are ISO `YYYY-MM-DD`. */
export interface InfoItemMetadata {
  kind: InfoItemKind;
  title: string;
  /** 发布机构: the agency's name unless a joint or superior body issued it. */
  publisher: string;
  /** 文号, e.g. 莲政发〔2026〕3号; null when the item has none. */
  documentNumber: string | null;
  /** 成文日期. */
  writtenOn: string | null;
  /** Codes in the subject (主题分类) and genre (体裁分类) trees. */
  subjectCode: string;
  genreCode: string;
  /** Register kinds only: in force from, and (if the document says so) until — after which it expires. */
  validFrom: string | null;
  validUntil: string | null;
  /** Interpretations: the document they interpret. */
  interpretsItemId: string | null;
}

/** Limits the forms and the API share. */
export const infoItemLimits = {
  titleLength: 200,
  publisherLength: 100,
  documentNumberLength: 60,
  /** Of the sanitised HTML body. */
  bodyLength: 500_000,
  attachmentBytes: 50 * 1024 * 1024,
  attachmentsPerItem: 20,
  /** The whole multipart request: attachments plus the form, refused from its Content-Length. */
  uploadRequestBytes: 60 * 1024 * 1024,
} as const;
