/**
 * 依申请公开 — the worklist: unread reminders on top, a filter form (GET, works without
 * JavaScript), and the cases ordered by due date with the working days left and the flags 已超期
 * (red) and 5个工作日内到期 (amber). Applicants' names are masked.
 */
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { StoredReminder } from '../../../use-cases/applications/cases/case-handling-store.ts';
import type { Worklist, WorklistFilter, WorklistItem } from '../../../use-cases/applications/cases/list-worklist.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';

export interface ApplicationsPageProps {
  worklist: Worklist;
  notice: string | null;
}

export function ApplicationsPage({ worklist, notice }: ApplicationsPageProps) {
  const { items, total, page, pageCount, filter, today, showsAgency } = worklist;
  return (
    <div class="worklist-page">
      <h1>依申请公开</h1>
      <p class="lead">今天是{formatChineseDate(today, true)}。按答复期限排列，最紧迫的在最前面。</p>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      <Reminders reminders={worklist.reminders} />
      <WorklistFilterForm filter={filter} today={today} />
      {items.length === 0 ? (
        <p class="empty-state">没有符合条件的申请。</p>
      ) : (
        <>
          <p class="flag-legend">
            <span class="legend-item">
              <span class="flag flag-overdue">已超期</span> 已超过答复期限
            </span>
            <span class="legend-item">
              <span class="flag flag-due-soon">5个工作日内到期</span> 剩余不超过5个工作日
            </span>
          </p>
          <WorklistTable items={items} total={total} page={page} pageCount={pageCount} showsAgency={showsAgency} />
          <PageLinks filter={filter} page={page} pageCount={pageCount} />
        </>
      )}
    </div>
  );
}

function Reminders({ reminders }: { reminders: readonly StoredReminder[] }) {
  if (reminders.length === 0) return null;
  return (
    <section class="panel reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">到期提醒（{reminders.length}条未读）</h2>
      <ul class="reminder-list">
        {reminders.map((reminder) => (
          <li key={reminder.id} class={reminder.kind === 'overdue' ? 'reminder reminder-overdue' : 'reminder reminder-due-soon'}>
            <a href={`/console/applications/${reminder.applicationId}`}>{reminder.message}</a>
            <form method="post" action="/console/reminders/read" class="inline-form">
              <CsrfField />
              <input type="hidden" name="reminderId" value={String(reminder.id)} />
              <button type="submit" class="button button-secondary button-small">
                标为已读
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form method="post" action="/console/reminders/read" class="inline-form">
        <CsrfField />
        <button type="submit" class="button button-secondary button-small">
          全部标为已读
        </button>
      </form>
    </section>
  );
}

function WorklistFilterForm({ filter, today }: { filter: WorklistFilter; today: string }) {
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - 2019 + 1 }, (_, i) => String(thisYear - i));
  return (
    <form method="get" action="/console/applications" class="filter-form worklist-filter" aria-label="筛选申请">
      <div class="field">
        <label for="status">办理状态</label>
        <select id="status" name="status">
          {(
            [
              ['open', '办理中'],
              ['ended', '已办结'],
              ['all', '全部'],
            ] as const
          ).map(([value, label]) => (
            <option key={value} value={value} selected={filter.status === value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="handler">承办人</label>
        <select id="handler" name="handler">
          <option value="all" selected={filter.handler === 'all'}>
            全部
          </option>
          <option value="mine" selected={filter.handler === 'mine'}>
            我承办的
          </option>
        </select>
      </div>
      <div class="field">
        <label for="year">收到年度</label>
        <select id="year" name="year">
          <option value="">全部年度</option>
          {years.map((year) => (
            <option key={year} value={year} selected={filter.year === year}>
              {year}年
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-primary">
        筛选
      </button>
    </form>
  );
}

interface WorklistTableProps {
  items: readonly WorklistItem[];
  total: number;
  page: number;
  pageCount: number;
  showsAgency: boolean;
}

function WorklistTable({ items, total, page, pageCount, showsAgency }: WorklistTableProps) {
  return (
    <div class="table-scroll">
      <table class="case-table worklist-table" role="table">
        <caption>
          共{total}件，第{page}/{pageCount}页
        </caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">受理编号</th>
            <th scope="col" role="columnheader">答复期限</th>
            <th scope="col" role="columnheader">剩余工作日</th>
            <th scope="col" role="columnheader">状态</th>
            {showsAgency ? <th scope="col" role="columnheader">受理机关</th> : null}
            <th scope="col" role="columnheader">申请人</th>
            <th scope="col" role="columnheader">摘要</th>
            <th scope="col" role="columnheader">收到日期</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <WorklistRow key={item.id} item={item} showsAgency={showsAgency} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WorklistRow({ item, showsAgency }: { item: WorklistItem; showsAgency: boolean }) {
  const isOpen = !['replied', 'closed', 'transferred'].includes(item.status);
  const overdue = isOpen && item.overdue;
  const rowClass = overdue ? 'row-overdue' : isOpen && item.dueSoon ? 'row-due-soon' : undefined;
  return (
    <tr class={rowClass} role="row">
      <th scope="row" role="rowheader">
        <a href={`/console/applications/${item.id}`}>{item.trackingNumber}</a>
      </th>
      <td class="cell-date" data-label="答复期限" role="cell">
        {item.dueOn === null ? '—' : formatChineseDate(item.dueOn, true)}
      </td>
      <td class="cell-number" data-label="剩余工作日" role="cell">
        {describeDaysLeft(item, isOpen)}
      </td>
      <td data-label="状态" role="cell">
        {item.statusLabel}
        {overdue ? <span class="flag flag-overdue">已超期</span> : null}
        {isOpen && !overdue && item.dueSoon ? <span class="flag flag-due-soon">5个工作日内到期</span> : null}
        {item.handlerName === null ? null : <span class="cell-note">承办：{item.handlerName}</span>}
      </td>
      {showsAgency ? (
        <td data-label="受理机关" role="cell">
          {item.agencyName}
        </td>
      ) : null}
      <td data-label="申请人" role="cell">
        {item.applicantName}
      </td>
      <td class="cell-summary" data-label="摘要" role="cell">
        {item.summary}
      </td>
      <td data-label="收到日期" role="cell">
        {item.receivedOn === null ? <span class="muted">待确认（{formatChineseDate(item.submittedOn)}提交）</span> : formatChineseDate(item.receivedOn, true)}
      </td>
    </tr>
  );
}

function describeDaysLeft(item: WorklistItem, isOpen: boolean): string {
  if (item.deadlineProblem !== null) return '无法计算';
  if (!isOpen || item.workingDaysLeft === null) return '—';
  if (item.workingDaysLeft < 0) return `超期${-item.workingDaysLeft}`;
  return String(item.workingDaysLeft);
}

function PageLinks({ filter, page, pageCount }: { filter: WorklistFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const hrefOf = (target: number) => {
    const query = new URLSearchParams({ status: filter.status, handler: filter.handler, year: filter.year, page: String(target) });
    return `/console/applications?${query.toString()}`;
  };
  return (
    <nav class="pagination" aria-label="翻页">
      {page > 1 ? <a href={hrefOf(page - 1)}>上一页</a> : null}
      <span>
        第{page}/{pageCount}页
      </span>
      {page < pageCount ? <a href={hrefOf(page + 1)}>下一页</a> : null}
    </nav>
  );
}
