/**
 * One agency: its identity and its disclosure office details (what the 政府信息公开指南 publishes),
 * with the form to change them for a staff member who may.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { agencyKindLabels, type Agency } from '../../../domain/agencies/agency.ts';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { AgencyOfficeForm, officeFieldLabels, officeFields, type OfficeValues } from './agencies-office-form.tsx';

export interface AgenciesDetailPageProps {
  agency: Agency;
  parent: Agency | null;
  canEdit: boolean;
  /** The form's values: as stored, or as submitted when `issues` say what is wrong. */
  values: OfficeValues;
  issues: readonly Issue[];
  saved: boolean;
}

export function AgenciesDetailPage({ agency, parent, canEdit, values, issues, saved }: AgenciesDetailPageProps) {
  return (
    <>
      <p class="small">
        <a href="/console/agencies">← 机关信息</a>
      </p>
      <h1>{agency.name}</h1>
      {saved ? <Notice kind="success">已保存。政府信息公开指南将显示修改后的信息。</Notice> : null}
      <section class="panel" aria-labelledby="identity-title">
        <h2 id="identity-title">基本信息</h2>
        <dl class="detail-list">
          <Row label="机关代码" value={agency.code} />
          <Row label="类别" value={agencyKindLabels[agency.kind]} />
          <Row label="上级机关" value={parent?.name ?? '无'} />
          <Row label="统一社会信用代码" value={agency.creditCode ?? '未登记'} />
        </dl>
      </section>
      {canEdit ? (
        <section class="panel" aria-labelledby="office-title">
          <h2 id="office-title">政府信息公开工作机构</h2>
          <IssueList issues={issues} />
          <AgencyOfficeForm action={`/console/agencies/${agency.code}`} values={values} issues={issues} />
        </section>
      ) : (
        <section class="panel" aria-labelledby="office-title">
          <h2 id="office-title">政府信息公开工作机构</h2>
          <dl class="detail-list">
            {officeFields
              .filter((field) => field !== 'creditCode')
              .map((field) => (
                <Row key={field} label={officeFieldLabels[field]} value={agency[field] ?? '未填写'} />
              ))}
          </dl>
          <p class="muted small">您的角色只能查看，不能修改机关信息。</p>
        </section>
      )}
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
