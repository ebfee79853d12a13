/**
 * Who applies (申请人): a natural person or an organisation of one of the five kinds that are
 * the columns of table B. The column an application is counted in follows from this alone.
 */
import type { ApplicantColumn } from '../annual-report/model.ts';

export const organizationKinds = ['commercial', 'research', 'nonprofit', 'legalService', 'otherOrg'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const organizationKindLabels: Readonly<Record<OrganizationKind, string>> = {
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他组织',
};

export type Applicant =
  | {
      kind: 'naturalPerson';
      name: string;
      /** 居民身份证号码 (18 characters, GB 11643 check digit); other documents in `idDocument`. */
      idNumber: string;
      idDocument: 'residentIdCard' | 'other';
    }
  | {
      kind: 'organization';
      organizationKind: OrganizationKind;
      name: string;
      /** 统一社会信用代码 (GB 32100 check digit). */
      creditCode: string;
      /** 法定代表人或负责人, and the person who handles the application. */
      legalRepresentative: string;
      contactPerson: string;
    };

export interface ApplicantContact {
  phone: string;
  email: string | null;
  address: string | null;
  postcode: string | null;
}

export type ApplicantType = 'naturalPerson' | OrganizationKind;

/** The table B column the application is counted in. */
export function applicantColumnOf(applicant: Pick<Applicant, 'kind'> & { organizationKind?: OrganizationKind }): Exclude<ApplicantColumn, 'total'> {
  if (applicant.kind === 'naturalPerson') return 'naturalPerson';
  if (applicant.organizationKind === undefined) throw new Error('An organisation applicant has no organisation kind.');
  return applicant.organizationKind;
}
