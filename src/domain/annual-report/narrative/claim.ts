/** A figure the narrative states about a table item: what it is about, its value and where it stands. */
import type { SectionKey } from '../model.ts';
import type { Approximation } from './quantities.ts';

export type DocumentKind = 'regulations' | 'normativeDocuments';
export type ReviewKind =
  | 'reconsideration'
  | 'litigation'
  | 'litigationDirect'
  | 'litigationAfterReconsideration';
export type DecisionKind = 'licensing' | 'penalty' | 'enforcement';

export type ClaimTopic =
  /** 收到/受理 N件: new applications, or new + carried over (reports use both readings). */
  | 'applications.received'
  /** 新收 N件: new applications only. */
  | 'applications.newReceived'
  /** 包括上年度结转在内的 N件. */
  | 'applications.receivedWithCarriedOver'
  /** 答复/办结 N件 (outcomes.total); with `isVague` for 办理/处理. */
  | 'applications.answered'
  | 'applications.carriedOver'
  | 'applications.carriedForward'
  | `${DocumentKind}.${'issued' | 'abolished' | 'expired' | 'abolishedOrExpired' | 'inForce'}`
  | `${ReviewKind}.${'upheld' | 'corrected' | 'other' | 'pending' | 'total'}`
  | `${DecisionKind}.decisions`
  /** 行政事业性收费, in 万元. */
  | 'fees.administrative'
  /** 信息处理费 charged, in 元. */
  | 'fees.processing'
  /** 未收取信息处理费 (value 0). */
  | 'fees.processingNone';

export interface NarrativeClaim {
  topic: ClaimTopic;
  value: number;
  approximation: Approximation;
  /** The wording allows another reading (a weak verb such as 新增/办理): worth a warning, not an error. */
  isVague: boolean;
  /** Decimals as printed, to accept a rounded amount. */
  decimals: number;
  section: SectionKey;
  /** 0-based paragraph of the section. */
  paragraph: number;
  /** The clause that states it, at most 60 characters. */
  quote: string;
}
