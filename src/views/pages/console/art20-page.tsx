/**
 * 第二十条数据: an agency's licensing, penalty and enforcement decisions and administrative fees
 * for a year — the form (for those who may enter them), the CSV import with its per-row problems,
 * and table A as it stands with these figures.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { art20FieldNames, art20Fields, type Art20Field, type Art20ImportProblem } from '../../../domain/catalog/art20-figures.ts';
import type { Art20View } from '../../../use-cases/catalog/register/view-art20-figures.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import { RegisterTableA, selectionQuery } from './register-table-a.tsx';

export interface Art20PageProps {
  view: Art20View;
  years: readonly number[];
  hasSubtree: boolean;
  notice: string | null;
  form: Record<Art20Field, string>;
  issues: readonly Issue[];
  importProblems: readonly Art20ImportProblem[] | null;
  importAgencyCode: string;
}

const hints: Record<Art20Field, string> = {
  licensingDecisions: '本年作出的行政许可决定数量（件），未统计请留空。',
  penaltyDecisions: '本年作出的行政处罚决定数量（件）。',
  enforcementDecisions: '本年作出的行政强制决定数量（件）。',
  feesWanYuan: '本年收费金额，单位为万元，按原样保存，最多6位小数，例如 24252.311082。',
};

export const art20CsvHeader = '机关代码,年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）';

export function Art20Page({ view, years, hasSubtree, notice, form, issues, importProblems, importAgencyCode }: Art20PageProps) {
  const query = selectionQuery(view.agency.code, view.year, view.includeSubtree);
  const title = view.includeSubtree ? `${view.agency.name}（含下级机关）` : view.agency.name;
  return (
    <>
      <h1>第二十条数据</h1>
      <p class="lead">《政府信息公开条例》第二十条第（五）（六）（八）项要求公开的行政许可、行政处罚、行政强制决定数量和行政事业性收费金额，按年度录入，直接用于年度报告表二。</p>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      <form method="get" action="/console/art20" class="filter-form" aria-label="选择机关和年度">
        <div class="field">
          <label for="agency">机关</label>
          <select id="agency" name="agency">
            {view.choices.map((a) => (
              <option key={a.code} value={a.code} selected={a.code === view.agency.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="year">年度</label>
          <select id="year" name="year">
            {years.map((y) => (
              <option key={y} value={String(y)} selected={y === view.year}>
                {y}年
              </option>
            ))}
          </select>
        </div>
        {hasSubtree || view.includeSubtree ? (
          <p class="checkbox-line">
            <label>
              <input type="checkbox" name="subtree" value="1" checked={view.includeSubtree} /> 表二含下级机关
            </label>
          </p>
        ) : null}
        <button type="submit" class="button button-secondary">
          查看
        </button>
      </form>
      {view.canEdit ? <FiguresForm view={view} form={form} issues={issues} /> : <OwnFigures view={view} />}
      <RegisterTableA proactive={view.proactive} title={title} year={view.year} query={query} missingArt20={view.missingArt20} />
      {view.editable.length === 0 ? null : <ImportForm view={view} problems={importProblems} agencyCode={importAgencyCode} />}
    </>
  );
}

function FiguresForm({ view, form, issues }: { view: Art20View; form: Record<Art20Field, string>; issues: readonly Issue[] }) {
  return (
    <section class="panel" aria-labelledby="figures-title">
      <h2 id="figures-title">
        {view.agency.name} {view.year}年 录入
      </h2>
      {view.ownArt20UpdatedAt === null ? <p class="small">尚未录入。</p> : null}
      <IssueList issues={issues} title="未能保存，请修改以下问题：" />
      <form method="post" action="/console/art20" class="form">
        <CsrfField />
        <input type="hidden" name="agency" value={view.agency.code} />
        <input type="hidden" name="year" value={String(view.year)} />
        {art20Fields.map((field) => (
          <FieldShell key={field} id={field} label={art20FieldNames[field]} issues={issues} hint={hints[field]}>
            <input id={field} name={field} type="text" inputMode="decimal" value={form[field]} maxLength={30} autocomplete="off" />
          </FieldShell>
        ))}
        <button type="submit" class="button button-primary">
          保存
        </button>
      </form>
    </section>
  );
}

function OwnFigures({ view }: { view: Art20View }) {
  const figures = view.ownArt20;
  const show = (value: number | string | null) => (value === null ? '未录入' : String(value));
  return (
    <section class="panel" aria-labelledby="figures-title">
      <h2 id="figures-title">
        {view.agency.name} {view.year}年
      </h2>
      <dl class="detail-list">
        {art20Fields.flatMap((field) => [<dt key={`${field}-label`}>{art20FieldNames[field]}</dt>, <dd key={field}>{show(figures[field])}</dd>])}
      </dl>
    </section>
  );
}

function ImportForm({ view, problems, agencyCode }: { view: Art20View; problems: readonly Art20ImportProblem[] | null; agencyCode: string }) {
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">从 CSV 文件导入</h2>
      <p class="small">
        第一行为标题：<code>{art20CsvHeader}</code>，以下每行一个机关一个年度；机关代码见“机关信息”。空白表示未统计。可用 Excel“另存为”CSV（UTF-8 或 GBK 均可）。文件中任何一行有问题，整个文件都不导入。
      </p>
      {problems === null || problems.length === 0 ? null : <ImportProblems problems={problems} />}
      <form method="post" action="/console/art20/import" enctype="multipart/form-data" class="form">
        <CsrfField />
        <input type="hidden" name="year" value={String(view.year)} />
        <FieldShell id="import-agency" label="导入到哪个机关（及其下级机关）" issues={[]}>
          <select id="import-agency" name="agency">
            {view.editable.map((a) => (
              <option key={a.code} value={a.code} selected={a.code === agencyCode}>
                {a.name}
              </option>
            ))}
          </select>
        </FieldShell>
        <FieldShell id="file" label="CSV 文件" issues={[]}>
          <input id="file" name="file" type="file" required accept=".csv,text/csv" />
        </FieldShell>
        <button type="submit" class="button button-primary">
          导入
        </button>
      </form>
    </section>
  );
}

function ImportProblems({ problems }: { problems: readonly Art20ImportProblem[] }) {
  return (
    <div class="notice notice-error" role="alert" id="import-problems">
      <p class="notice-title">文件有 {problems.length} 处问题，没有导入任何数据。请改正后重新上传：</p>
      <table class="case-table">
        <thead>
          <tr>
            <th scope="col">行</th>
            <th scope="col">列</th>
            <th scope="col">问题</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row === 0 ? '整个文件' : `第${p.row}行`}</td>
              <td>{p.field}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
