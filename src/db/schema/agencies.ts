/** Agencies: the county government, its departments and townships, as a tree of parent links. */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AgencyKind } from '../../domain/agencies/agency.ts';

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').$type<AgencyKind>().notNull(),
    creditCode: text('credit_code'),
    officeName: text('office_name'),
    address: text('address'),
    postcode: text('postcode'),
    phone: text('phone'),
    email: text('email'),
    hours: text('hours'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agencies_parent_id_idx').on(t.parentId),
    check('agencies_kind_check', sql`${t.kind} in ('government', 'department', 'township')`),
    check('agencies_code_check', sql`${t.code} ~ '^[a-z][a-z0-9-]{1,39}$'`),
    check('agencies_credit_code_check', sql`${t.creditCode} ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`),
    check('agencies_not_own_parent_check', sql`${t.parentId} <> ${t.id}`),
  ],
);
