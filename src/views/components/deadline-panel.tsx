/**
 * The deadline panel of a case: the due date and the working days left (or overdue), what the
 * count rests on (receipt, restart after a correction, the extension with its approver), the
 * Art. 30 correction-notice deadline while it still matters, and the trace — first grouped
 * (weekends and holidays skipped, swapped working days, pauses and why), then day by day — so that
 * a person can check the date by hand.
 */
import type { IsoDate } from '../../domain/applications/case-event.ts';
import { formatChineseDate, weekdayNameOf } from '../../domain/calendar/iso-date.ts';
import type { DeadlineState, DeadlineStatus } from '../../domain/deadlines/compute-deadline.ts';
import type { TraceEntry } from '../../domain/deadlines/deadline-trace.ts';
import type { TraceSummaryLine } from '../../domain/deadlines/trace-summary.ts';

export interface DeadlinePanelProps {
  /** Null when the deadline cannot be computed; `problem` says why. */
  deadline: DeadlineState | null;
  problem: string | null;
  summary: readonly TraceSummaryLine[];
  today: IsoDate;
  /** Whether no correction notice has gone out and the case is open: the Art. 30 limit still matters. */
  showsCorrectionNoticeDue: boolean;
}

const statusLabels: Record<DeadlineStatus, string> = {
  notStarted: '尚未开始计算（待确认收到申请）',
  running: '正在计算',
  stopped: '已中止：等待申请人补正，收到补正后重新计算20个工作日',
  paused: '已暂停：征求意见期间不计入答复期限',
  ended: '已办结',
};

export function fullDate(date: IsoDate): string {
  return `${formatChineseDate(date, true)}（${weekdayNameOf(date)}）`;
}

export function DeadlinePanel({ deadline, problem, summary, today, showsCorrectionNoticeDue }: DeadlinePanelProps) {
  return (
    <section class="panel deadline-panel" aria-labelledby="deadline-title">
      <h2 id="deadline-title">答复期限</h2>
      {deadline === null ? (
        <p class="deadline-problem" role="alert">
          无法计算答复期限：{problem ?? '原因不明。'}
        </p>
      ) : (
        <>
          <DeadlineHeadline deadline={deadline} />
          <DeadlineFacts deadline={deadline} today={today} showsCorrectionNoticeDue={showsCorrectionNoticeDue} />
          <TraceSummary summary={summary} />
          <TraceTable trace={deadline.trace} />
        </>
      )}
    </section>
  );
}

function DeadlineHeadline({ deadline }: { deadline: DeadlineState }) {
  const { dueOn, workingDaysLeft, overdue, dueSoon, status } = deadline;
  return (
    <div class={`deadline-headline${overdue ? ' is-overdue' : dueSoon ? ' is-due-soon' : ''}`}>
      <p class="deadline-due">
        {dueOn === null ? '答复期限：暂无' : <>答复期限：{fullDate(dueOn)}</>}
      </p>
      <p class="deadline-left">{describeLeft(status, workingDaysLeft, overdue, deadline.repliedOnTime)}</p>
      {overdue && status !== 'ended' ? <p class="flag flag-overdue">已超期</p> : null}
      {dueSoon ? <p class="flag flag-due-soon">5个工作日内到期</p> : null}
    </div>
  );
}

export function describeLeft(status: DeadlineStatus, left: number | null, overdue: boolean, repliedOnTime?: boolean): string {
  if (status === 'ended') {
    if (repliedOnTime === true) return '已在答复期限内答复';
    return overdue ? `已办结，超过答复期限${left === null ? '' : `${-left}个工作日`}` : '已办结';
  }
  if (status === 'notStarted') return statusLabels.notStarted;
  if (status === 'stopped') return statusLabels.stopped;
  if (left === null) return statusLabels[status];
  if (overdue) return `已超过答复期限${-left}个工作日`;
  const paused = status === 'paused' ? '（征求意见期间暂停计算）' : '';
  return left === 0 ? `今天是答复期限的最后一天${paused}` : `剩余${left}个工作日${paused}`;
}

function DeadlineFacts({ deadline, today, showsCorrectionNoticeDue }: { deadline: DeadlineState; today: IsoDate; showsCorrectionNoticeDue: boolean }) {
  const { receivedOn, countingFrom, workingDaysAllowed, extension, correctionNoticeDueOn } = deadline;
  return (
    <dl class="detail-list deadline-facts">
      <div>
        <dt>计算状态</dt>
        <dd>{statusLabels[deadline.status]}</dd>
      </div>
      {receivedOn === null ? null : (
        <div>
          <dt>收到申请之日</dt>
          <dd>{fullDate(receivedOn)}（当日不计，次日起算）</dd>
        </div>
      )}
      {countingFrom === null || countingFrom === receivedOn ? null : (
        <div>
          <dt>重新起算</dt>
          <dd>自{fullDate(countingFrom)}收到补正后重新计算（条例第三十条）</dd>
        </div>
      )}
      <div>
        <dt>期限</dt>
        <dd>
          {workingDaysAllowed}个工作日
          {extension === undefined ? '（条例第三十三条）' : `（20个工作日，延长${extension.workingDays}个工作日）`}
        </dd>
      </div>
      {extension === undefined ? null : (
        <div>
          <dt>延长答复期限</dt>
          <dd>
            {formatChineseDate(extension.approvedOn, true)}经{extension.approvedBy}批准，理由：{extension.reason}
            {extension.dueOnWithoutExtension === null ? null : <>；原答复期限为{fullDate(extension.dueOnWithoutExtension)}</>}
          </dd>
        </div>
      )}
      {showsCorrectionNoticeDue && correctionNoticeDueOn !== null ? (
        <div>
          <dt>补正告知期限</dt>
          <dd class={today > correctionNoticeDueOn ? 'text-overdue' : undefined}>
            如需补正，最迟应于{fullDate(correctionNoticeDueOn)}一次性告知申请人（收到申请之日起7个工作日内，条例第三十条）
            {today > correctionNoticeDueOn ? '。该期限已过' : ''}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function TraceSummary({ summary }: { summary: readonly TraceSummaryLine[] }) {
  if (summary.length === 0) return null;
  return (
    <>
      <h3>期限是怎样算出的</h3>
      <ol class="trace-summary">
        {summary.map((line) => (
          <li key={`${line.from}-${line.to}-${line.text}`}>{line.text}</li>
        ))}
      </ol>
    </>
  );
}

const kindLabels: Record<TraceEntry['kind'], string> = {
  counted: '计入',
  weekend: '周末',
  holiday: '节假日',
  swappedWorkday: '调休上班',
  paused: '暂停',
  stopped: '中止',
  event: '办理步骤',
};

function TraceTable({ trace }: { trace: readonly TraceEntry[] }) {
  if (trace.length === 0) return null;
  return (
    <details class="trace-details">
      <summary>逐日明细（{trace.filter((e) => e.kind !== 'event').length}天）</summary>
      <div class="table-scroll">
        <table class="case-table trace-table">
          <thead>
            <tr>
              <th scope="col">日期</th>
              <th scope="col">类别</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {trace.map((entry, index) => (
              <tr key={`${entry.date}-${index}`} class={`trace-${entry.kind}`}>
                <td>
                  {formatChineseDate(entry.date, true)} {weekdayNameOf(entry.date)}
                </td>
                <td>{kindLabels[entry.kind]}</td>
                <td>{entry.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
