/**
 * The applicant's view of the case: the status in plain words, the dates that matter, the steps so
 * far, the letters to download, and — while the office awaits it — the correction form (Art. 30).
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { ApplicantCaseView } from '../../../use-cases/applications/intake/applicant-case-view.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { AttachmentField, DescriptionField, type ApplicationFormValues } from './apply-form-fields.tsx';

export interface TrackStatusPageProps {
  view: ApplicantCaseView;
  /** The correction form as submitted, with its problems. */
  correction: { values: ApplicationFormValues; issues: readonly Issue[] };
  notice: string | null;
}

export function TrackStatusPage({ view, correction, notice }: TrackStatusPageProps) {
  return (
    <section class="track-status" aria-labelledby="status-title">
      <h1 id="status-title">申请办理进度</h1>
      {notice === null ? null : (
        <div class="notice notice-success" role="status">
          <p>{notice}</p>
        </div>
      )}
      <div class="status-card">
        <p class="status-line">
          办理状态：<strong class={`status status-${view.status}`}>{view.statusLabel}</strong>
        </p>
        <p>{view.statusExplanation}</p>
        <dl class="detail-list">
          <Detail term="受理编号" value={view.trackingNumber} />
          <Detail term="受理机关" value={view.agencyName} />
          <Detail term="收到申请之日" value={view.receivedOn ?? '待确认'} />
          <Detail term="答复期限" value={dueText(view)} />
        </dl>
      </div>
      {view.correction === null ? <IssueList issues={correction.issues} /> : <CorrectionForm view={view} correction={correction} />}
      <h2>办理经过</h2>
      {view.steps.length === 0 ? (
        <p>申请已提交，尚待确认收到。</p>
      ) : (
        <ol class="step-list">
          {view.steps.map((step, index) => (
            <li key={`${step.on}-${index}`}>
              <span class="step-date">{step.on}</span> <strong>{step.title}</strong>
              {step.detail === null ? null : <p>{step.detail}</p>}
            </li>
          ))}
        </ol>
      )}
      <h2>答复文书</h2>
      {view.letters.length === 0 ? (
        <p>暂无可下载的文书。本机关作出答复或者发出告知书后，可以在这里下载。</p>
      ) : (
        <ul class="link-list">
          {view.letters.map((letter) => (
            <li key={letter.id}>
              <a href={`/track/letters/${letter.id}`} download>
                {letter.filename}
              </a>{' '}
              <span class="muted">（{formatSize(letter.size)}）</span>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action="/track/end" class="track-end">
        <CsrfField />
        <button type="submit" class="button button-secondary">
          退出查询
        </button>
        <span class="small muted"> 在公用电脑上查询的，看完请退出。</span>
      </form>
    </section>
  );
}

function CorrectionForm({ view, correction }: Pick<TrackStatusPageProps, 'view' | 'correction'>) {
  const { items, correctBy } = view.correction!;
  return (
    <section class="panel correction" aria-labelledby="correction-title">
      <h2 id="correction-title">提交补正</h2>
      <p>
        需要补正的事项：<strong>{items}</strong>
      </p>
      <p>
        补正期限：<strong>{correctBy}</strong>。提交后，答复期限自本机关收到补正的申请之日起重新计算。
      </p>
      <IssueList issues={correction.issues} />
      <form method="post" action="/track/correction" enctype="multipart/form-data" class="form form-wide" novalidate>
        <CsrfField />
        <DescriptionField values={correction.values} issues={correction.issues} label="补正后的申请内容（所需政府信息的名称、文号或者特征性描述）" />
        <AttachmentField issues={correction.issues} label="补充的材料（可不上传）" />
        <button type="submit" class="button button-primary">
          提交补正
        </button>
      </form>
    </section>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function dueText(view: ApplicantCaseView): string {
  if (view.dueOn !== null) return `${view.dueOn}前`;
  if (view.status === 'awaitingConfirmation') return '确认收到申请后计算';
  if (view.status === 'awaitingCorrection') return '收到补正后重新计算';
  if (view.status === 'replied' || view.status === 'closed') return '—';
  return '征求意见结束后计算';
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
