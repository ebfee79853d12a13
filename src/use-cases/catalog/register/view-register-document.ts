/**
 * One document of the register (`info.read`): its lifecycle, the links both ways — the documents
 * that amended or abolished it, and those it amended or abolished — its interpretations, and what
 * the record-event form needs (whether the principal may record, the documents it may name).
 */
import { assertCan, can } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { IsoDate } from '../../../domain/calendar/iso-date.ts';
import type { Validity } from '../../../domain/catalog/info-item.ts';
import { defaultInterpretationDueWorkingDays, type InterpretationState } from '../../../domain/catalog/interpretation-due.ts';
import { currentValidity, finalEventOf, issuedOn, sortEvents, validitySince } from '../../../domain/catalog/register.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import { calendarFromRows } from '../../applications/load-calendar.ts';
import { isRegisterItemId } from './record-register-event.ts';
import { stateOf } from './list-register.ts';
import type { InterpretationItem, RegisterItem, RegisterStore, StoredRegisterEvent } from './register-store.ts';

export interface LifecycleEntry {
  event: StoredRegisterEvent;
  /** The document the event names (修改/废止 by it), when it is in the register. */
  related: RegisterItem | null;
}

/** Another document's event naming this one: this document amended or abolished it. */
export interface LinkedEntry {
  event: StoredRegisterEvent;
  target: RegisterItem;
}

export interface RegisterDocumentView {
  item: RegisterItem;
  agency: Agency;
  lifecycle: LifecycleEntry[];
  issuedOn: IsoDate | null;
  validity: Validity | null;
  validitySince: IsoDate | null;
  /** Documents this one amended or abolished. */
  amends: LinkedEntry[];
  interpretations: InterpretationItem[];
  interpretation: InterpretationState | null;
  /** The principal may record events here and the document is not final. */
  canRecord: boolean;
  /** The published documents of the agency the form may name. */
  relatedChoices: RegisterItem[];
  today: IsoDate;
}

export async function viewRegisterDocument(
  deps: { transaction<T>(work: (store: RegisterStore) => Promise<T>): Promise<T> },
  request: { principal: Principal; itemId: string; now: Date },
): Promise<RegisterDocumentView> {
  return deps.transaction(async (store) => {
    const item = isRegisterItemId(request.itemId) ? await store.findRegisterItem(request.itemId) : null;
    if (item === null || item.status !== 'published') throw new RecordNotFoundError('登记簿中没有这份文件（只登记已发布的规章和行政规范性文件）。');
    const context = await loadAgencyContext(store);
    assertCan(request.principal, 'info.read', { agencyId: item.agencyId }, context.ancestry);
    const events = sortEvents(await store.listRegisterEvents([item.id]));
    const naming = await store.listEventsNaming(item.id);
    const linkedIds = [...events.map((e) => e.relatedItemId), ...naming.map((e) => e.itemId)].filter((id): id is string => id !== null);
    const linked = new Map((await store.listRegisterItemsById([...new Set(linkedIds)])).map((i) => [i.id, i]));
    const interpretations = await store.listInterpretations([item.id]);
    const today = chinaDateOf(request.now);
    const workingDays = (await store.listInterpretationDueDays([item.agencyId])).get(item.agencyId) ?? defaultInterpretationDueWorkingDays;
    const calendar = calendarFromRows(await store.listCalendarRows());
    const mayRecord = can(request.principal, 'register.update', { agencyId: item.agencyId }, context.ancestry);
    const canRecord = mayRecord && finalEventOf(events) === null && issuedOn(events) !== null;
    const relatedChoices = canRecord ? (await store.listRegisterItems([item.agencyId])).filter((i) => i.id !== item.id) : [];
    return {
      item,
      agency: context.byId.get(item.agencyId)!,
      lifecycle: events.map((event) => ({ event, related: event.relatedItemId === null ? null : (linked.get(event.relatedItemId) ?? null) })),
      issuedOn: issuedOn(events),
      validity: currentValidity(events),
      validitySince: validitySince(events),
      amends: naming.flatMap((event) => {
        const target = linked.get(event.itemId);
        return target === undefined ? [] : [{ event, target }];
      }),
      interpretations,
      interpretation: stateOf(item, interpretations, { calendar, today, workingDays }),
      canRecord,
      relatedChoices,
      today,
    };
  });
}
