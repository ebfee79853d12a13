/**
 * One item of the catalogue at its permanent URL: the standard metadata block, the title, the body
 * (the sanitised HTML stored with the item — the only markup this page does not escape), the
 * attachments, the interpretations and the register's notes. A withdrawn item (410) shows its
 * metadata and the date it was withdrawn, nothing else.
 */
import type { ComponentChildren } from 'preact';
import type { ItemLinkRecord, RegisterEventRecord } from '../../../use-cases/catalog/portal/catalog-portal-store.ts';
import { agencyCatalogPath, attachmentPath, itemPath } from '../../../use-cases/catalog/portal/item-url.ts';
import type { ItemView } from '../../../use-cases/catalog/portal/view-item.ts';
import { IndexNumber } from './catalog-results.tsx';

export function ItemPage({ view }: { view: ItemView }) {
  const { item } = view;
  return (
    <article class="item-page" aria-labelledby="item-title">
      <ItemBreadcrumb view={view} />
      <ItemMetadata view={view} />
      <h1 id="item-title" class="item-title">
        {item.title}
      </h1>
      {item.documentNumber === null ? null : <p class="item-subtitle">{item.documentNumber}</p>}
      {item.bodyHtml.trim() === '' ? null : <div class="item-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />}
      <Attachments view={view} />
      <RelatedDocuments view={view} />
    </article>
  );
}

export function ItemWithdrawnPage({ view }: { view: ItemView }) {
  const { item } = view;
  return (
    <article class="item-page" aria-labelledby="item-title">
      <ItemBreadcrumb view={view} />
      <h1 id="item-title" class="item-title">
        {item.title}
      </h1>
      <div class="notice notice-info" role="status">
        <p class="notice-title">本信息{view.withdrawnOn === null ? '已' : `已于${formatDate(view.withdrawnOn)}`}撤回，不再公开。</p>
        <p>
          以下是它原来的目录信息。可以到<a href={agencyCatalogPath(item.agencyCode)}>{item.agencyName}政府信息公开目录</a>
          查看现行公开的信息，或按政府信息公开指南所列方式咨询。
        </p>
      </div>
      <ItemMetadata view={view} />
    </article>
  );
}

function ItemBreadcrumb({ view }: { view: ItemView }) {
  return (
    <nav class="breadcrumb" aria-label="当前位置">
      <a href="/">首页</a> › <a href="/catalog">政府信息公开目录</a> › <a href={agencyCatalogPath(view.item.agencyCode)}>{view.item.agencyName}</a>
    </nav>
  );
}

/** The catalogue's standard metadata, as every 政府信息公开 item shows it above the text. */
function ItemMetadata({ view }: { view: ItemView }) {
  const { item } = view;
  // Read in pairs on a wide screen, as catalogues print them: 索引号 | 主题分类, 发布机构 | 体裁分类, …
  const rows: [string, ComponentChildren][] = [
    ['索引号', <IndexNumber value={item.indexNumber} />],
    ['主题分类', view.subjectPath.join(' › ')],
    ['发布机构', item.publisher],
    ['体裁分类', view.genrePath.join(' › ')],
    ['文号', item.documentNumber ?? '无'],
    ['成文日期', item.writtenOn === null ? '—' : formatDate(item.writtenOn)],
    ['发布日期', formatDate(item.publishedOn)],
  ];
  return (
    <section class="item-meta" aria-label="信息目录">
      <dl class="detail-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {view.validityName === null ? null : (
          <div class="meta-wide">
            <dt>有效性</dt>
            <dd>
              <strong class={`validity validity-${item.validity ?? ''}`}>{view.validityName}</strong>
              {item.validFrom === null && item.validUntil === null ? null : <span class="validity-period">（{validPeriod(item.validFrom, item.validUntil)}）</span>}
              <LifecycleNotes events={view.lifecycle} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function validPeriod(from: string | null, until: string | null): string {
  if (from !== null && until !== null) return `有效期自${formatDate(from)}起至${formatDate(until)}止`;
  if (from !== null) return `自${formatDate(from)}起施行`;
  return `有效期至${formatDate(until ?? '')}`;
}

const lifecycleWords: Record<RegisterEventRecord['event'], string> = { issued: '制发', amended: '修改', expired: '失效', abolished: '废止' };

/** The amendments, expiry or abolition of a rule or normative document, with the document that did it. */
function LifecycleNotes({ events }: { events: readonly RegisterEventRecord[] }) {
  const notes = events.filter((e) => e.event !== 'issued');
  if (notes.length === 0) return null;
  return (
    <ul class="lifecycle-notes">
      {notes.map((e, i) => (
        <li key={`${e.event}-${e.effectiveOn}-${i}`}>
          {formatDate(e.effectiveOn)}
          {e.event === 'expired' ? '有效期届满，' : ''}
          {lifecycleWords[e.event]}
          {e.related === null ? null : (
            <>
              ，依据 <DocumentLink link={e.related} />
            </>
          )}
          {e.note === null || e.note === '' ? null : <span class="muted">（{e.note}）</span>}
        </li>
      ))}
    </ul>
  );
}

function Attachments({ view }: { view: ItemView }) {
  if (view.attachments.length === 0) return null;
  const { agencyCode, indexNumber } = view.item;
  return (
    <section class="item-section" aria-labelledby="item-attachments">
      <h2 id="item-attachments">附件</h2>
      <ul class="file-list">
        {view.attachments.map((file) => (
          <li key={file.id}>
            <a href={attachmentPath(agencyCode, indexNumber, file.id)}>{file.fileName}</a>
            <span class="muted">
              （{fileKind(file.mediaType)}，{formatSize(file.sizeBytes)}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RelatedDocuments({ view }: { view: ItemView }) {
  const amended = view.actsOn.filter((e) => e.related !== null);
  if (view.interpretations.length === 0 && view.interprets === null && amended.length === 0) return null;
  return (
    <section class="item-section" aria-labelledby="item-related">
      <h2 id="item-related">相关信息</h2>
      {view.interprets === null ? null : (
        <p>
          本解读所解读的文件：<DocumentLink link={view.interprets} />
        </p>
      )}
      {view.interpretations.length === 0 ? null : (
        <>
          <h3>政策解读</h3>
          <ul class="link-list">
            {view.interpretations.map((link) => (
              <li key={link.id}>
                <DocumentLink link={link} />
                <span class="muted">（{formatDate(link.publishedOn)}）</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {amended.length === 0 ? null : (
        <>
          <h3>本文件修改或废止的文件</h3>
          <ul class="link-list">
            {amended.map((e, i) => (
              <li key={`${e.related!.id}-${i}`}>
                {formatDate(e.effectiveOn)}
                {lifecycleWords[e.event]} <DocumentLink link={e.related!} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DocumentLink({ link }: { link: ItemLinkRecord }) {
  return (
    <a href={itemPath(link.agencyCode, link.indexNumber)}>
      《{link.title}》{link.documentNumber === null ? '' : `（${link.documentNumber}）`}
    </a>
  );
}

/** `2025-03-03` → 2025年3月3日. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

const fileKinds: Record<string, string> = {
  'application/pdf': 'PDF 文件',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word 文档',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel 表格',
  'image/jpeg': '图片',
  'image/png': '图片',
};

function fileKind(mediaType: string): string {
  return fileKinds[mediaType] ?? '文件';
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
