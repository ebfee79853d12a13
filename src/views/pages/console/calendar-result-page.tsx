/** After a calendar change: what changed, and the open cases whose due date moved (each now has a reminder). */
import type { CalendarChangeResult } from '../../../use-cases/applications/administration/change-calendar.ts';
import { Notice } from '../../components/notice.tsx';

export interface CalendarResultPageProps {
  result: CalendarChangeResult;
  agencyNames: ReadonlyMap<string, string>;
}

export function CalendarResultPage({ result, agencyNames }: CalendarResultPageProps) {
  const { description, checked, moved } = result;
  return (
    <>
      <p class="small">
        <a href="/console/calendar">← 工作日历</a>
      </p>
      <h1>工作日历已修改</h1>
      <Notice kind="success">
        <p>{description}</p>
        <p>
          已按新的日历重新计算 {checked} 件办理中申请的答复期限，其中 {moved.length} 件的期限发生变化{moved.length > 0 ? '，已提醒承办人' : ''}。
        </p>
      </Notice>
      {moved.length === 0 ? null : (
        <section class="panel" aria-labelledby="moved-title">
          <h2 id="moved-title">答复期限变化的申请</h2>
          <div class="table-scroll">
            <table class="data-table case-table">
              <thead>
                <tr>
                  <th scope="col">受理编号</th>
                  <th scope="col">办理机关</th>
                  <th scope="col">原答复期限</th>
                  <th scope="col">新答复期限</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((m) => (
                  <tr key={m.applicationId}>
                    <td>
                      <a href={`/console/applications/${m.applicationId}`}>{m.trackingNumber}</a>
                    </td>
                    <td>{agencyNames.get(m.agencyId) ?? '—'}</td>
                    <td>{m.previousDueOn ?? '（无法计算）'}</td>
                    <td>{m.dueOn ?? '（暂停计算）'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
