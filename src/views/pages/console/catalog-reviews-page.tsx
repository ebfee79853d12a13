/**
 * 待我审核 / 待我处理: per review stage the viewer can decide, the items waiting at it (each marked
 * when another person must decide it), and the viewer's own drafts sent back with the comment.
 */
import { reviewStageNames } from '../../../domain/catalog/info-item.ts';
import type { QueueEntry, ReviewQueue, SentBackDraft } from '../../../use-cases/catalog/items/list-review-queue.ts';
import { formatMoment } from './catalog-status.tsx';

export function CatalogReviewsPage({ queue }: { queue: ReviewQueue }) {
  const nothing = queue.stages.length === 0 && queue.sentBack.length === 0;
  return (
    <div class="catalog-page">
      <p class="breadcrumb">
        <a href="/console/catalog">主动公开</a> › 待我处理
      </p>
      <h1>待我处理</h1>
      <p class="lead">等待您审核的信息，以及退回给您修改的草稿。等待最久的排在最前面。</p>
      {queue.sentBack.length > 0 ? <SentBack drafts={queue.sentBack} /> : null}
      {queue.stages.map(({ stage, entries }) => (
        <section class="panel" key={stage} aria-labelledby={`stage-${stage}`}>
          <h2 id={`stage-${stage}`}>
            待{reviewStageNames[stage]}（{entries.length}条）
          </h2>
          {entries.length === 0 ? <p class="muted">没有等待{reviewStageNames[stage]}的信息。</p> : <QueueTable entries={entries} />}
        </section>
      ))}
      {nothing ? <p class="empty-state">没有需要您处理的信息。审核由审核人和签发人进行；您起草的信息被退回时会列在这里。</p> : null}
    </div>
  );
}

function QueueTable({ entries }: { entries: readonly QueueEntry[] }) {
  return (
    <div class="table-scroll">
      <table class="case-table worklist-table">
        <thead>
          <tr>
            <th scope="col">索引号</th>
            <th scope="col">标题</th>
            <th scope="col">机关</th>
            <th scope="col">起草人</th>
            <th scope="col">等待自</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <a href={`/console/catalog/${entry.id}`}>{entry.indexNumber}</a>
              </th>
              <td data-label="标题">
                <a href={`/console/catalog/${entry.id}`}>{entry.title}</a>
                {entry.blockedBy === null ? null : <span class="cell-note">须由他人审核：{entry.blockedBy}</span>}
              </td>
              <td data-label="机关">{entry.agencyName}</td>
              <td data-label="起草人">{entry.authorName ?? '—'}</td>
              <td class="cell-date" data-label="等待自">
                {formatMoment(entry.waitingSince)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SentBack({ drafts }: { drafts: readonly SentBackDraft[] }) {
  return (
    <section class="panel reminders" aria-labelledby="sent-back-title">
      <h2 id="sent-back-title">退回给我修改的草稿（{drafts.length}条）</h2>
      <ul class="reminder-list">
        {drafts.map((draft) => (
          <li key={draft.id} class="reminder">
            <span>
              <a href={`/console/catalog/${draft.id}`}>{draft.title}</a>
              <span class="cell-note">
                {draft.sentBackBy} 于 {formatMoment(draft.sentBackAt)} 退回：{draft.comment}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
