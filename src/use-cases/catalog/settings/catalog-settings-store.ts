/**
 * What the catalogue's console settings need from the database, inside ONE transaction: an agency's
 * 索引号 pattern and interpretation period (catalog_settings), the year's last sequence number (for
 * the preview of the next 索引号), the classification trees, and the audit trail. Implemented from
 * the repositories in src/http/console/catalog-settings/settings-stores.ts.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AuditEntry, AuditEntryContent } from '../../../domain/audit/audit-entry.ts';
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { StoredClassification } from '../portal/catalog-portal-store.ts';

export interface StoredCatalogSettings {
  agencyId: string;
  indexPattern: string;
  interpretationDueWorkingDays: number;
  updatedAt: Date;
}

export interface ClassificationUsage {
  scheme: ClassificationScheme;
  code: string;
  /** Items of any status (drafts and withdrawn items too) filed under exactly this code. */
  count: number;
}

export interface CatalogSettingsStore {
  listAgencies(): Promise<Agency[]>;
  findCatalogSettings(agencyId: string): Promise<StoredCatalogSettings | null>;
  saveCatalogSettings(settings: StoredCatalogSettings): Promise<void>;
  /** The last sequence number given in the agency's 索引号 that year; 0 when none yet. */
  findLastIndexSequence(agencyId: string, year: number): Promise<number>;
  /** Serialises changes to the trees (two admins editing at once); held until the transaction ends. */
  lockClassifications(): Promise<void>;
  listClassifications(): Promise<StoredClassification[]>;
  countClassificationUsage(): Promise<ClassificationUsage[]>;
  insertClassification(node: StoredClassification): Promise<void>;
  renameClassification(scheme: ClassificationScheme, code: string, name: string): Promise<void>;
  setClassificationPositions(scheme: ClassificationScheme, positions: readonly { code: string; position: number }[]): Promise<void>;
  deleteClassification(scheme: ClassificationScheme, code: string): Promise<void>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface CatalogSettingsDeps {
  /** Runs `work` in one transaction: everything it wrote is rolled back when it throws. */
  transaction<T>(work: (store: CatalogSettingsStore) => Promise<T>): Promise<T>;
  now: () => Date;
}
