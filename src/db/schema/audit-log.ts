/**
 * The audit trail: append-only (a trigger in migration 0001 rejects UPDATE, DELETE and TRUNCATE),
 * each row hash-chained to the one before. No foreign keys: an audit row must outlive what it names.
 */
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { JsonObject } from '../../domain/audit/audit-entry.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    agencyId: uuid('agency_id'),
    ip: text('ip'),
    details: jsonb('details').$type<JsonObject>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
  },
  (t) => [
    index('audit_log_occurred_at_idx').on(t.occurredAt),
    index('audit_log_actor_account_id_idx').on(t.actorAccountId),
    index('audit_log_agency_id_idx').on(t.agencyId),
    index('audit_log_action_idx').on(t.action),
  ],
);
