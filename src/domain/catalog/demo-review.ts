/**
 * The review history (三审制) of a demo item, built step by step through the same gate as staff
 * steps (`decideReview`), so the demo never shows a history the platform would refuse: the handler
 * drafts and submits, `reviewer` decides 初审, `reviewer-2` 复审 and `approver` 终审.
 */
import type { DemoRandom } from '../agencies/demo-random.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import type { InfoItemStatus, ReviewStage } from './info-item.ts';
import { decideReview, type HistoryAction, type ReviewCommand, type ReviewHistoryEntry } from './review.ts';

export interface DemoHistoryStep {
  action: HistoryAction;
  stage: ReviewStage | null;
  fromStatus: InfoItemStatus | null;
  toStatus: InfoItemStatus;
  /** A demo account's username; null when the system acted. */
  actor: string | null;
  comment: string | null;
  /** China time, `2025-03-04T09:30:00+08:00`. */
  at: string;
}

/** Where the demo leaves an item: published, or stopped on the way, or withdrawn after publication. */
export type DemoReviewEnd = 'published' | 'draft' | 'sentBack' | 'firstReview' | 'secondReview' | 'finalReview' | 'scheduled' | 'withdrawn';

export interface DemoReviewPlan {
  author: string;
  end: DemoReviewEnd;
  /** The working days the steps fall on, in order: created, submitted, 初审, 复审, 终审, (withdrawn). */
  days: readonly IsoDate[];
  /** For `scheduled`: the publication time 终审 chose. */
  publishAt?: string;
}

export interface DemoReview {
  status: InfoItemStatus;
  history: DemoHistoryStep[];
  publishedAt: string | null;
  scheduledAt: string | null;
  withdrawnAt: string | null;
}

export const demoReviewers: Readonly<Record<ReviewStage, string>> = { first: 'reviewer', second: 'reviewer-2', final: 'approver' };

const firstComments = ['内容属实，同意发布。', '已核对文号和日期，同意提交复审。', '同意。', null];
const secondComments = ['经保密审查，不涉及国家秘密和个人隐私，同意。', '同意提交终审。', null];
const finalComments = ['同意发布。', '同意。', null];
const sendBackComments = ['附件中有申请人的身份证号码，请遮盖后重新提交。', '成文日期与正文落款不一致，请核对后重新提交。', '正文第三段表述不准确，请修改。'];

/** The history the plan gives; `days` must hold a day for each step the end needs. */
export function buildDemoReview(random: DemoRandom, plan: DemoReviewPlan): DemoReview {
  const steps: DemoHistoryStep[] = [];
  const review: DemoReview = { status: 'draft', history: steps, publishedAt: null, scheduledAt: null, withdrawnAt: null };
  const at = (step: number) => `${plan.days[Math.min(step, plan.days.length - 1)]!}T${timeOf(step, random)}+08:00`;
  steps.push({ action: 'create', stage: null, fromStatus: null, toStatus: 'draft', actor: plan.author, comment: null, at: at(0) });
  if (plan.end === 'draft') return review;
  apply(review, plan, { kind: 'submit' }, plan.author, at(1));
  if (plan.end === 'firstReview') return review;
  apply(review, plan, { kind: 'approve', stage: 'first', publishAt: null, ...comment(random, firstComments) }, demoReviewers.first, at(2));
  if (plan.end === 'sentBack') {
    apply(review, plan, { kind: 'sendBack', stage: 'second', comment: random.pick(sendBackComments) }, demoReviewers.second, at(3));
    return review;
  }
  if (plan.end === 'secondReview') return review;
  apply(review, plan, { kind: 'approve', stage: 'second', publishAt: null, ...comment(random, secondComments) }, demoReviewers.second, at(3));
  if (plan.end === 'finalReview') return review;
  const publishAt = plan.end === 'scheduled' && plan.publishAt !== undefined ? new Date(plan.publishAt) : null;
  apply(review, plan, { kind: 'approve', stage: 'final', publishAt, ...comment(random, finalComments) }, demoReviewers.final, at(4));
  if (plan.end === 'withdrawn') apply(review, plan, { kind: 'withdraw', reason: '信息中的联系电话有误，撤回更正后重新发布。' }, demoReviewers.final, at(5));
  return review;
}

function apply(review: DemoReview, plan: DemoReviewPlan, command: ReviewCommand, actor: string, at: string): void {
  const history: ReviewHistoryEntry[] = review.history.map((s) => ({ action: s.action, stage: s.stage, actorAccountId: s.actor }));
  const subject = { status: review.status, authorAccountId: plan.author, scheduledAt: null };
  // The demo acts "now" at the step's own time, so a scheduled time after it stays in the future.
  const transition = decideReview(subject, history, actor, command, new Date(at));
  review.history.push({ action: transition.action, stage: transition.stage, fromStatus: transition.from, toStatus: transition.to, actor, comment: transition.comment, at });
  review.status = transition.to;
  if (transition.publishesNow) review.publishedAt = at;
  if (transition.scheduledAt !== null) review.scheduledAt = transition.scheduledAt.toISOString();
  if (transition.to === 'withdrawn') review.withdrawnAt = at;
}

function comment(random: DemoRandom, choices: readonly (string | null)[]): { comment?: string } {
  const text = random.pick(choices);
  return text === null ? {} : { comment: text };
}

/** Office hours, later for each later step, so steps on the same day keep their order. */
function timeOf(step: number, random: DemoRandom): string {
  const minutes = 8 * 60 + 40 + step * 75 + random.integer(0, 40);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}
