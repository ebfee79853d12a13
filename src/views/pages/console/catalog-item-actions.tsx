/**
 * The item page's two panels of 三审制: at the top, where the item stands (who acts next, who
 * decided each stage of the current round; when the viewer holds the stage's role but may not
 * decide it — own draft, another stage of the round — why, and who must instead); at the bottom,
 * below the content to be judged, the form the viewer may use now: submit (the author of a
 * draft), the stage's decision (同意 / 退回修改, with 终审's publication time), or withdrawal.
 */
import { reviewStageNames, reviewStages, type ReviewStage } from '../../../domain/catalog/info-item.ts';
import { currentRound } from '../../../domain/catalog/review.ts';
import type { InfoItemDetails } from '../../../use-cases/catalog/items/get-info-item-details.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList, issuesFor } from '../../components/issue-list.tsx';
import { valueOf, type FailedForm } from './applications-form-fields.tsx';
import { describeWhoMustAct, formatMoment } from './catalog-status.tsx';

const stagePaths: Record<ReviewStage, string> = { first: 'first', second: 'second', final: 'final' };

/** Where the item stands: who acts next, the stages of this round, why the viewer may not decide. */
export function ItemStatusPanel({ details }: { details: InfoItemDetails }) {
  const { item, permissions } = details;
  const hasForm = permissions.canEdit || permissions.canWithdraw || (permissions.stage !== null && permissions.canDecide && permissions.decideBlockedBy === null);
  return (
    <section class="panel steps-panel" aria-labelledby="status-title">
      <h2 id="status-title">办理进度</h2>
      <p class="lead">
        下一步：<strong>{describeWhoMustAct(item, details.authorName)}</strong>
      </p>
      <StageProgress details={details} />
      {permissions.stage !== null && permissions.decideBlockedBy !== null ? (
        <div class="notice notice-info review-blocked" role="status">
          <p class="notice-title">您不能进行{reviewStageNames[permissions.stage]}</p>
          <p>{permissions.decideBlockedBy}</p>
        </div>
      ) : null}
      {hasForm ? (
        <p>
          <a href="#actions">请核对下方的信息属性、正文和附件，再到页面底部{actionHint(details)}。</a>
        </p>
      ) : null}
      {details.publicUrl === null ? null : (
        <p>
          门户网站上的永久地址：<a href={details.publicUrl}>{details.publicUrl}</a>
        </p>
      )}
    </section>
  );
}

/** The forms the viewer may use now, below the content they judge. */
export function ItemActionForms({ details, failed }: { details: InfoItemDetails; failed: FailedForm | null }) {
  const { item, permissions } = details;
  const canReview = permissions.stage !== null && permissions.canDecide && permissions.decideBlockedBy === null;
  if (!permissions.canEdit && !canReview && !permissions.canWithdraw) return null;
  return (
    <section class="panel steps-panel" id="actions" aria-labelledby="actions-title">
      <h2 id="actions-title">办理</h2>
      {permissions.canEdit ? <SubmitForm itemId={item.id} /> : null}
      {canReview ? <ReviewForm details={details} stage={permissions.stage!} failed={failed} /> : null}
      {permissions.canWithdraw ? <WithdrawForm itemId={item.id} failed={failed} /> : null}
    </section>
  );
}

function actionHint({ permissions }: InfoItemDetails): string {
  if (permissions.canEdit) return '提交审核';
  if (permissions.stage !== null && permissions.canDecide) return `填写${reviewStageNames[permissions.stage]}意见`;
  return '办理撤回';
}

/** 初审 ✓ 赵审核 → 复审 … → 终审 …, for the current round. */
function StageProgress({ details }: { details: InfoItemDetails }) {
  const { item, history } = details;
  if (item.status === 'draft' && !history.some((h) => h.action === 'submit')) return null;
  const round = currentRound(history);
  const decided = (stage: ReviewStage) => round.find((h) => h.stage === stage && (h.action === 'approve' || h.action === 'sendBack'));
  return (
    <ol class="reply-steps stage-progress">
      {reviewStages.map((stage) => {
        const line = decided(stage);
        const isCurrent = details.permissions.stage === stage;
        const text = line === undefined ? (isCurrent ? '待办理' : '—') : `${line.action === 'approve' ? '通过' : '退回'}（${line.actorName}，${formatMoment(line.at)}）`;
        return (
          <li key={stage} class={isCurrent ? 'is-current' : line?.action === 'approve' ? 'is-done' : undefined}>
            {reviewStageNames[stage]}：{text}
          </li>
        );
      })}
    </ol>
  );
}

function SubmitForm({ itemId }: { itemId: string }) {
  return (
    <form method="post" action={`/console/catalog/${itemId}/submit`} class="case-form step-reply">
      <CsrfField />
      <p class="field-hint">请先核对上方的信息属性、正文和附件。提交后进入初审，审核期间不能修改；如被退回，可修改后重新提交。</p>
      <button type="submit" class="button button-primary">
        提交审核
      </button>
    </form>
  );
}

function ReviewForm({ details, stage, failed }: { details: InfoItemDetails; stage: ReviewStage; failed: FailedForm | null }) {
  const form = `review-${stage}`;
  const issues = failed !== null && failed.form === form ? failed.issues : [];
  const decision = valueOf(failed, form, 'decision', '');
  const name = reviewStageNames[stage];
  return (
    <form method="post" action={`/console/catalog/${details.item.id}/review/${stagePaths[stage]}`} class="case-form review-form" id="review-form">
      <CsrfField />
      <h3>{name}意见</h3>
      <IssueList issues={issues} />
      <fieldset class={`choice-group${issuesFor(issues, 'decision').length > 0 ? ' field-invalid' : ''}`}>
        <legend>审核结论</legend>
        <div class="choice-list">
          <label class="choice">
            <input type="radio" name="decision" value="approve" checked={decision === 'approve'} required />
            同意{stage === 'final' ? '，签发' : `，送${stage === 'first' ? '复审' : '终审'}`}
          </label>
          <label class="choice">
            <input type="radio" name="decision" value="sendBack" checked={decision === 'sendBack'} />
            退回起草人修改
          </label>
        </div>
      </fieldset>
      <div class={`field${issuesFor(issues, 'comment').length > 0 ? ' field-invalid' : ''}`}>
        <label for={`${form}-comment`}>审核意见（退回时必填）</label>
        <textarea id={`${form}-comment`} name="comment" rows={3} maxLength={1000}>
          {valueOf(failed, form, 'comment', '')}
        </textarea>
      </div>
      {stage === 'final' ? (
        <div class={`field${issuesFor(issues, 'publishAt').length > 0 ? ' field-invalid' : ''}`}>
          <label for={`${form}-publishAt`}>定时发布（不填则签发后立即发布）</label>
          <input id={`${form}-publishAt`} name="publishAt" type="datetime-local" value={valueOf(failed, form, 'publishAt', '')} />
          <p class="field-hint">按北京时间填写，最晚一年以内。到时间后系统自动发布。</p>
        </div>
      ) : null}
      <button type="submit" class="button button-primary">
        提交{name}意见
      </button>
    </form>
  );
}

function WithdrawForm({ itemId, failed }: { itemId: string; failed: FailedForm | null }) {
  const issues = failed !== null && failed.form === 'withdraw' ? failed.issues : [];
  return (
    <details class="step-form" open={issues.length > 0} id="step-withdraw">
      <summary>撤回本条信息</summary>
      <form method="post" action={`/console/catalog/${itemId}/withdraw`} class="case-form">
        <CsrfField />
        <p class="field-hint step-lead">撤回后信息从门户网站撤下，门户上的地址显示“已撤回”；本条信息及其办理记录仍保留。</p>
        <IssueList issues={issues} />
        <div class={`field${issues.length > 0 ? ' field-invalid' : ''}`}>
          <label for="withdraw-reason">撤回理由</label>
          <textarea id="withdraw-reason" name="reason" rows={3} maxLength={1000} required>
            {valueOf(failed, 'withdraw', 'reason', '')}
          </textarea>
        </div>
        <button type="submit" class="button button-primary">
          确认撤回
        </button>
      </form>
    </details>
  );
}
