/**
 * 答复申请人, in three steps that work without JavaScript: choose the outcome (the 21 rows of
 * table B, grouped as the report groups them) → choose the letter offered for it → fill what the
 * letter needs. The last form generates the DOCX and records the reply with its delivery date.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { outcomeInfo, outcomeKeys, type OutcomeKey } from '../../../domain/applications/outcome.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { denialReasons, isDeniedOutcome } from '../../../domain/replies/legal-text.ts';
import { placeholderInfo } from '../../../domain/replies/placeholders.ts';
import { replyTypeInfo, replyTypesFor, type DecisionType } from '../../../domain/replies/reply-type.ts';
import type { CaseDetails } from '../../../use-cases/applications/cases/get-case-details.ts';
import { replyFieldsOf } from '../../../use-cases/applications/cases/reply-to-applicant.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { TextArea, TextInput } from './applications-form-fields.tsx';

export interface ApplicationsReplyPageProps {
  details: CaseDetails;
  outcome: OutcomeKey | null;
  replyType: DecisionType | null;
  /** The last submitted values, shown again with their problems. */
  values: Readonly<Record<string, string>>;
  issues: readonly Issue[];
  /** A refusal by the step rules, in Chinese. */
  error: string | null;
}

export function ApplicationsReplyPage(props: ApplicationsReplyPageProps) {
  const { details, outcome, replyType, error } = props;
  const { record } = details;
  const base = `/console/applications/${record.id}`;
  return (
    <div class="case-page reply-page">
      <p class="breadcrumb">
        <a href="/console/applications">依申请公开</a> › <a href={base}>{record.trackingNumber}</a> › 答复
      </p>
      <h1>答复申请 {record.trackingNumber}</h1>
      <p class="lead">
        申请人：{details.applicant.name}；所需信息：{record.description.length > 80 ? `${record.description.slice(0, 80)}…` : record.description}
        {details.deadline.ok && details.deadline.deadline.dueOn !== null ? `；答复期限：${formatChineseDate(details.deadline.deadline.dueOn, true)}` : ''}
      </p>
      {error === null ? null : (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">未能答复：</p>
          <p>{error}</p>
        </div>
      )}
      <ol class="reply-steps">
        <li class={outcome === null ? 'is-current' : 'is-done'}>选择办理结果</li>
        <li class={outcome !== null && replyType === null ? 'is-current' : replyType !== null ? 'is-done' : undefined}>选择答复文书</li>
        <li class={replyType !== null ? 'is-current' : undefined}>填写并生成答复书</li>
      </ol>
      {outcome === null ? <OutcomeChoice action={`${base}/reply`} /> : <ChosenOutcome outcome={outcome} action={`${base}/reply`} />}
      {outcome !== null && replyType === null ? <TypeChoice outcome={outcome} action={`${base}/reply`} /> : null}
      {outcome !== null && replyType !== null ? <ReplyForm {...props} outcome={outcome} replyType={replyType} /> : null}
    </div>
  );
}

/** The outcome rows in the order and groups of table B. */
function groupedOutcomes(): { group: string; outcomes: OutcomeKey[] }[] {
  const groups: { group: string; outcomes: OutcomeKey[] }[] = [];
  for (const key of outcomeKeys) {
    const { group } = outcomeInfo[key];
    const last = groups.at(-1);
    if (last !== undefined && last.group === group) last.outcomes.push(key);
    else groups.push({ group, outcomes: [key] });
  }
  return groups;
}

/** The article behind a row, without its own brackets; null when there is none to cite. */
function basisOf(outcome: OutcomeKey): string | null {
  const basis = outcomeInfo[outcome].basis.replace(/^（(.*)）$/, '$1');
  return basis === '—' || basis === '' ? null : basis;
}

function OutcomeChoice({ action }: { action: string }) {
  return (
    <form method="get" action={action} class="panel case-form outcome-choice">
      <h2>第一步：办理结果</h2>
      <p class="field-hint">办理结果即年度报告表三“本年度办理结果”中的一行，只能选一项。区分处理的，只计“部分公开”。</p>
      {groupedOutcomes().map(({ group, outcomes }) => (
        <fieldset key={group} class="outcome-group">
          <legend>{group}</legend>
          {outcomes.map((key) => {
            const offered = replyTypesFor(key).length > 0;
            const single = outcomes.length === 1;
            return (
              <label key={key} class={offered ? 'choice' : 'choice is-disabled'}>
                <input type="radio" name="outcome" value={key} disabled={!offered} required />
                <span>
                  {single ? outcomeInfo[key].label : `${outcomes.indexOf(key) + 1}. ${outcomeInfo[key].label}`}
                  {basisOf(key) === null ? null : <span class="muted small">（{basisOf(key)}）</span>}
                  {offered ? null : <span class="muted small"> 不出具答复书，请在案件页面“终止办理”中登记。</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      ))}
      <button type="submit" class="button button-primary">
        下一步
      </button>
    </form>
  );
}

function ChosenOutcome({ outcome, action }: { outcome: OutcomeKey; action: string }) {
  const info = outcomeInfo[outcome];
  return (
    <p class="chosen">
      办理结果：<strong>{info.group.endsWith(info.label) ? info.group : `${info.group} · ${info.label}`}</strong>
      {basisOf(outcome) === null ? null : `（${basisOf(outcome)}）`}
      <a href={action} class="small">
        重新选择
      </a>
    </p>
  );
}

function TypeChoice({ outcome, action }: { outcome: OutcomeKey; action: string }) {
  const types = replyTypesFor(outcome);
  return (
    <form method="get" action={action} class="panel case-form">
      <h2>第二步：答复文书</h2>
      <input type="hidden" name="outcome" value={outcome} />
      <fieldset class="outcome-group">
        <legend>可以使用的文书</legend>
        {types.map((type, index) => (
          <label key={type} class="choice">
            <input type="radio" name="replyType" value={type} checked={index === 0} required />
            <span>
              {replyTypeInfo[type].name}
              <span class="muted small">（条例{replyTypeInfo[type].article}）</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button button-primary">
        下一步
      </button>
    </form>
  );
}

function ReplyForm({ details, outcome, replyType, values, issues }: ApplicationsReplyPageProps & { outcome: OutcomeKey; replyType: DecisionType }) {
  const form = 'reply';
  const v = (name: string, fallback = '') => values[name] ?? fallback;
  const fields = replyFieldsOf(replyType).filter((f) => f.name !== '复议机关' && f.name !== '管辖法院');
  const defaultReason = isDeniedOutcome(outcome) ? denialReasons[outcome] : '';
  return (
    <form method="post" action={`/console/applications/${details.record.id}/reply`} class="panel case-form reply-form">
      <h2>第三步：{replyTypeInfo[replyType].name}</h2>
      <p class="field-hint">
        申请人、受理编号、收到申请日期、申请内容、机关名称和联系电话由系统按本申请填写；文书使用本机关的模板（未修改的使用默认模板），并附救济途径。
        {replyTypesFor(outcome).length > 1 ? <a href={`?outcome=${encodeURIComponent(outcome)}`}>换一种文书</a> : null}
      </p>
      <IssueList issues={issues} />
      <CsrfField />
      <input type="hidden" name="outcome" value={outcome} />
      <input type="hidden" name="replyType" value={replyType} />
      {fields.map((field) => (
        <TextArea
          key={field.name}
          form={form}
          name={field.name}
          label={`${field.name}${field.required ? '' : '（可不填）'}`}
          rows={field.name === '理由' ? 4 : 2}
          maxLength={2000}
          value={v(field.name, field.name === '理由' ? defaultReason : '')}
          issues={issues}
          hint={placeholderInfo[field.name].description}
          required={field.required && !(field.name === '理由' && defaultReason !== '')}
        />
      ))}
      <div class="field-row">
        <TextInput form={form} name="复议机关" label="复议机关" maxLength={100} value={v('复议机关', details.defaults.复议机关)} issues={issues} required />
        <TextInput form={form} name="管辖法院" label="管辖法院" maxLength={100} value={v('管辖法院', details.defaults.管辖法院)} issues={issues} required />
      </div>
      <div class="field-row">
        <TextInput form={form} name="documentNumber" label="文号" maxLength={60} value={v('documentNumber', details.defaults.documentNumbers[replyType])} issues={issues} required />
        <TextInput form={form} name="letterDate" type="date" label="落款日期" value={v('letterDate', details.today)} issues={issues} required />
        <TextInput form={form} name="on" type="date" label="送达日期" value={v('on', details.today)} issues={issues} hint="直接送达的为签收之日，邮寄的为交邮之日（国办公开办函〔2016〕235号）。" required />
      </div>
      <TextArea form={form} name="note" label="备注（可不填）" rows={2} maxLength={1000} value={v('note')} issues={issues} />
      <button type="submit" class="button button-primary">
        生成答复书并登记答复
      </button>
      <p class="field-hint">登记后本申请办结，答复书保存在本申请中，申请人可凭受理编号和查询码下载。</p>
    </form>
  );
}
