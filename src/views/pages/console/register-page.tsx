/**
 * 规章和行政规范性文件登记簿: the selection and filters (a GET form that works without JavaScript),
 * the year's table A with its figures linking here, the count of documents missing their
 * interpretation, and the documents — 索引号, 文号, title, issue date, validity with its date and
 * the interpretation status (flagged in red when overdue).
 */
import { SelectField } from '../../components/select-field.tsx';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { infoItemKindNames, validities, validityNames, type Validity } from '../../../domain/catalog/info-item.ts';
import { describeInterpretationState } from '../../../domain/catalog/interpretation-due.ts';
import type { RegisterList, RegisterRow } from '../../../use-cases/catalog/register/list-register.ts';
import { RegisterTableA, selectionQuery } from './register-table-a.tsx';

export interface RegisterPageProps {
  list: RegisterList;
  years: readonly number[];
  hasSubtree: boolean;
}

const figureNames = { issued: '本年制发', abolished: '本年废止（含失效）', inForce: '年末现行有效' } as const;

export function RegisterPage({ list, years, hasSubtree }: RegisterPageProps) {
  const query = selectionQuery(list.agency.code, list.year, list.includeSubtree);
  const title = list.includeSubtree ? `${list.agency.name}（含下级机关）` : list.agency.name;
  return (
    <>
      <h1>规章和行政规范性文件</h1>
      <p class="lead">已发布的规章和行政规范性文件在这里登记制发、修改、失效和废止，统计数字直接用于年度报告表二。文件有效期届满后，系统在次日自动登记失效。</p>
      <RegisterFilterForm list={list} years={years} hasSubtree={hasSubtree} />
      <RegisterTableA proactive={list.proactive} title={title} year={list.year} query={query} missingArt20={list.missingArt20} />
      {list.flaggedCount === 0 ? null : (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">
            有 {list.flaggedCount} 份文件发布后超过规定的工作日仍没有政策解读。
          </p>
          <p>
            <a href={`/console/register?${query.toString()}&flag=missingInterpretation`}>只看缺少解读的文件</a>
          </p>
        </div>
      )}
      <RegisterTable list={list} />
    </>
  );
}

function RegisterFilterForm({ list, years, hasSubtree }: RegisterPageProps) {
  const { filter } = list;
  return (
    <form method="get" action="/console/register" class="filter-form" aria-label="选择机关、年度和筛选条件">
      <SelectField name="agency" label="机关" choices={list.choices.map((a) => ({ value: a.code, label: a.name }))} selected={list.agency.code} />
      <SelectField name="year" label="统计年度" choices={years.map((y) => ({ value: String(y), label: `${y}年` }))} selected={String(list.year)} />
      <SelectField
        name="kind"
        label="类别"
        blank={{ value: '', label: '全部' }}
        choices={(['regulation', 'normativeDocument'] as const).map((kind) => ({ value: kind, label: infoItemKindNames[kind] }))}
        selected={filter.kind}
      />
      <SelectField name="validity" label="有效性" blank={{ value: '', label: '全部' }} choices={validities.map((v) => ({ value: v, label: validityNames[v] }))} selected={filter.validity} />
      <SelectField
        name="figure"
        label="统计范围"
        blank={{ value: '', label: '全部文件' }}
        choices={(['issued', 'abolished', 'inForce'] as const).map((f) => ({ value: f, label: figureNames[f] }))}
        selected={filter.figure}
      />
      <p class="checkbox-line">
        <label>
          <input type="checkbox" name="flag" value="missingInterpretation" checked={filter.flag === 'missingInterpretation'} /> 只看缺少解读的
        </label>
      </p>
      {hasSubtree || list.includeSubtree ? (
        <p class="checkbox-line">
          <label>
            <input type="checkbox" name="subtree" value="1" checked={list.includeSubtree} /> 含下级机关
          </label>
        </p>
      ) : null}
      <button type="submit" class="button button-primary">
        查看
      </button>
    </form>
  );
}

function describeFilter(list: RegisterList): string {
  const parts: string[] = [];
  if (list.filter.kind !== undefined) parts.push(infoItemKindNames[list.filter.kind]);
  if (list.filter.figure !== undefined) parts.push(`${list.year}年${figureNames[list.filter.figure]}`);
  if (list.filter.validity !== undefined) parts.push(validityNames[list.filter.validity]);
  if (list.filter.flag !== undefined) parts.push('缺少解读');
  return parts.length === 0 ? '全部文件' : parts.join('、');
}

function RegisterTable({ list }: { list: RegisterList }) {
  if (list.rows.length === 0) return <p class="empty-state">没有符合条件的文件（{describeFilter(list)}）。</p>;
  return (
    <>
      <div class="table-scroll">
        <table class="case-table worklist-table" id="register-documents">
          <caption>
            {describeFilter(list)}：共 <span id="register-total">{list.total}</span> 份，第{list.page}/{list.pageCount}页
          </caption>
          <thead>
            <tr>
              <th scope="col">索引号</th>
              <th scope="col">标题</th>
              <th scope="col">文号</th>
              <th scope="col">制发日期</th>
              <th scope="col">有效性</th>
              <th scope="col">政策解读</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <RegisterTableRow key={row.item.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      <PageLinks list={list} />
    </>
  );
}

function RegisterTableRow({ row }: { row: RegisterRow }) {
  const { item } = row;
  return (
    <tr class={row.isFlagged ? 'row-overdue' : undefined} data-item={item.id}>
      <th scope="row">{item.indexNumber}</th>
      <td class="cell-summary" data-label="标题">
        <a href={`/console/register/${item.id}`}>{item.title}</a>
        <span class="cell-note">{infoItemKindNames[item.kind]}</span>
      </td>
      <td data-label="文号" class="cell-nowrap">
        {item.documentNumber ?? '—'}
      </td>
      <td data-label="制发日期" class="cell-date">
        {row.issuedOn === null ? '—' : formatChineseDate(row.issuedOn, true)}
      </td>
      <td data-label="有效性">
        <ValidityText validity={row.validity} since={row.validitySince} />
      </td>
      <td data-label="政策解读">
        {row.interpretation === null ? '—' : describeInterpretationState(row.interpretation)}
        {row.isFlagged ? <span class="flag flag-overdue">缺少解读</span> : null}
      </td>
    </tr>
  );
}

/** 现行有效（2024年3月1日起） · 已废止（2025年5月1日） */
export function ValidityText({ validity, since }: { validity: Validity | null; since: string | null }) {
  if (validity === null) return <>未登记</>;
  const date = since === null ? '' : formatChineseDate(since, true);
  const suffix = date === '' ? '' : validity === 'inForce' || validity === 'amended' ? `（${date}起）` : `（${date}）`;
  return (
    <>
      {validityNames[validity]}
      <span class="cell-note cell-nowrap">{suffix}</span>
    </>
  );
}

function PageLinks({ list }: { list: RegisterList }) {
  if (list.pageCount <= 1) return null;
  const link = (page: number) => {
    const query = selectionQuery(list.agency.code, list.year, list.includeSubtree);
    for (const key of ['kind', 'validity', 'figure', 'flag'] as const) {
      const value = list.filter[key];
      if (value !== undefined) query.set(key, value);
    }
    query.set('page', String(page));
    return `/console/register?${query.toString()}`;
  };
  return (
    <nav class="pagination" aria-label="分页">
      {list.page > 1 ? <a href={link(list.page - 1)}>上一页</a> : null}
      <span>
        第{list.page}/{list.pageCount}页
      </span>
      {list.page < list.pageCount ? <a href={link(list.page + 1)}>下一页</a> : null}
    </nav>
  );
}
