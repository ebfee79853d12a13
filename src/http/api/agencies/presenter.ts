/** Agencies as the JSON API shows them. */
import type { Agency } from '../../../domain/agencies/agency.ts';

export interface AgencyPresentation {
  code: string;
  name: string;
  kind: Agency['kind'];
  parentCode: string | null;
  creditCode: string | null;
  office: { officeName: string | null; address: string | null; postcode: string | null; phone: string | null; email: string | null; hours: string | null };
  updatedAt: string;
}

/** `byId` names the parent; a parent the caller may not see is still named by its (public) code. */
export function presentAgency(agency: Agency, byId: ReadonlyMap<string, Agency>): AgencyPresentation {
  const { officeName, address, postcode, phone, email, hours } = agency;
  return {
    code: agency.code,
    name: agency.name,
    kind: agency.kind,
    parentCode: agency.parentId === null ? null : (byId.get(agency.parentId)?.code ?? null),
    creditCode: agency.creditCode,
    office: { officeName, address, postcode, phone, email, hours },
    updatedAt: agency.updatedAt.toISOString(),
  };
}
