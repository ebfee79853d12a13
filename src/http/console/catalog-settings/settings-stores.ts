/** The catalogue settings' port (src/use-cases/catalog/settings/catalog-settings-store.ts) built from the repositories, on one transaction. */
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../db/database.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import { appendAuditEntry } from '../../../db/repositories/audit-log.ts';
import { findCatalogSettings, findLastIndexSequence, saveCatalogSettings } from '../../../db/repositories/catalog-settings.ts';
import {
  countClassificationUsage,
  deleteClassification,
  insertClassification,
  listClassifications,
  lockClassifications,
  renameClassification,
  setClassificationPositions,
} from '../../../db/repositories/classifications.ts';
import type { CatalogSettingsDeps, CatalogSettingsStore } from '../../../use-cases/catalog/settings/catalog-settings-store.ts';

export function createCatalogSettingsStore(tx: Database): CatalogSettingsStore {
  return {
    listAgencies: () => listAgencies(tx),
    findCatalogSettings: (agencyId) => findCatalogSettings(tx, agencyId),
    saveCatalogSettings: (settings) => saveCatalogSettings(tx, settings),
    findLastIndexSequence: (agencyId, year) => findLastIndexSequence(tx, agencyId, year),
    lockClassifications: () => lockClassifications(tx),
    listClassifications: () => listClassifications(tx),
    countClassificationUsage: () => countClassificationUsage(tx),
    insertClassification: (node) => insertClassification(tx, node),
    renameClassification: (scheme, code, name) => renameClassification(tx, scheme, code, name),
    setClassificationPositions: (scheme, positions) => setClassificationPositions(tx, scheme, positions),
    deleteClassification: (scheme, code) => deleteClassification(tx, scheme, code),
    appendAudit: (entry) => appendAuditEntry(tx, entry),
  };
}

export function createCatalogSettingsDeps(db: Database, now: () => Date): CatalogSettingsDeps {
  return { transaction: (work) => db.transaction((tx) => work(createCatalogSettingsStore(tx))), now };
}

export function catalogSettingsDepsOf(request: FastifyRequest): CatalogSettingsDeps {
  return createCatalogSettingsDeps(request.server.deps.handle.db, request.server.deps.now);
}
