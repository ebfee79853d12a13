/**
 * Valid application input and small sample files for the intake tests (use cases, HTTP, load,
 * bad input). Only imported by tests.
 */
import { randomBytes } from 'node:crypto';

/** A 居民身份证 number with a correct check digit (the GB 11643 example). */
export const validIdNumber = '11010519491231002X';
/** A 统一社会信用代码 with a correct check character. */
export const validCreditCode = '91350100M000100Y43';

export function newSubmissionKey(): string {
  return randomBytes(18).toString('base64url');
}

/** The fields of a natural person's online application (as a form posts them). */
export function validOnlineFields(agencyCode: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    agencyCode,
    applicantKind: 'naturalPerson',
    personName: '张三',
    idDocument: 'residentIdCard',
    idNumber: validIdNumber,
    phone: '13800138000',
    email: 'zhangsan@example.com',
    address: '莲城县人民路1号',
    postcode: '419900',
    description: '2025年莲城县城区道路改造工程的立项批复文件（文号不详）',
    deliveryForm: 'electronic',
    deliveryMethod: 'email',
    declaration: 'on',
    submissionKey: newSubmissionKey(),
    ...overrides,
  };
}

/** An organisation's fields, to merge over the natural person's. */
export const organizationFields: Record<string, string> = {
  applicantKind: 'organization',
  organizationKind: 'commercial',
  organizationName: '莲城县某某建材有限公司',
  creditCode: validCreditCode,
  legalRepresentative: '李四',
  contactPerson: '王五',
};

/** A registrar's fields: the online ones without the declaration, plus the channel and its Art. 31 date. */
export function validRegistrationFields(agencyCode: string, overrides: Record<string, string> = {}): Record<string, string> {
  const { declaration: _declaration, ...fields } = validOnlineFields(agencyCode);
  return { ...fields, channel: 'inPerson', handedInOn: '2026-03-02', ...overrides };
}

const encoder = new TextEncoder();

export const samplePdf = (): Uint8Array => encoder.encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

export const samplePng = (): Uint8Array =>
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);

/** A Windows program (MZ … PE header): what a renamed `.exe` carries. */
export function sampleExe(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a]);
  bytes[60] = 0x80;
  bytes.set(encoder.encode('PE\0\0'), 0x80);
  return bytes;
}

/** A PDF of `megabytes` MB (a real header, padded). */
export function largePdf(megabytes: number): Uint8Array {
  const bytes = new Uint8Array(Math.round(megabytes * 1024 * 1024)).fill(0x20);
  bytes.set(samplePdf());
  return bytes;
}
