/** The database schema (drizzle); migrations in ../migrations are generated from it by drizzle-kit. */
export { agencies } from './agencies.ts';
export { accounts, roleGrants } from './accounts.ts';
export { sessions } from './sessions.ts';
export { auditLog } from './audit-log.ts';
export { calendarYears, calendarDays } from './calendar.ts';
export { applications, applicationEvents, applicationFiles, trackingSequences, replyTemplates, reminders } from './applications.ts';
export {
  catalogSettings,
  classifications,
  indexSequences,
  infoItems,
  infoItemHistory,
  infoItemAttachments,
  registerEvents,
  art20Figures,
} from './catalog.ts';
