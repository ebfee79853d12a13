/** The case's history (办理记录) and its files, as the case page lists them. */
import { channelLabels, type Channel } from '../../../domain/applications/channel.ts';
import type { CaseEvent } from '../../../domain/applications/case-event.ts';
import { outcomeInfo, type OutcomeKey } from '../../../domain/applications/outcome.ts';
import { stepLabels } from '../../../domain/applications/step-rules.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { feeMethodLabels } from '../../../domain/fees/fee-calculation.ts';
import { isReplyType, replyTypeInfo } from '../../../domain/replies/reply-type.ts';
import type { CaseFileInfo } from '../../../use-cases/applications/cases/case-handling-store.ts';
import type { HistoryEntry } from '../../../use-cases/applications/cases/get-case-details.ts';
import { formatTime } from './accounts-status.tsx';

export const opinionLabels = { consents: '同意公开', objects: '不同意公开', noAnswer: '逾期未提出意见' } as const;

/** One line on what the step recorded, in Chinese. */
export function describeEvent(event: CaseEvent): string {
  switch (event.kind) {
    case 'received':
      return '收到申请之日确定（条例第三十一条）';
    case 'correctionRequested':
      return `补正期限至${formatChineseDate(event.correctBy, true)}；需要补正的事项：\n${event.items}`;
    case 'correctionReceived':
      return '收到补正后的申请，答复期限重新计算';
    case 'thirdPartyConsultationStarted':
      return `征求${event.party}的意见（${event.consultationId}），第三方收到征求意见书`;
    case 'thirdPartyConsultationEnded':
      return `${event.consultationId}：${opinionLabels[event.opinion]}`;
    case 'agencyConsultationStarted':
      return `征求${event.agencyName}的意见（${event.consultationId}）`;
    case 'agencyConsultationEnded':
      return `${event.consultationId}：${event.opinion === 'noAnswer' ? '逾期未提出意见，视为同意公开' : opinionLabels[event.opinion]}`;
    case 'extensionApproved':
      return `延长${event.workingDays}个工作日，经${event.approvedBy}批准；理由：${event.reason}`;
    case 'feeNoticeSent':
      return `${feeMethodLabels[event.method]}，${event.amountYuan}元，缴费期限至${formatChineseDate(event.payBy, true)}`;
    case 'feePaid':
      return `已缴纳${event.amountYuan}元`;
    case 'transferred':
      return `转送${event.toAgencyName}；原因：${event.reason}`;
    case 'replied':
      return `办理结果：${describeOutcome(event.outcome)}；文书：${isReplyType(event.replyType) ? replyTypeInfo[event.replyType].name : event.replyType}`;
    case 'closed':
      return `办理结果：${describeOutcome(event.outcome)}；${event.reason}`;
  }
}

/** `（二）部分公开`, or `（三）不予公开 · 属于国家秘密` for a row inside a group. */
export function describeOutcome(outcome: OutcomeKey): string {
  const { group, label } = outcomeInfo[outcome];
  return group.endsWith(label) ? group : `${group} · ${label}`;
}

export function CaseHistory({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">办理记录</h2>
      {history.length === 0 ? (
        <p>尚无办理记录。网上或传真提交的申请，须先与申请人确认，确认之日为收到申请之日。</p>
      ) : (
        <ol class="case-history">
          {history.map((entry) => (
            <li key={entry.seq}>
              <p class="history-head">
                <strong>{formatChineseDate(entry.event.on, true)}</strong> {stepLabels[entry.event.kind]}
              </p>
              <p class="pre-line">{describeEvent(entry.event)}</p>
              {entry.note === null ? null : <p class="history-note">备注：{entry.note}</p>}
              <p class="muted small">
                {entry.actorName} 于 {formatTime(entry.recordedAt.toISOString())} 登记
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function CaseFiles({ applicationId, files }: { applicationId: string; files: readonly CaseFileInfo[] }) {
  const attachments = files.filter((f) => f.role === 'attachment');
  const letters = files.filter((f) => f.role === 'letter');
  return (
    <section class="panel" aria-labelledby="files-title">
      <h2 id="files-title">材料与文书</h2>
      <h3>申请人提交的材料</h3>
      <FileList applicationId={applicationId} files={attachments} empty="没有附件。" />
      <h3>本机关发出的文书</h3>
      <FileList applicationId={applicationId} files={letters} empty="尚未生成文书。" />
    </section>
  );
}

function FileList({ applicationId, files, empty }: { applicationId: string; files: readonly CaseFileInfo[]; empty: string }) {
  if (files.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="file-list">
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/console/applications/${applicationId}/files/${file.id}`} download>
            {file.filename}
          </a>
          <span class="muted small">
            {' '}
            {formatSize(file.size)}，{formatTime(file.createdAt.toISOString())}
            {file.role === 'letter' ? (file.isPublicToApplicant ? '，申请人可凭查询码下载' : '，不向申请人公开') : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function channelLabelOf(channel: string): string {
  return channel in channelLabels ? channelLabels[channel as Channel] : channel;
}

