/** Staff accounts and their role grants (each role scoped to an agency, optionally its subtree). */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../domain/access/roles.ts';
import { agencies } from './agencies.ts';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The home agency, where the account is managed. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Case-insensitive, so that 'Zhang' and 'zhang' cannot be two different logins.
    uniqueIndex('accounts_username_lower_key').on(sql`lower(${t.username})`),
    index('accounts_agency_id_idx').on(t.agencyId),
    check('accounts_failed_login_count_check', sql`${t.failedLoginCount} >= 0`),
  ],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    includeSubtree: boolean('include_subtree').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'role_grants_pkey', columns: [t.agencyId, t.accountId, t.role] }),
    index('role_grants_account_id_idx').on(t.accountId),
    check(
      'role_grants_role_check',
      sql`${t.role} in ('registrar', 'handler', 'reviewer', 'approver', 'agencyAdmin', 'systemAdmin', 'securityOfficer', 'auditor')`,
    ),
  ],
);
