/**
 * One document of the register: its metadata and validity, its interpretations, its lifecycle with
 * the documents that amended or abolished it, the documents it amended or abolished, and the form
 * to record a 修改, 失效 or 废止 (a plain POST; a refused entry comes back here with its problems).
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { infoItemKindNames } from '../../../domain/catalog/info-item.ts';
import { describeInterpretationState } from '../../../domain/catalog/interpretation-due.ts';
import { recordableEventKinds, registerEventNames } from '../../../domain/catalog/register.ts';
import type { RegisterItem } from '../../../use-cases/catalog/register/register-store.ts';
import type { RegisterDocumentView } from '../../../use-cases/catalog/register/view-register-document.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import { ValidityText } from './register-page.tsx';

export interface RegisterEventForm {
  event: string;
  effectiveOn: string;
  relatedItemId: string;
  note: string;
}

export interface RegisterDocumentPageProps {
  view: RegisterDocumentView;
  notice: string | null;
  form: RegisterEventForm;
  issues: readonly Issue[];
}

const eventChoiceNames = { amended: '修改（仍然有效）', expired: '失效', abolished: '废止' } as const;

/** The portal's permanent address of a published item. */
export function portalUrlOf(agencyCode: string, indexNumber: string): string {
  return `/agencies/${encodeURIComponent(agencyCode)}/items/${indexNumber.split('/').map(encodeURIComponent).join('/')}`;
}

export function RegisterDocumentPage({ view, notice, form, issues }: RegisterDocumentPageProps) {
  const { item } = view;
  return (
    <div class="case-page">
      <p class="breadcrumb">
        <a href={`/console/register?agency=${encodeURIComponent(view.agency.code)}`}>规章和行政规范性文件</a> › {item.indexNumber}
      </p>
      <h1>{item.title}</h1>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      <section class="panel" aria-labelledby="metadata-title">
        <h2 id="metadata-title">基本信息</h2>
        <dl class="detail-list">
          <dt>类别</dt>
          <dd>{infoItemKindNames[item.kind]}</dd>
          <dt>索引号</dt>
          <dd>{item.indexNumber}</dd>
          <dt>文号</dt>
          <dd>{item.documentNumber ?? '—'}</dd>
          <dt>发布机构</dt>
          <dd>{item.publisher}</dd>
          <dt>发布日期</dt>
          <dd>{item.publishedOn === null ? '—' : formatChineseDate(item.publishedOn, true)}</dd>
          <dt>制发日期</dt>
          <dd>{view.issuedOn === null ? '—' : formatChineseDate(view.issuedOn, true)}</dd>
          <dt>有效期至</dt>
          <dd>{item.validUntil === null ? '未规定' : formatChineseDate(item.validUntil, true)}</dd>
          <dt>有效性</dt>
          <dd id="validity">
            <ValidityText validity={view.validity} since={view.validitySince} />
          </dd>
        </dl>
        <p>
          <a href={portalUrlOf(view.agency.code, item.indexNumber)}>在门户网站查看</a>
        </p>
      </section>
      <Interpretations view={view} />
      <Lifecycle view={view} />
      <Amends view={view} />
      {view.canRecord ? <RecordEventForm view={view} form={form} issues={issues} /> : null}
    </div>
  );
}

function Interpretations({ view }: { view: RegisterDocumentView }) {
  const flagged = view.interpretation?.kind === 'overdue';
  return (
    <section class="panel" aria-labelledby="interpretations-title">
      <h2 id="interpretations-title">政策解读</h2>
      <p class={flagged ? 'text-overdue' : undefined}>
        {view.interpretation === null ? '—' : describeInterpretationState(view.interpretation)}
        {flagged ? <span class="flag flag-overdue">缺少解读</span> : null}
      </p>
      {view.interpretations.length === 0 ? null : (
        <ul class="link-list">
          {view.interpretations.map((i) => (
            <li key={i.id}>
              <a href={portalUrlOf(view.agency.code, i.indexNumber)}>{i.title}</a>
              {i.publishedOn === null ? null : <span class="cell-note">（{formatChineseDate(i.publishedOn, true)}发布）</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DocumentLink({ item }: { item: RegisterItem }) {
  return (
    <a href={`/console/register/${item.id}`}>
      {item.title}
      {item.documentNumber === null ? '' : `（${item.documentNumber}）`}
    </a>
  );
}

function Lifecycle({ view }: { view: RegisterDocumentView }) {
  return (
    <section class="panel" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">文件变化记录</h2>
      <table class="case-table" id="lifecycle">
        <thead>
          <tr>
            <th scope="col">生效日期</th>
            <th scope="col">变化</th>
            <th scope="col">由哪份文件</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {view.lifecycle.map(({ event, related }) => (
            <tr key={event.id}>
              <td class="cell-nowrap">{formatChineseDate(event.effectiveOn, true)}</td>
              <td>{registerEventNames[event.event]}</td>
              <td>{related === null ? '—' : <DocumentLink item={related} />}</td>
              <td>
                {event.note ?? ''}
                <span class="cell-note">{event.recordedByAccountId === null ? '系统登记' : '人工登记'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Amends({ view }: { view: RegisterDocumentView }) {
  if (view.amends.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="amends-title">
      <h2 id="amends-title">本文件修改或废止的文件</h2>
      <ul class="link-list" id="amends">
        {view.amends.map(({ event, target }) => (
          <li key={event.id}>
            {formatChineseDate(event.effectiveOn, true)} {registerEventNames[event.event]}：<DocumentLink item={target} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RecordEventForm({ view, form, issues }: { view: RegisterDocumentView; form: RegisterEventForm; issues: readonly Issue[] }) {
  return (
    <section class="panel" aria-labelledby="record-title">
      <h2 id="record-title">登记修改、失效或废止</h2>
      <p class="small">修改后文件仍然有效；失效、废止登记后不能再更改。日期为变化生效的日期，不能晚于今天（{formatChineseDate(view.today, true)}）。</p>
      <IssueList issues={issues} title="未能登记，请修改以下问题：" />
      <form method="post" action={`/console/register/${view.item.id}/events`} class="form">
        <CsrfField />
        <fieldset class="choice-group">
          <legend>变化</legend>
          <div class="choice-list">
            {recordableEventKinds.map((kind) => (
              <label key={kind} class="choice">
                <input type="radio" name="event" value={kind} checked={form.event === kind} required />
                <span>{eventChoiceNames[kind]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <FieldShell id="effectiveOn" label="生效日期" issues={issues} hint="例如 2025-03-01">
          <input id="effectiveOn" name="effectiveOn" type="date" value={form.effectiveOn} max={view.today} required />
        </FieldShell>
        <FieldShell id="relatedItemId" label="由哪份文件修改或废止（可不选）" issues={issues} hint="失效不需要选择。">
          <select id="relatedItemId" name="relatedItemId">
            <option value="">（不指明）</option>
            {view.relatedChoices.map((choice) => (
              <option key={choice.id} value={choice.id} selected={form.relatedItemId === choice.id}>
                {choice.title}
                {choice.documentNumber === null ? '' : `（${choice.documentNumber}）`}
              </option>
            ))}
          </select>
        </FieldShell>
        <FieldShell id="note" label="说明（可不填）" issues={issues}>
          <textarea id="note" name="note" rows={3} maxLength={500}>
            {form.note}
          </textarea>
        </FieldShell>
        <button type="submit" class="button button-primary">
          登记
        </button>
      </form>
    </section>
  );
}
