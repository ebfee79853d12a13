/** The access-table test's own expectations; the table itself runs in access-table.{pglite,postgres}.test.ts. */
import { describe, expect, it } from 'vitest';
import { expectedOutcome } from './access-table-suite.ts';

describe('the access table test itself', () => {
  it('refuses a department record to a role held in another department, and lets the county see it', () => {
    expect(expectedOutcome('agency.read', 'record', 'handler', 'own')).toBe('allowed');
    expect(expectedOutcome('agency.read', 'record', 'handler', 'other')).toBe('forbidden');
    expect(expectedOutcome('agency.read', 'record', 'handler', 'county')).toBe('allowed');
    expect(expectedOutcome('audit.read', 'list', 'systemAdmin', 'county')).toBe('forbidden');
    expect(expectedOutcome('audit.read', 'list', 'auditor', 'own')).toBe('allowed');
    expect(expectedOutcome('agency.read', 'list', 'auditor', 'own')).toBe('forbidden');
    expect(expectedOutcome('signedIn', 'none', null, 'own')).toBe('unauthenticated');
  });
});
