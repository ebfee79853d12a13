/** The item's history (办理记录) and its attachments, as the item page lists them. */
import { reviewStageNames } from '../../../domain/catalog/info-item.ts';
import { isReviewStage } from '../../../domain/catalog/review.ts';
import type { AttachmentInfo } from '../../../use-cases/catalog/items/info-item-store.ts';
import type { HistoryLine } from '../../../use-cases/catalog/items/get-info-item-details.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { formatMoment } from './catalog-status.tsx';

/** What one history entry says, in Chinese. */
export function describeHistoryAction(line: Pick<HistoryLine, 'action' | 'stage' | 'toStatus'>): string {
  const stage = isReviewStage(line.stage) ? reviewStageNames[line.stage] : '';
  switch (line.action) {
    case 'create':
      return '起草（保存草稿）';
    case 'edit':
      return '修改草稿';
    case 'attachmentAdded':
      return '上传附件';
    case 'attachmentRemoved':
      return '删除附件';
    case 'submit':
      return '提交审核';
    case 'approve':
      if (line.toStatus === 'published') return `${stage}通过，发布`;
      if (line.toStatus === 'scheduled') return `${stage}通过，定时发布`;
      return `${stage}通过`;
    case 'sendBack':
      return `${stage}退回修改`;
    case 'publish':
      return '到达定时发布时间，自动发布';
    case 'withdraw':
      return '撤回';
    // Register events (the register's own history lines): the comment holds the date and note.
    case 'amend':
      return '登记修改';
    case 'expire':
      return '失效';
    case 'abolish':
      return '登记废止';
    default:
      return line.action;
  }
}

export function ItemHistory({ history }: { history: readonly HistoryLine[] }) {
  return (
    <section class="panel" aria-labelledby="history-title">
      <h2 id="history-title">办理记录</h2>
      <ol class="case-history">
        {history.map((line) => (
          <li key={line.id} class={`history-${line.action}`}>
            <p class="history-head">
              <strong>{describeHistoryAction(line)}</strong>
            </p>
            {line.comment === null ? null : <p class="pre-line history-comment">{line.action === 'sendBack' ? '退回意见：' : line.action === 'withdraw' ? '撤回理由：' : line.action.startsWith('attachment') ? '文件：' : ['amend', 'expire', 'abolish'].includes(line.action) ? '' : '意见：'}{line.comment}</p>}
            <p class="muted small">
              {line.actorName} · {formatMoment(line.at)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ItemAttachments({ itemId, attachments, canEdit, publicUrl }: { itemId: string; attachments: readonly AttachmentInfo[]; canEdit: boolean; publicUrl: string }) {
  return (
    <section class="panel" aria-labelledby="attachments-title">
      <h2 id="attachments-title">附件</h2>
      {attachments.length === 0 ? (
        <p class="muted">没有附件。</p>
      ) : (
        <ul class="file-list">
          {attachments.map((file) => (
            <li key={file.id}>
              <a href={`/console/catalog/${itemId}/attachments/${file.id}`} download>
                {file.fileName}
              </a>
              <span class="muted small"> {formatSize(file.sizeBytes)}</span>
              {canEdit && file.mediaType.startsWith('image/') ? (
                <span class="cell-note">
                  在正文中显示此图片，可写入：<code>{`<img src="${publicUrl}/attachments/${file.id}" alt="图片说明">`}</code>（发布后显示）
                </span>
              ) : null}
              {canEdit ? ' ' : null}
              {canEdit ? (
                <form method="post" action={`/console/catalog/${itemId}/attachments/${file.id}/delete`} class="inline-form">
                  <CsrfField />
                  <button type="submit" class="button button-secondary button-small">
                    删除
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form method="post" action={`/console/catalog/${itemId}/attachments`} enctype="multipart/form-data" class="case-form">
          <CsrfField />
          <div class="field">
            <label for="attachments">上传附件</label>
            <input id="attachments" name="attachments" type="file" multiple accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png" />
            <p class="field-hint">可上传 PDF、DOCX、XLSX、JPG、PNG 文件，每个不超过 50 MB，每条信息最多 20 个。文件类型按内容识别，扩展名须与内容一致。</p>
          </div>
          <button type="submit" class="button button-secondary">
            上传所选文件
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
