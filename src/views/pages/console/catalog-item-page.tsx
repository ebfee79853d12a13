/**
 * The item page of the console: what to do now (办理), the catalogue's standard metadata, the body
 * as it will be published (sanitised HTML, the only markup rendered unescaped, and only from that
 * column), the attachments, the draft form for its author, and the history with every comment.
 */
import type { ComponentChildren } from 'preact';
import { infoItemKindNames, registerKinds, validityNames } from '../../../domain/catalog/info-item.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { permanentUrlOf, type InfoItemDetails } from '../../../use-cases/catalog/items/get-info-item-details.ts';
import type { InfoItemRecord } from '../../../use-cases/catalog/items/info-item-store.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import type { FailedForm } from './applications-form-fields.tsx';
import { ItemFormFields } from './catalog-form-fields.tsx';
import { ItemActionForms, ItemStatusPanel } from './catalog-item-actions.tsx';
import { ItemAttachments, ItemHistory } from './catalog-item-history.tsx';
import { formatMoment, StatusBadge } from './catalog-status.tsx';

export interface CatalogItemPageProps {
  details: InfoItemDetails;
  notice: string | null;
  /** A step the rules refused: the message, in Chinese. */
  error: string | null;
  failed: FailedForm | null;
}

export function CatalogItemPage({ details, notice, error, failed }: CatalogItemPageProps) {
  const { item } = details;
  return (
    <div class="case-page catalog-item-page">
      <p class="breadcrumb">
        <a href="/console/catalog">主动公开</a> › {item.indexNumber}
      </p>
      <h1>
        {item.title} <StatusBadge status={item.status} />
      </h1>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      {error === null ? null : (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">未能办理：</p>
          <p>{error}</p>
          <p class="small">本次提交没有记录，信息保持原状。</p>
        </div>
      )}
      {failed !== null && failed.form === 'attachments' ? <IssueList issues={failed.issues} title="附件未能上传：" /> : null}
      <ItemStatusPanel details={details} />
      <Metadata details={details} />
      <section class="panel" aria-labelledby="body-title">
        <h2 id="body-title">正文</h2>
        {item.bodyHtml === '' ? <p class="muted">（没有正文）</p> : <div class="item-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />}
      </section>
      <ItemAttachments itemId={item.id} attachments={details.attachments} canEdit={details.permissions.canEdit} publicUrl={permanentUrlOf(details.agency.code, item.indexNumber)} />
      {details.formOptions === null ? null : <EditForm details={details} failed={failed} />}
      <ItemActionForms details={details} failed={failed} />
      <ItemHistory history={details.history} />
    </div>
  );
}

function Metadata({ details }: { details: InfoItemDetails }) {
  const { item, agency } = details;
  const isRegister = registerKinds.includes(item.kind);
  return (
    <section class="panel" aria-labelledby="metadata-title">
      <h2 id="metadata-title">信息属性</h2>
      <dl class="detail-list">
        <Line label="索引号">{item.indexNumber}</Line>
        <Line label="信息类别">{infoItemKindNames[item.kind]}</Line>
        <Line label="机关">{agency.name}</Line>
        <Line label="发布机构">{item.publisher}</Line>
        <Line label="文号">{item.documentNumber ?? '—'}</Line>
        <Line label="成文日期">{dateOf(item.writtenOn)}</Line>
        <Line label="发布日期">{item.publishedOn === null ? (item.status === 'scheduled' ? `定于 ${formatMoment(item.scheduledAt)}` : '尚未发布') : dateOf(item.publishedOn)}</Line>
        <Line label="主题分类">{details.subjectLabel}</Line>
        <Line label="体裁分类">{details.genreLabel}</Line>
        {isRegister ? <Line label="有效性">{item.validity === null ? '发布后为现行有效' : validityNames[item.validity]}</Line> : null}
        {isRegister ? <Line label="施行日期">{item.validFrom === null ? '自发布之日起施行' : dateOf(item.validFrom)}</Line> : null}
        {isRegister ? <Line label="有效期至">{item.validUntil === null ? '未规定' : dateOf(item.validUntil)}</Line> : null}
        {item.kind === 'interpretation' ? (
          <Line label="所解读的文件">
            {details.interprets === null ? '未选择' : <a href={`/console/catalog/${details.interprets.id}`}>{details.interprets.title}</a>}
          </Line>
        ) : null}
        <Line label="起草人">{details.authorName ?? '—'}</Line>
        {item.withdrawnAt === null ? null : <Line label="撤回时间">{formatMoment(item.withdrawnAt)}</Line>}
      </dl>
    </section>
  );
}

function EditForm({ details, failed }: { details: InfoItemDetails; failed: FailedForm | null }) {
  const isOpen = failed !== null && failed.form === 'edit';
  const values = isOpen ? failed.values : formValuesOf(details.item);
  return (
    <details class="step-form panel" open={isOpen} id="edit">
      <summary>修改草稿</summary>
      <form method="post" action={`/console/catalog/${details.item.id}`} enctype="multipart/form-data" class="case-form form-wide">
        <CsrfField />
        {isOpen ? <IssueList issues={failed.issues} /> : null}
        <ItemFormFields form="edit" options={details.formOptions!} values={values} issues={isOpen ? failed.issues : []} isNew={false} />
        <button type="submit" class="button button-primary">
          保存修改
        </button>
      </form>
    </details>
  );
}

/** A stored item as the draft form's values. */
export function formValuesOf(item: InfoItemRecord): Record<string, string> {
  return {
    kind: item.kind,
    title: item.title,
    publisher: item.publisher,
    documentNumber: item.documentNumber ?? '',
    writtenOn: item.writtenOn ?? '',
    subjectCode: item.subjectCode,
    genreCode: item.genreCode,
    validFrom: item.validFrom ?? '',
    validUntil: item.validUntil ?? '',
    interpretsItemId: item.interpretsItemId ?? '',
    bodyHtml: item.bodyHtml,
  };
}

function dateOf(date: string | null): string {
  return date === null ? '—' : formatChineseDate(date, true);
}

function Line({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
