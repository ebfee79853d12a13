/** 导入台账, step 2: which column of the ledger holds which field — guessed from the headers, confirmed here. */
import type { ColumnMapping } from '../../../domain/ledger/ledger-fields.ts';
import { ledgerFieldInfo, ledgerFields } from '../../../domain/ledger/ledger-fields.ts';
import type { LedgerIssue } from '../../../domain/ledger/check-ledger-rows.ts';
import type { LedgerSheet } from '../../../domain/ledger/read-ledger-file.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';

export interface LedgerMappingPageProps {
  agency: { code: string; name: string };
  fileName: string;
  sheet: LedgerSheet;
  mapping: ColumnMapping;
  token: string;
  issues: readonly LedgerIssue[];
}

const previewRows = 5;

export function LedgerImportMappingPage({ agency, fileName, sheet, mapping, token, issues }: LedgerMappingPageProps) {
  return (
    <>
      <p class="small">
        <a href="/console/applications/import">← 重新选择文件</a>
      </p>
      <h1>导入台账：核对各列</h1>
      <p class="lead">
        文件“{fileName}”共 {sheet.rows.length} 行申请，导入到{agency.name}。请确认每个项目对应台账中的哪一列；没有的项目选“无此列”。
      </p>
      {issues.length === 0 ? null : (
        <Notice kind="error">
          <p class="notice-title">请修改以下对应关系：</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.field}-${issue.code}`}>{issue.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      <section class="panel" aria-labelledby="preview-title">
        <h2 id="preview-title">台账前 {Math.min(previewRows, sheet.rows.length)} 行</h2>
        <div class="table-scroll">
          <table class="data-table case-table">
            <thead>
              <tr>
                <th scope="col">行号</th>
                {sheet.headers.map((header, i) => (
                  <th scope="col" key={i}>
                    {columnName(i)}：{header === '' ? '（无表头）' : header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.slice(0, previewRows).map((row) => (
                <tr key={row.rowNumber}>
                  <th scope="row">{row.rowNumber}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <form method="post" action="/console/applications/import">
        <CsrfField />
        <input type="hidden" name="step" value="check" />
        <input type="hidden" name="agency" value={agency.code} />
        <input type="hidden" name="upload" value={token} />
        <section class="panel" aria-labelledby="mapping-title">
          <h2 id="mapping-title">各项目对应的列</h2>
          <MappingFields sheet={sheet} mapping={mapping} issues={issues} />
        </section>
        <button type="submit" class="button button-primary">
          检查每一行
        </button>
      </form>
    </>
  );
}

/** One row per field: its name, the column chosen (guessed at first), what it should hold. */
function MappingFields({ sheet, mapping, issues }: { sheet: LedgerSheet; mapping: ColumnMapping; issues: readonly LedgerIssue[] }) {
  return (
    <div class="table-scroll">
      <table class="data-table case-table mapping-table">
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">台账中的列</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {ledgerFields.map((field) => {
            const info = ledgerFieldInfo[field];
            const id = `map-${field}`;
            const own = issues.filter((i) => i.field === field);
            return (
              <tr key={field} class={own.length > 0 ? 'field-invalid' : undefined}>
                <th scope="row">
                  <label for={id}>
                    {info.label}
                    {info.required ? '（必填）' : ''}
                  </label>
                </th>
                <td>
                  <select id={id} name={`map.${field}`}>
                    <option value="">无此列</option>
                    {sheet.headers.map((header, i) => (
                      <option key={i} value={String(i)} selected={mapping[field] === i}>
                        {columnName(i)}：{header === '' ? '（无表头）' : header}
                      </option>
                    ))}
                  </select>
                  {own.length === 0 ? null : <p class="field-error">{own.map((i) => i.message).join(' ')}</p>}
                </td>
                <td class="small">{info.hint}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}列`;
}
