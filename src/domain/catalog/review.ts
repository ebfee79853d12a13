/**
 * 三审制: the review of an info item before publication. A draft is submitted by its author and
 * goes through 初审 (`first`), 复审 (`second`) and 终审 (`final`); approved at 终审 it is published
 * at once, or `scheduled` for a later time the approver chose. At any stage it may be sent back
 * (with a comment) to its author, who alone edits and resubmits it; a published or scheduled item
 * may be withdrawn (with a reason). Every stage is decided by a different person, none of them the
 * author: within a round (from one submission to the next send-back or publication) nobody reviews
 * two stages. Pure: the item's history comes in as data, the refusals are DomainErrors with stable
 * codes and a Chinese message that says what to do.
 */
import type { Action } from '../access/access-table.ts';
import { DomainError } from '../errors.ts';
import { infoItemStatusNames, reviewStageNames, type InfoItemStatus, type ReviewStage } from './info-item.ts';

export type ReviewCommand =
  | { kind: 'submit' }
  | { kind: 'approve'; stage: ReviewStage; publishAt: Date | null; comment?: string }
  | { kind: 'sendBack'; stage: ReviewStage; comment: string }
  | { kind: 'withdraw'; reason: string }
  | { kind: 'publishScheduled' };

/** What `info_item_history.action` holds. */
export const historyActions = ['create', 'edit', 'attachmentAdded', 'attachmentRemoved', 'submit', 'approve', 'sendBack', 'publish', 'withdraw'] as const;
export type HistoryAction = (typeof historyActions)[number];

export interface ReviewHistoryEntry {
  action: string;
  stage: string | null;
  /** Null when the system acted. */
  actorAccountId: string | null;
}

export interface ReviewSubject {
  status: InfoItemStatus;
  authorAccountId: string | null;
  scheduledAt: Date | null;
}

export interface ReviewTransition {
  action: Extract<HistoryAction, 'submit' | 'approve' | 'sendBack' | 'withdraw' | 'publish'>;
  stage: ReviewStage | null;
  from: InfoItemStatus;
  to: InfoItemStatus;
  comment: string | null;
  /** The item becomes public now: publication date and time, and for register kinds the `issued` event. */
  publishesNow: boolean;
  /** The publication time 终审 chose, when it lies in the future. */
  scheduledAt: Date | null;
}

/** A review step the item's state or the reviewer does not allow; the code says which rule. */
export class ReviewRefusedError extends DomainError {}

export const statusOfStage: Record<ReviewStage, InfoItemStatus> = { first: 'firstReview', second: 'secondReview', final: 'finalReview' };

export const actionOfStage: Record<ReviewStage, Action> = { first: 'info.reviewFirst', second: 'info.reviewSecond', final: 'info.reviewFinal' };

/** The longest a publication may be scheduled ahead: a year is already far beyond practice. */
export const maxScheduleAheadMillis = 366 * 24 * 60 * 60 * 1000;

const nextStatus: Record<ReviewStage, InfoItemStatus> = { first: 'secondReview', second: 'finalReview', final: 'published' };

/** The stage an item waits at, or null when it is not in review. */
export function stageOfStatus(status: InfoItemStatus): ReviewStage | null {
  if (status === 'firstReview') return 'first';
  if (status === 'secondReview') return 'second';
  if (status === 'finalReview') return 'final';
  return null;
}

/** The access action a command needs on the item's agency (null for the system's own step). */
export function actionRequiredFor(command: ReviewCommand): Action | null {
  switch (command.kind) {
    case 'submit':
      return 'info.draft';
    case 'approve':
    case 'sendBack':
      return actionOfStage[command.stage];
    case 'withdraw':
      return 'info.withdraw';
    case 'publishScheduled':
      return null;
  }
}

/** The entries of the current round: everything after the latest submission (all of it if none). */
export function currentRound<T extends ReviewHistoryEntry>(history: readonly T[]): T[] {
  let start = 0;
  history.forEach((entry, index) => {
    if (entry.action === 'submit') start = index + 1;
  });
  return history.slice(start);
}

/** The transition the command makes, or a ReviewRefusedError saying why it may not happen. */
export function decideReview(subject: ReviewSubject, history: readonly ReviewHistoryEntry[], actorAccountId: string | null, command: ReviewCommand, now: Date): ReviewTransition {
  const base = { from: subject.status, comment: null, publishesNow: false, scheduledAt: null };
  switch (command.kind) {
    case 'submit':
      if (subject.status !== 'draft') throw refuse('info.notDraft', `该信息当前为“${infoItemStatusNames[subject.status]}”，只有草稿可以提交审核。`);
      assertAuthor(subject, actorAccountId, '提交审核');
      return { ...base, action: 'submit', stage: null, to: 'firstReview' };
    case 'approve':
    case 'sendBack':
      return decideStage(subject, history, actorAccountId, command, now);
    case 'withdraw': {
      if (subject.status !== 'published' && subject.status !== 'scheduled') {
        throw refuse('info.notPublished', `只有已发布或待定时发布的信息可以撤回；该信息当前为“${infoItemStatusNames[subject.status]}”。`);
      }
      const reason = command.reason.trim();
      if (reason === '') throw refuse('info.reasonRequired', '撤回信息须填写撤回理由，说明为什么撤回。');
      return { ...base, action: 'withdraw', stage: null, to: 'withdrawn', comment: reason };
    }
    case 'publishScheduled':
      if (subject.status !== 'scheduled') throw refuse('info.notScheduled', `该信息当前为“${infoItemStatusNames[subject.status]}”，不是待定时发布的信息。`);
      if (subject.scheduledAt !== null && subject.scheduledAt.getTime() > now.getTime()) throw refuse('info.notDue', '该信息的定时发布时间还没有到。');
      return { ...base, action: 'publish', stage: null, to: 'published', publishesNow: true };
  }
}

/**
 * Why this person may not decide the stage (approve or send back), or null when they may: the item
 * must wait at the stage, and the person must be neither its author nor someone who already
 * decided another stage of this round.
 */
export function findReviewerProblem(subject: ReviewSubject, history: readonly ReviewHistoryEntry[], actorAccountId: string | null, stage: ReviewStage): ReviewRefusedError | null {
  const stageName = reviewStageNames[stage];
  const role = stage === 'final' ? '签发人' : '审核人';
  if (subject.status !== statusOfStage[stage]) {
    return refuse('info.wrongStage', `该信息当前为“${infoItemStatusNames[subject.status]}”，不能进行${stageName}。请刷新页面查看最新状态。`);
  }
  if (actorAccountId !== null && actorAccountId === subject.authorAccountId) {
    return refuse('info.ownItem', `您是本条信息的起草人，不能审核自己起草的信息。请由本机关的其他${role}进行${stageName}。`);
  }
  const earlier = currentRound(history).find((entry) => entry.action === 'approve' && entry.actorAccountId === actorAccountId && entry.stage !== stage);
  if (earlier !== undefined) {
    const earlierName = isReviewStage(earlier.stage) ? reviewStageNames[earlier.stage] : '另一阶段的审核';
    return refuse('info.sameReviewer', `您已在本轮审核中进行了${earlierName}，同一人不能审核两个阶段。请由本机关的另一位${role}进行${stageName}。`);
  }
  return null;
}

/** Editing (metadata, body, attachments) is for drafts, by their author only. */
export function assertDraftEditable(subject: ReviewSubject, actorAccountId: string): void {
  if (subject.status !== 'draft') {
    throw refuse('info.notDraft', `该信息当前为“${infoItemStatusNames[subject.status]}”，不能修改。只有草稿可以修改；审核中的信息须经退回，由起草人修改后重新提交。`);
  }
  assertAuthor(subject, actorAccountId, '修改');
}

export function isReviewStage(value: unknown): value is ReviewStage {
  return value === 'first' || value === 'second' || value === 'final';
}

function decideStage(
  subject: ReviewSubject,
  history: readonly ReviewHistoryEntry[],
  actorAccountId: string | null,
  command: Extract<ReviewCommand, { kind: 'approve' | 'sendBack' }>,
  now: Date,
): ReviewTransition {
  const problem = findReviewerProblem(subject, history, actorAccountId, command.stage);
  if (problem !== null) throw problem;
  const base = { from: subject.status, stage: command.stage, publishesNow: false, scheduledAt: null };
  if (command.kind === 'sendBack') {
    const comment = command.comment.trim();
    if (comment === '') throw refuse('info.commentRequired', '退回时请填写退回意见，说明需要修改的地方，以便起草人修改。');
    return { ...base, action: 'sendBack', to: 'draft', comment };
  }
  const to = nextStatus[command.stage];
  const comment = command.comment?.trim() || null;
  if (to !== 'published') return { ...base, action: 'approve', to, comment };
  const publishAt = command.publishAt;
  if (publishAt === null || publishAt.getTime() <= now.getTime()) return { ...base, action: 'approve', to, comment, publishesNow: true };
  if (publishAt.getTime() - now.getTime() > maxScheduleAheadMillis) {
    throw refuse('info.invalidPublishTime', '定时发布时间不能晚于一年以后，请重新选择。');
  }
  return { ...base, action: 'approve', to: 'scheduled', comment, scheduledAt: publishAt };
}

function assertAuthor(subject: ReviewSubject, actorAccountId: string | null, what: string): void {
  // Items without an author (registered from an old catalogue) may be taken up by any drafter.
  if (subject.authorAccountId === null || subject.authorAccountId === actorAccountId) return;
  throw refuse('info.notAuthor', `只有本条信息的起草人才能${what}。退回的信息回到起草人处，由起草人修改后重新提交。`);
}

function refuse(code: string, message: string): ReviewRefusedError {
  return new ReviewRefusedError(code, message);
}
