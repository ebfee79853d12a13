/** Small parts the catalogue pages share: the status badge and who must act next, in Chinese. */
import { infoItemStatusNames, type InfoItemStatus } from '../../../domain/catalog/info-item.ts';
import { formatTime } from './accounts-status.tsx';

export function StatusBadge({ status }: { status: InfoItemStatus }) {
  return <span class={`status-badge status-${status}`}>{infoItemStatusNames[status]}</span>;
}

/** Who the item waits for now. */
export function describeWhoMustAct(item: { status: InfoItemStatus; scheduledAt: Date | null }, authorName: string | null): string {
  switch (item.status) {
    case 'draft':
      return `起草人${authorName === null ? '' : `（${authorName}）`}修改后提交审核`;
    case 'firstReview':
      return '审核人进行初审';
    case 'secondReview':
      return '另一位审核人进行复审';
    case 'finalReview':
      return '签发人进行终审';
    case 'scheduled':
      return `将于 ${formatTime(item.scheduledAt?.toISOString() ?? null)} 自动发布`;
    case 'published':
      return '已发布，无需处理';
    case 'withdrawn':
      return '已撤回，无需处理';
  }
}

/** `2026-03-02 10:15` in China time. */
export function formatMoment(date: Date | null): string {
  return formatTime(date?.toISOString() ?? null);
}
