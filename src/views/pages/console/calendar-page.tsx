/**
 * The working-day calendar (工作日历): the years known and their notices, a year's days as month
 * grids and as a list, the local adjustments, and for the system admin the forms that enter next
 * year's notice and adjust a date. Every change recounts the due dates of the open cases.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { weekdayNameOf } from '../../../domain/calendar/iso-date.ts';
import type { CalendarOverview } from '../../../use-cases/applications/administration/view-calendar.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import { CalendarMonthGrid, formatMonthDay, listDayRanges } from './calendar-month-grid.tsx';

export interface CalendarYearFormValues {
  year: string;
  notice: string;
  holidays: string;
  swappedWorkdays: string;
}

export interface CalendarAdjustmentFormValues {
  date: string;
  kind: string;
  reason: string;
}

export interface CalendarPageProps {
  overview: CalendarOverview;
  yearForm: CalendarYearFormValues;
  adjustmentForm: CalendarAdjustmentFormValues;
  /** Problems of the form just sent, shown beside it. */
  issues: { form: 'year' | 'adjustment' | 'remove'; issues: readonly Issue[] } | null;
}

export function CalendarPage({ overview, yearForm, adjustmentForm, issues }: CalendarPageProps) {
  const { shownYear, days, years } = overview;
  const known = new Set(years.map((y) => y.year));
  return (
    <>
      <h1>工作日历</h1>
      <p class="lead">答复期限按工作日计算：星期一至星期五，除去法定节假日，加上调休上班的星期六、星期日。计算从收到申请的次日开始。</p>
      {overview.warning === null ? null : (
        <Notice kind="error">
          <p class="notice-title">{overview.warning}</p>
        </Notice>
      )}
      <nav class="year-nav" aria-label="选择年份">
        {known.has(shownYear - 1) ? <a href={`/console/calendar?year=${shownYear - 1}`}>← {shownYear - 1}年</a> : null}
        <strong>{shownYear}年</strong>
        {known.has(shownYear + 1) ? <a href={`/console/calendar?year=${shownYear + 1}`}>{shownYear + 1}年 →</a> : null}
      </nav>
      {days.length === 0 ? (
        <Notice kind="info">{shownYear}年的节假日安排尚未录入。</Notice>
      ) : (
        <section class="panel" aria-labelledby="year-title">
          <h2 id="year-title">{shownYear}年日历</h2>
          <p class="small">
            “休”为法定节假日，“班”为调休上班日，“*”为本地调整。依据：{years.find((y) => y.year === shownYear)?.notice}
          </p>
          <CalendarMonthGrid days={days} />
          <DayRangeList overview={overview} />
        </section>
      )}
      <LocalAdjustments overview={overview} issues={issues?.form === 'remove' ? issues.issues : []} />
      <KnownYears overview={overview} />
      {overview.canUpdate ? (
        <>
          <AdjustmentForm values={adjustmentForm} issues={issues?.form === 'adjustment' ? issues.issues : []} />
          <YearForm values={yearForm} issues={issues?.form === 'year' ? issues.issues : []} />
        </>
      ) : null}
    </>
  );
}

function DayRangeList({ overview }: { overview: CalendarOverview }) {
  const ranges = listDayRanges(overview.days);
  return (
    <>
      <h3>节假日与调休上班</h3>
      <ul class="day-ranges">
        {ranges.map((range) => (
          <li key={range.from}>
            {range.kind === 'holiday' ? (
              <>
                <strong>{range.name}</strong>：{formatMonthDay(range.from)}
                {range.count > 1 ? `至${formatMonthDay(range.to)}` : ''}放假，共{range.count}天
              </>
            ) : (
              <>
                {formatMonthDay(range.from)}（{weekdayNameOf(range.from)}）{range.kind === 'swappedWorkday' ? '上班' : '为工作日'}：{range.name}
              </>
            )}
            {range.isLocal ? '（本地调整）' : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function LocalAdjustments({ overview, issues }: { overview: CalendarOverview; issues: readonly Issue[] }) {
  const adjustments = overview.localAdjustments;
  return (
    <section class="panel" aria-labelledby="local-title">
      <h2 id="local-title">本地调整</h2>
      <p class="small">本机关所在地因特殊情况（如防汛、极端天气）另行放假或补班的日期。本地调整优先于国务院办公厅的安排。</p>
      <IssueList issues={issues} />
      {adjustments.length === 0 ? (
        <p>没有本地调整。</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table case-table">
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">调整为</th>
                <th scope="col">原因</th>
                {overview.canUpdate ? <th scope="col">操作</th> : null}
              </tr>
            </thead>
            <tbody>
              {adjustments.map((a) => (
                <tr key={a.date}>
                  <td>
                    {a.date}（{weekdayNameOf(a.date)}）
                  </td>
                  <td>{a.kind === 'holiday' ? '休息日' : '工作日'}</td>
                  <td>{a.name}</td>
                  {overview.canUpdate ? (
                    <td>
                      <form method="post" action="/console/calendar/adjustments/remove" class="inline-form">
                        <CsrfField />
                        <input type="hidden" name="date" value={a.date} />
                        <button type="submit" class="button button-secondary button-small">
                          撤销
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function KnownYears({ overview }: { overview: CalendarOverview }) {
  return (
    <section class="panel" aria-labelledby="years-title">
      <h2 id="years-title">已有节假日安排的年份</h2>
      <div class="table-scroll">
        <table class="data-table case-table">
          <thead>
            <tr>
              <th scope="col">年份</th>
              <th scope="col">依据的通知</th>
              <th scope="col">法定节假日</th>
              <th scope="col">调休上班</th>
              <th scope="col">来源</th>
            </tr>
          </thead>
          <tbody>
            {overview.years.map((y) => (
              <tr key={y.year}>
                <td>
                  <a href={`/console/calendar?year=${y.year}`}>{y.year}年</a>
                </td>
                <td>{y.notice}</td>
                <td>{y.holidayCount}天</td>
                <td>{y.swappedWorkdayCount}天</td>
                <td>{y.source === 'shipped' ? '系统内置' : '管理员录入'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AdjustmentForm({ values, issues }: { values: CalendarAdjustmentFormValues; issues: readonly Issue[] }) {
  return (
    <section class="panel" aria-labelledby="adjust-title">
      <h2 id="adjust-title">新增本地调整</h2>
      <IssueList issues={issues} />
      <form method="post" action="/console/calendar/adjustments" class="form">
        <CsrfField />
        <FieldShell id="date" label="日期" issues={issues}>
          <input id="date" name="date" type="date" required value={values.date} />
        </FieldShell>
        <FieldShell id="kind" label="调整为" issues={issues}>
          <select id="kind" name="kind">
            <option value="holiday" selected={values.kind !== 'workday'}>
              休息日（不计入期限）
            </option>
            <option value="workday" selected={values.kind === 'workday'}>
              工作日（计入期限）
            </option>
          </select>
        </FieldShell>
        <FieldShell id="reason" label="调整原因" issues={issues} hint="例如：县人民政府通知，因防汛放假一天">
          <input id="reason" name="reason" type="text" required maxLength={100} value={values.reason} />
        </FieldShell>
        <button type="submit" class="button button-primary">
          保存调整并重算期限
        </button>
      </form>
    </section>
  );
}

function YearForm({ values, issues }: { values: CalendarYearFormValues; issues: readonly Issue[] }) {
  return (
    <section class="panel" aria-labelledby="notice-title">
      <h2 id="notice-title">录入新一年的节假日安排</h2>
      <p class="small">国务院办公厅每年10月至11月发布次年的《部分节假日安排的通知》。可把通知正文直接粘贴到“放假安排”中，含“上班”的句子会识别为调休上班日。</p>
      <IssueList issues={issues} />
      <form method="post" action="/console/calendar/years" class="form">
        <CsrfField />
        <FieldShell id="year" label="年份" issues={issues}>
          <input id="year" name="year" type="number" required min={2000} max={2100} value={values.year} />
        </FieldShell>
        <FieldShell id="notice" label="通知名称" issues={issues} hint="例如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）">
          <input id="notice" name="notice" type="text" required maxLength={200} value={values.notice} />
        </FieldShell>
        <FieldShell id="holidays" label="放假安排" issues={issues} hint="每行一个节日，例如“春节：2月6日至2月13日”；也可粘贴通知原文">
          <textarea id="holidays" name="holidays" rows={9} required>
            {values.holidays}
          </textarea>
        </FieldShell>
        <FieldShell id="swappedWorkdays" label="调休上班日期" issues={issues} hint="每行或用顿号分隔，例如“2月14日、2月20日”；通知原文已含上班日期的可不填">
          <textarea id="swappedWorkdays" name="swappedWorkdays" rows={3}>
            {values.swappedWorkdays}
          </textarea>
        </FieldShell>
        <button type="submit" class="button button-primary">
          保存并重算期限
        </button>
      </form>
    </section>
  );
}
