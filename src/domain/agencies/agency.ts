/** An administrative agency (行政机关) and its disclosure office (政府信息公开工作机构) details. */

export const agencyKinds = ['government', 'department', 'township'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const agencyKindLabels: Record<AgencyKind, string> = {
  government: '人民政府',
  department: '政府工作部门',
  township: '乡镇（街道）',
};

/** The details the 政府信息公开指南 publishes about where and how to apply. */
export interface DisclosureOffice {
  officeName: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
}

export interface Agency extends DisclosureOffice {
  id: string;
  parentId: string | null;
  /** Stable short code used in URLs and the CLI, e.g. `lcx`, `lcx-zrzy`. */
  code: string;
  name: string;
  kind: AgencyKind;
  /** 统一社会信用代码, when known. */
  creditCode: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Lower-case ASCII letters, digits and inner hyphens, 2–40 characters, starting with a letter. */
export const agencyCodePattern = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/;

export function isValidAgencyCode(code: string): boolean {
  return agencyCodePattern.test(code);
}

export function isAgencyKind(value: string): value is AgencyKind {
  return (agencyKinds as readonly string[]).includes(value);
}
