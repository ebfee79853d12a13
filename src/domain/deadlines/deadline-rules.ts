/**
 * The deadline conventions that are a matter of reading the texts rather than fact
 * (shared/design/regulation.md §2, §4), kept as settings so that an agency can follow its
 * province's practice without a code change.
 */
export interface DeadlineRules {
  /** Art. 33: the reply period in working days. */
  replyWorkingDays: number;
  /** Art. 33: the longest extension, in working days. */
  maxExtensionWorkingDays: number;
  /**
   * Whether the days from the fee notice reaching the applicant to the payment are left out of
   * the reply period. Off by default: Art. 33 ¶3 excludes only consultation time, and whether the
   * 信息处理费 办法 adds a pause is unverified (regulation.md §2, marked [?]).
   */
  feeNoticePausesClock: boolean;
  /** How many working days before the due date a case counts as “due soon” (临近期限). */
  dueSoonWorkingDays: number;
}

export const defaultDeadlineRules: Readonly<DeadlineRules> = {
  replyWorkingDays: 20,
  maxExtensionWorkingDays: 20,
  feeNoticePausesClock: false,
  dueSoonWorkingDays: 5,
};
