import { describe, expect, it } from 'vitest';
import type { InfoItemStatus } from './info-item.ts';
import { actionRequiredFor, assertDraftEditable, currentRound, decideReview, findReviewerProblem, ReviewRefusedError, type ReviewCommand, type ReviewHistoryEntry, type ReviewSubject } from './review.ts';

const now = new Date('2026-03-02T02:00:00Z');
const author = 'author';
const subject = (status: InfoItemStatus, overrides: Partial<ReviewSubject> = {}): ReviewSubject => ({ status, authorAccountId: author, scheduledAt: null, ...overrides });
const entry = (action: string, actorAccountId: string | null, stage: string | null = null): ReviewHistoryEntry => ({ action, stage, actorAccountId });

const submitted = [entry('create', author), entry('submit', author)];
const afterFirst = [...submitted, entry('approve', 'r1', 'first')];
const afterSecond = [...afterFirst, entry('approve', 'r2', 'second')];

function refusalOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ReviewRefusedError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decideReview (三审制)', () => {
  it('takes a draft through 初审, 复审 and 终审 by three different people to publication', () => {
    expect(decideReview(subject('draft'), [entry('create', author)], author, { kind: 'submit' }, now)).toMatchObject({ action: 'submit', from: 'draft', to: 'firstReview' });
    expect(decideReview(subject('firstReview'), submitted, 'r1', { kind: 'approve', stage: 'first', publishAt: null }, now)).toMatchObject({ action: 'approve', stage: 'first', to: 'secondReview', publishesNow: false });
    expect(decideReview(subject('secondReview'), afterFirst, 'r2', { kind: 'approve', stage: 'second', publishAt: null }, now)).toMatchObject({ to: 'finalReview', publishesNow: false });
    expect(decideReview(subject('finalReview'), afterSecond, 'a1', { kind: 'approve', stage: 'final', publishAt: null, comment: ' 同意发布 ' }, now)).toEqual({
      action: 'approve',
      stage: 'final',
      from: 'finalReview',
      to: 'published',
      comment: '同意发布',
      publishesNow: true,
      scheduledAt: null,
    });
  });

  it('schedules the publication when 终审 approves with a time in the future, and publishes at once for a past time', () => {
    const later = new Date('2026-03-05T00:00:00Z');
    expect(decideReview(subject('finalReview'), afterSecond, 'a1', { kind: 'approve', stage: 'final', publishAt: later }, now)).toMatchObject({ to: 'scheduled', scheduledAt: later, publishesNow: false });
    const earlier = new Date('2026-03-01T00:00:00Z');
    expect(decideReview(subject('finalReview'), afterSecond, 'a1', { kind: 'approve', stage: 'final', publishAt: earlier }, now)).toMatchObject({ to: 'published', publishesNow: true, scheduledAt: null });
    expect(refusalOf(() => decideReview(subject('finalReview'), afterSecond, 'a1', { kind: 'approve', stage: 'final', publishAt: new Date('2027-06-01T00:00:00Z') }, now)).code).toBe('info.invalidPublishTime');
  });

  it('refuses the same person at two stages of one round, naming the stage already reviewed', () => {
    const refusal = refusalOf(() => decideReview(subject('secondReview'), afterFirst, 'r1', { kind: 'approve', stage: 'second', publishAt: null }, now));
    expect(refusal.code).toBe('info.sameReviewer');
    expect(refusal.message).toContain('您已在本轮审核中进行了初审');
    expect(refusal.message).toContain('另一位审核人进行复审');
    // Sending back is deciding the stage too.
    expect(refusalOf(() => decideReview(subject('finalReview'), afterSecond, 'r1', { kind: 'sendBack', stage: 'final', comment: '请修改' }, now)).code).toBe('info.sameReviewer');
  });

  it('lets a reviewer of an earlier round review again after a send-back and a new submission', () => {
    const history = [...afterFirst, entry('sendBack', 'r2', 'second'), entry('edit', author), entry('submit', author), entry('approve', 'r2', 'first')];
    expect(currentRound(history).map((e) => e.action)).toEqual(['approve']);
    expect(decideReview(subject('secondReview'), history, 'r1', { kind: 'approve', stage: 'second', publishAt: null }, now).to).toBe('finalReview');
    expect(refusalOf(() => decideReview(subject('secondReview'), history, 'r2', { kind: 'approve', stage: 'second', publishAt: null }, now)).code).toBe('info.sameReviewer');
  });

  it('refuses the author as a reviewer at any stage', () => {
    for (const [status, stage] of [['firstReview', 'first'], ['secondReview', 'second'], ['finalReview', 'final']] as const) {
      const refusal = refusalOf(() => decideReview(subject(status), afterSecond, author, { kind: 'approve', stage, publishAt: null }, now));
      expect(refusal.code).toBe('info.ownItem');
    }
  });

  it.each([
    ['draft', { kind: 'approve', stage: 'first', publishAt: null }, 'info.wrongStage', '草稿'],
    ['firstReview', { kind: 'approve', stage: 'second', publishAt: null }, 'info.wrongStage', '待初审'],
    ['published', { kind: 'sendBack', stage: 'final', comment: '晚了' }, 'info.wrongStage', '已发布'],
    ['firstReview', { kind: 'submit' }, 'info.notDraft', '只有草稿'],
    ['draft', { kind: 'withdraw', reason: '误发' }, 'info.notPublished', '草稿'],
    ['published', { kind: 'publishScheduled' }, 'info.notScheduled', '已发布'],
  ] as [InfoItemStatus, ReviewCommand, string, string][])('refuses in status %s the command %j with %s', (status, command, code, words) => {
    const refusal = refusalOf(() => decideReview(subject(status), afterSecond, 'r9', command, now));
    expect(refusal.code).toBe(code);
    expect(refusal.message).toContain(words);
  });

  it('sends back to the draft with the comment, and refuses a send-back without one', () => {
    expect(decideReview(subject('secondReview'), afterFirst, 'r2', { kind: 'sendBack', stage: 'second', comment: ' 文号有误，请核对。 ' }, now)).toMatchObject({ action: 'sendBack', to: 'draft', comment: '文号有误，请核对。' });
    const refusal = refusalOf(() => decideReview(subject('secondReview'), afterFirst, 'r2', { kind: 'sendBack', stage: 'second', comment: '  ' }, now));
    expect(refusal.code).toBe('info.commentRequired');
    expect(refusal.message).toContain('退回意见');
  });

  it('lets only the author submit, except for an item without an author', () => {
    expect(refusalOf(() => decideReview(subject('draft'), [], 'someone-else', { kind: 'submit' }, now)).code).toBe('info.notAuthor');
    expect(decideReview(subject('draft', { authorAccountId: null }), [], 'someone-else', { kind: 'submit' }, now).to).toBe('firstReview');
  });

  it('withdraws a published or scheduled item with a reason', () => {
    expect(decideReview(subject('published'), afterSecond, 'a1', { kind: 'withdraw', reason: '内容有误' }, now)).toMatchObject({ to: 'withdrawn', comment: '内容有误' });
    expect(decideReview(subject('scheduled'), afterSecond, 'a1', { kind: 'withdraw', reason: '暂缓发布' }, now).to).toBe('withdrawn');
    expect(refusalOf(() => decideReview(subject('published'), afterSecond, 'a1', { kind: 'withdraw', reason: '' }, now)).code).toBe('info.reasonRequired');
  });

  it('publishes a scheduled item only when its time has come', () => {
    const scheduled = subject('scheduled', { scheduledAt: new Date('2026-03-02T01:00:00Z') });
    expect(decideReview(scheduled, afterSecond, null, { kind: 'publishScheduled' }, now)).toMatchObject({ action: 'publish', to: 'published', publishesNow: true });
    const notYet = subject('scheduled', { scheduledAt: new Date('2026-03-02T03:00:00Z') });
    expect(refusalOf(() => decideReview(notYet, afterSecond, null, { kind: 'publishScheduled' }, now)).code).toBe('info.notDue');
  });

  it('names the access action each command needs', () => {
    expect(actionRequiredFor({ kind: 'submit' })).toBe('info.draft');
    expect(actionRequiredFor({ kind: 'approve', stage: 'second', publishAt: null })).toBe('info.reviewSecond');
    expect(actionRequiredFor({ kind: 'sendBack', stage: 'final', comment: 'x' })).toBe('info.reviewFinal');
    expect(actionRequiredFor({ kind: 'withdraw', reason: 'x' })).toBe('info.withdraw');
    expect(actionRequiredFor({ kind: 'publishScheduled' })).toBeNull();
  });

  it('explains why someone may not review, without throwing, for the item page', () => {
    expect(findReviewerProblem(subject('secondReview'), afterFirst, 'r2', 'second')).toBeNull();
    expect(findReviewerProblem(subject('secondReview'), afterFirst, 'r1', 'second')?.code).toBe('info.sameReviewer');
  });

  it('lets only the author edit a draft', () => {
    expect(() => assertDraftEditable(subject('draft'), author)).not.toThrow();
    expect(refusalOf(() => assertDraftEditable(subject('draft'), 'other')).code).toBe('info.notAuthor');
    expect(refusalOf(() => assertDraftEditable(subject('finalReview'), author)).code).toBe('info.notDraft');
  });
});
