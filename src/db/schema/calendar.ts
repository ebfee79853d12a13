/**
 * The working-day calendar as data staff can edit: one row per year whose State Council notice
 * has been entered (a year without a row is unknown, and deadlines in it are refused), and one
 * row per special day (a statutory holiday or a swapped working weekend day). Local adjustments
 * are rows with `source = 'local'`; they win over the official rows of the same date.
 */
import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const calendarYears = pgTable(
  'calendar_years',
  {
    year: integer('year').primaryKey(),
    /** e.g. 国办发明电〔2024〕12号 */
    notice: text('notice').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByAccountId: uuid('updated_by_account_id'),
  },
  (t) => [check('calendar_years_year_check', sql`${t.year} between 2000 and 2100`)],
);

export const calendarDays = pgTable(
  'calendar_days',
  {
    day: date('day', { mode: 'string' }).notNull(),
    source: text('source').$type<'official' | 'local'>().notNull(),
    kind: text('kind').$type<'holiday' | 'swappedWorkday' | 'workday'>().notNull(),
    /** 国庆节, 春节调休上班, or the reason for a local adjustment. */
    name: text('name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByAccountId: uuid('updated_by_account_id'),
  },
  (t) => [
    primaryKey({ name: 'calendar_days_pkey', columns: [t.day, t.source] }),
    check('calendar_days_source_check', sql`${t.source} in ('official', 'local')`),
    check('calendar_days_kind_check', sql`${t.kind} in ('holiday', 'swappedWorkday', 'workday')`),
  ],
);
