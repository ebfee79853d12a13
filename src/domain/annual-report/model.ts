/**
 * The canonical annual report (政府信息公开工作年度报告, 国办公开办函〔2021〕30号) as the
 * project's interchange format: see shared/design/annual-report-format.md.
 * A blank cell in a source document is `null`, never 0.
 */

export type Count = number | null;

export const applicantColumns = [
  'naturalPerson',
  'commercial',
  'research',
  'nonprofit',
  'legalService',
  'otherOrg',
  'total',
] as const;
export type ApplicantColumn = (typeof applicantColumns)[number];
/** The six applicant columns that add up to `total`. */
export const applicantParts = applicantColumns.slice(0, 6) as readonly Exclude<ApplicantColumn, 'total'>[];
export type ApplicantRow = Record<ApplicantColumn, Count>;

export interface DocumentCounts {
  issued: Count;
  abolished: Count;
  inForce: Count;
}

export interface Proactive {
  regulations: DocumentCounts;
  normativeDocuments: DocumentCounts;
  licensing: { decisions: Count };
  penalty: { decisions: Count };
  enforcement: { decisions: Count };
  /** 万元, kept exactly as printed (e.g. "2030.16873"); null when blank. */
  fees: { amountWanYuan: string | null };
}

export interface DeniedOutcomes {
  stateSecret: ApplicantRow;
  prohibitedByLaw: ApplicantRow;
  threeSecurities: ApplicantRow;
  thirdPartyRights: ApplicantRow;
  internalAffairs: ApplicantRow;
  processInformation: ApplicantRow;
  enforcementFile: ApplicantRow;
  administrativeQuery: ApplicantRow;
}
export interface UnavailableOutcomes {
  notHeld: ApplicantRow;
  needsCreation: ApplicantRow;
  unclearAfterCorrection: ApplicantRow;
}
export interface NotProcessedOutcomes {
  petition: ApplicantRow;
  duplicate: ApplicantRow;
  publication: ApplicantRow;
  excessive: ApplicantRow;
  confirmation: ApplicantRow;
}
export interface OtherOutcomes {
  noCorrection: ApplicantRow;
  unpaidFee: ApplicantRow;
  other: ApplicantRow;
}
export interface Outcomes {
  granted: ApplicantRow;
  partial: ApplicantRow;
  denied: DeniedOutcomes;
  unavailable: UnavailableOutcomes;
  notProcessed: NotProcessedOutcomes;
  other: OtherOutcomes;
  total: ApplicantRow;
}

export interface Applications {
  newReceived: ApplicantRow;
  carriedOver: ApplicantRow;
  outcomes: Outcomes;
  carriedForward: ApplicantRow;
}

export const reviewColumns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewColumn = (typeof reviewColumns)[number];
export type ReviewGroup = Record<ReviewColumn, Count>;
export const reviewGroups = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
] as const;
export type ReviewGroupKey = (typeof reviewGroups)[number];
export type Reviews = Record<ReviewGroupKey, ReviewGroup>;

export const sectionKeys = ['overview', 'problems', 'other'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** Where something was read in its source document. Every field is optional: each format knows some. */
export interface SourceLocation {
  /** 1-based line of a text source. */
  line?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based table, row and cell of an HTML/DOCX/PDF table (after rowspan/colspan are expanded). */
  table?: number;
  row?: number;
  cell?: number;
  /** The figure's dotted path in the model, e.g. `applications.newReceived.total`. */
  path?: string;
  /** A short quote of the source text (narrative sentences). */
  quote?: string;
}

/** How a figure was read: its location, the raw text, and whether anything was inferred. */
export interface FigureSource {
  location: SourceLocation;
  /** The text as it stood in the source ('' for an empty cell). */
  raw: string;
  /** `split`: the cell came out of a run of digits whose separators were lost, split by the sum rules.
   *  `ocr`: look-alike characters were read as digits (O→0, l→1). */
  inferred?: 'split' | 'ocr';
  /** For a narrative section: the location of each paragraph, in order (paragraphs are joined with "\n"). */
  parts?: SourceLocation[];
}

export type ReportFormat = '2021' | '2019';

export interface AnnualReport {
  /** The agency's name as printed in the title, e.g. 湘潭县, 淮安市人民政府. */
  agency: string | null;
  year: number | null;
  /** 统计期限, as printed: { from: "2024年1月1日", to: "2024年12月31日" }. */
  period: { from: string | null; to: string | null };
  proactive: Proactive;
  applications: Applications;
  reviews: Reviews;
  sections: Record<SectionKey, string | null>;
  /** The format the report was written in; the 2019 trial format (国办公开办函〔2019〕60号) is recognised, not read as 2021. */
  format?: ReportFormat;
  /** Provenance of every figure read from a source, keyed by dotted path. Absent for reports built in code. */
  sources?: Record<string, FigureSource>;
}
