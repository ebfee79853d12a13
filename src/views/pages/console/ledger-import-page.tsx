/**
 * 导入台账, step 1: choose the agency and the ledger file (XLSX or CSV as Excel saves it). Then
 * the columns are matched to the fields (step 2), every row is checked (step 3), and only the rows
 * the person confirms are imported, all together or none.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { ledgerFieldInfo, ledgerFields } from '../../../domain/ledger/ledger-fields.ts';
import { ledgerLimits } from '../../../domain/ledger/read-ledger-file.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import type { AgencyOption } from './accounts-page.tsx';

export interface LedgerImportPageProps {
  agencies: readonly AgencyOption[];
  selectedAgencyCode: string;
  issues: readonly Issue[];
  /** After an import: how many cases and their tracking numbers' range. */
  imported: { count: number; first: string; last: string; agencyName: string } | null;
}

export function LedgerImportPage({ agencies, selectedAgencyCode, issues, imported }: LedgerImportPageProps) {
  return (
    <>
      <h1>导入申请台账</h1>
      <p class="lead">把本机关用 Excel 登记的依申请公开台账导入平台，导入后与在平台上办理的申请一样计算期限、进入办理列表和年度报告表三。</p>
      {imported === null ? null : (
        <Notice kind="success">
          <p class="notice-title">
            已为{imported.agencyName}导入 {imported.count} 件申请（受理编号 {imported.first}
            {imported.count > 1 ? ` 至 ${imported.last}` : ''}）。
          </p>
          <p>
            <a href="/console/applications">查看办理列表</a>
            {' · '}
            <a href="/console/statistics">查看申请统计</a>
          </p>
        </Notice>
      )}
      <section class="panel" aria-labelledby="upload-title">
        <h2 id="upload-title">第一步：上传台账文件</h2>
        <IssueList issues={issues} />
        <form method="post" action="/console/applications/import" enctype="multipart/form-data" class="form">
          <CsrfField />
          <input type="hidden" name="step" value="upload" />
          <FieldShell id="agency" label="导入到哪个机关" issues={issues}>
            <select id="agency" name="agency" required>
              {agencies.map((a) => (
                <option key={a.code} value={a.code} selected={a.code === selectedAgencyCode}>
                  {a.name}
                </option>
              ))}
            </select>
          </FieldShell>
          <FieldShell id="file" label="台账文件" issues={issues} hint={`Excel（.xlsx）或 CSV（UTF-8 或 GBK 编码均可），第一行为表头，最多 ${ledgerLimits.rows} 行。旧版 .xls 请先另存为 .xlsx。`}>
            <input id="file" name="file" type="file" required accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
          </FieldShell>
          <button type="submit" class="button button-primary">
            上传并识别表头
          </button>
        </form>
      </section>
      <section class="panel" aria-labelledby="columns-title">
        <h2 id="columns-title">台账应包含的列</h2>
        <p class="small">表头不必完全一致，系统会按常见写法自动匹配，下一步可逐项确认或修改。</p>
        <div class="table-scroll">
          <table class="data-table case-table">
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col">是否必填</th>
                <th scope="col">常见表头</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {ledgerFields.map((field) => {
                const info = ledgerFieldInfo[field];
                return (
                  <tr key={field}>
                    <th scope="row">{info.label}</th>
                    <td>{info.required ? '必填' : '可选'}</td>
                    <td>{info.headers.slice(0, 3).join('、')}</td>
                    <td>{info.hint}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
