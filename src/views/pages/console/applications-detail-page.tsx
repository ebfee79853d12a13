/**
 * The case page: the application (applicant masked, with a link to the full details for the roles
 * that may see them), the handler, the deadline panel with its trace, the step forms, the files and
 * letters, and the history. A refused step comes back here with its message and its form open.
 */
import type { ComponentChildren } from 'preact';
import type { Applicant, ApplicantContact } from '../../../domain/applications/applicant.ts';
import { organizationKindLabels } from '../../../domain/applications/applicant.ts';
import { caseStatusLabels, isEndedStatus, type CaseStatus } from '../../../domain/applications/case-status.ts';
import { deliveryFormLabels, deliveryMethodLabels } from '../../../domain/applications/channel.ts';
import { caseStateOf } from '../../../domain/applications/case-state.ts';
import type { CaseDetails } from '../../../use-cases/applications/cases/get-case-details.ts';
import { DeadlinePanel } from '../../components/deadline-panel.tsx';
import { Notice } from '../../components/notice.tsx';
import { formatTime } from './accounts-status.tsx';
import { issuesOf, Select, StepFrame, valueOf, type FailedForm } from './applications-form-fields.tsx';
import { CaseFiles, CaseHistory, channelLabelOf } from './applications-history.tsx';
import { StepForms } from './applications-step-forms.tsx';

export interface ApplicationsDetailPageProps {
  details: CaseDetails;
  notice: string | null;
  /** A step the rules refused: the message, in Chinese. */
  error: string | null;
  failed: FailedForm | null;
}

export function ApplicationsDetailPage({ details, notice, error, failed }: ApplicationsDetailPageProps) {
  const { record, deadline } = details;
  const status = (deadline.summary?.status ?? record.status) as CaseStatus;
  const state = caseStateOf(details.history.map((h) => h.event));
  const showsCorrectionNoticeDue = !isEndedStatus(status) && state.correction === 'none' && state.receivedOn !== null;
  return (
    <div class="case-page">
      <p class="breadcrumb">
        <a href="/console/applications">依申请公开</a> › {record.trackingNumber}
      </p>
      <h1>
        申请 {record.trackingNumber} <span class={`status-badge status-${status}`}>{caseStatusLabels[status] ?? status}</span>
      </h1>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      {error === null ? null : (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">未能登记：</p>
          <p>{error}</p>
          <p class="small">本次提交的内容没有记录。</p>
        </div>
      )}
      <div class="case-columns">
        <div class="case-main">
          <CaseSummary details={details} failed={failed} />
          <StepForms details={details} failed={failed} />
          <CaseFiles applicationId={record.id} files={details.files} />
          <CaseHistory history={details.history} />
        </div>
        <div class="case-side">
          <DeadlinePanel
            deadline={deadline.ok ? deadline.deadline : null}
            problem={deadline.ok ? null : deadline.message}
            summary={details.traceSummary}
            today={details.today}
            showsCorrectionNoticeDue={showsCorrectionNoticeDue}
          />
        </div>
      </div>
    </div>
  );
}

function CaseSummary({ details, failed }: { details: CaseDetails; failed: FailedForm | null }) {
  const { record, agency, handler, permissions } = details;
  return (
    <section class="panel" aria-labelledby="summary-title">
      <h2 id="summary-title">申请信息</h2>
      <dl class="detail-list">
        <Item label="受理机关">{agency.name}</Item>
        <Item label="申请渠道">{channelLabelOf(record.channel)}</Item>
        <Item label="提交时间">{formatTime(record.submittedAt.toISOString())}</Item>
        <Item label="承办人">{handler === null ? '未指定' : handler.name}</Item>
        <ApplicantItems applicant={details.applicant} contact={details.contact} />
        <Item label="完整信息">
          {permissions.canViewPersonalData ? (
            <a href={`/console/applications/${record.id}/applicant`}>查看完整信息</a>
          ) : (
            <span class="muted">您的角色只能查看脱敏信息</span>
          )}
          <span class="muted small">（个人信息已脱敏；查看完整信息会记入审计日志）</span>
        </Item>
        <Item label="所需信息">
          <span class="pre-line">{record.description}</span>
        </Item>
        <Item label="提供形式">{labelOf(deliveryFormLabels, record.deliveryForm)}</Item>
        <Item label="获取方式">{labelOf(deliveryMethodLabels, record.deliveryMethod)}</Item>
        {record.accessibilityNeeds === null ? null : <Item label="需要的帮助">{record.accessibilityNeeds}（条例第四十三条）</Item>}
      </dl>
      {permissions.canHandle && details.nextSteps.length > 0 ? <HandlerForm details={details} failed={failed} /> : null}
    </section>
  );
}

function ApplicantItems({ applicant, contact }: { applicant: Applicant; contact: ApplicantContact }) {
  return (
    <>
      {applicant.kind === 'naturalPerson' ? (
        <>
          <Item label="申请人">{applicant.name}（自然人）</Item>
          <Item label="证件号码">{applicant.idNumber}</Item>
        </>
      ) : (
        <>
          <Item label="申请人">
            {applicant.name}（{organizationKindLabels[applicant.organizationKind]}）
          </Item>
          <Item label="统一社会信用代码">{applicant.creditCode}</Item>
          <Item label="联系人">{applicant.contactPerson}</Item>
        </>
      )}
      <Item label="联系电话">{contact.phone}</Item>
      {contact.email === null ? null : <Item label="电子邮箱">{contact.email}</Item>}
      {contact.address === null ? null : <Item label="通信地址">{contact.address}</Item>}
    </>
  );
}

function HandlerForm({ details, failed }: { details: CaseDetails; failed: FailedForm | null }) {
  const action = `/console/applications/${details.record.id}/handler`;
  const current = details.handler?.accountId ?? '';
  return (
    <StepFrame form="handler" title={details.handler === null ? '指定承办人' : '更换承办人'} action={action} failed={failed} submit="保存">
      <Select
        form="handler"
        name="handlerAccountId"
        label="承办人"
        value={valueOf(failed, 'handler', 'handlerAccountId', current)}
        placeholder="（不指定）"
        options={details.handlerOptions.map((s) => ({ value: s.accountId, label: s.name }))}
        issues={issuesOf(failed, 'handler')}
        hint="只能指定持有本机关承办人角色的账号。"
      />
    </StepFrame>
  );
}

function Item({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function labelOf<K extends string>(labels: Readonly<Record<K, string>>, value: string): string {
  return value in labels ? labels[value as K] : value;
}

