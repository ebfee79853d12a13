/** Builders of application rows for tests (override what the test is about). */
import type { NewApplicationRow } from '../src/db/repositories/applications.ts';
import { uniqueSuffix } from './factories.ts';

export function buildApplicationRow(overrides: Partial<NewApplicationRow> & { agencyId: string }): NewApplicationRow {
  const suffix = uniqueSuffix();
  return {
    trackingNumber: `YSQ-TEST-2026-${suffix}`,
    queryCodeHash: `hash-${suffix}`,
    channel: 'online',
    applicantType: 'naturalPerson',
    applicant: { kind: 'naturalPerson', name: '张三', idNumber: '11010519491231002X', idDocument: 'residentIdCard' },
    contact: { phone: '13800000000', email: null, address: '莲城县人民路1号', postcode: null },
    description: '2025年莲城县城区道路改造工程的立项批复文件',
    deliveryForm: 'electronic',
    deliveryMethod: 'email',
    submittedAt: new Date('2026-09-28T01:00:00Z'),
    status: 'awaitingConfirmation',
    ...overrides,
  };
}
