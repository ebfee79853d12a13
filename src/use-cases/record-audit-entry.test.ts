import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { InvalidAuditEntryError, recordAuditEntry, type AuditTrail } from './record-audit-entry.ts';

function recordingTrail(): AuditTrail & { appended: AuditEntryContent[] } {
  const appended: AuditEntryContent[] = [];
  return {
    appended,
    append: async (entry) => {
      appended.push(entry);
      return { ...entry, seq: appended.length, prevHash: '0', hash: '1' } satisfies AuditEntry;
    },
  };
}

const now = new Date('2025-02-03T04:05:06.007Z');

describe('recordAuditEntry', () => {
  it('appends who did what to which record, when and from where', async () => {
    const trail = recordingTrail();
    await recordAuditEntry(
      trail,
      { actor: { accountId: 'a1', name: '王承办' }, action: 'agency.update', target: { type: 'agency', id: 'g1' }, agencyId: 'g1', ip: '192.0.2.7', details: { field: 'phone' } },
      now,
    );
    expect(trail.appended).toEqual([
      { occurredAt: now, actorAccountId: 'a1', actorName: '王承办', action: 'agency.update', targetType: 'agency', targetId: 'g1', agencyId: 'g1', ip: '192.0.2.7', details: { field: 'phone' } },
    ]);
  });

  it('fills nulls and empty details for a system event', async () => {
    const trail = recordingTrail();
    await recordAuditEntry(trail, { actor: { accountId: null, name: '系统' }, action: 'system.start' }, now);
    expect(trail.appended[0]).toMatchObject({ actorAccountId: null, targetType: null, targetId: null, agencyId: null, ip: null, details: {} });
  });

  it('refuses a malformed action without appending', async () => {
    const trail = recordingTrail();
    await expect(recordAuditEntry(trail, { actor: { accountId: null, name: '系统' }, action: 'DROP TABLE' }, now)).rejects.toBeInstanceOf(InvalidAuditEntryError);
    expect(trail.appended).toEqual([]);
  });

  it('cuts an overlong actor name instead of failing', async () => {
    const trail = recordingTrail();
    await recordAuditEntry(trail, { actor: { accountId: null, name: '名'.repeat(1000) }, action: 'system.start' }, now);
    expect(trail.appended[0]!.actorName).toHaveLength(200);
  });
});
