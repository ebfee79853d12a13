/**
 * The applicant's full personal data, for the staff allowed to see it. Reaching this page wrote an
 * audit entry; the page says so, and is never cached.
 */
import { organizationKindLabels } from '../../../domain/applications/applicant.ts';
import type { ApplicantDetails } from '../../../use-cases/applications/intake/view-applicant-details.ts';

export function ApplicationsApplicantPage({ details }: { details: ApplicantDetails }) {
  const { applicant, contact } = details;
  const rows: [string, string][] =
    applicant.kind === 'naturalPerson'
      ? [
          ['申请人类型', '自然人'],
          ['姓名', applicant.name],
          [applicant.idDocument === 'residentIdCard' ? '居民身份证号码' : '身份证明文件号码', applicant.idNumber],
        ]
      : [
          ['申请人类型', `法人或者其他组织（${organizationKindLabels[applicant.organizationKind]}）`],
          ['单位名称', applicant.name],
          ['统一社会信用代码', applicant.creditCode],
          ['法定代表人或者主要负责人', applicant.legalRepresentative],
          ['联系人', applicant.contactPerson],
        ];
  rows.push(
    ['联系电话', contact.phone],
    ['电子邮箱', contact.email ?? '—'],
    ['通信地址', contact.address ?? '—'],
    ['邮政编码', contact.postcode ?? '—'],
    ['需要的帮助（第四十三条）', details.accessibilityNeeds ?? '无'],
  );
  return (
    <section class="panel" aria-labelledby="applicant-title">
      <p class="small">
        <a href={`/console/applications/${details.applicationId}`}>← 返回办理页面</a>
      </p>
      <h1 id="applicant-title">申请人完整信息</h1>
      <p>
        受理编号 <code>{details.trackingNumber}</code>
      </p>
      <div class="notice notice-info" role="note">
        <p>本次查看已记入审计日志。申请人的个人信息仅用于办理本申请，请勿复制、外传。</p>
      </div>
      <dl class="detail-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
