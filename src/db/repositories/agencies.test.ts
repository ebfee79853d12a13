import { expect, it } from 'vitest';
import { buildAgency, createTestAgency } from '../../../test/factories.ts';
import { composeCreditCode } from '../../domain/agencies/credit-code.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { createAgency, getAgencyByCode, getAgencyById, listAgencies, listAgencyTree, listSubtreeIds, updateDisclosureOffice } from './agencies.ts';

describeEachDatabase('agencies repository', ({ db }) => {
  it('creates an agency and finds it by id and by code', async () => {
    const created = await createAgency(db(), buildAgency({ name: '莲城县财政局', creditCode: composeCreditCode('11', '439901', 'L0000005') }));
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getAgencyById(db(), created.id)).toEqual(created);
    expect(await getAgencyByCode(db(), created.code)).toEqual(created);
    expect(created).toMatchObject({ name: '莲城县财政局', kind: 'department', parentId: null });
    expect(created.createdAt).toBeInstanceOf(Date);
  });

  it('answers null for an unknown id, a malformed id and an unknown code', async () => {
    expect(await getAgencyById(db(), '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getAgencyById(db(), "1' or '1'='1")).toBeNull();
    expect(await getAgencyByCode(db(), 'no-such-agency')).toBeNull();
  });

  it('refuses a second agency with the same code', async () => {
    const first = await createTestAgency(db());
    await expect(createAgency(db(), buildAgency({ code: first.code }))).rejects.toThrow();
  });

  it('refuses a malformed code, an unknown kind and a malformed credit code', async () => {
    await expect(createAgency(db(), buildAgency({ code: 'Bad Code' }))).rejects.toThrow();
    await expect(createAgency(db(), buildAgency({ kind: 'village' as never }))).rejects.toThrow();
    await expect(createAgency(db(), buildAgency({ creditCode: '123' }))).rejects.toThrow();
  });

  it('lists the subtree of an agency and nothing outside it', async () => {
    const county = await createTestAgency(db(), { kind: 'government' });
    const dept = await createTestAgency(db(), { parentId: county.id });
    const town = await createTestAgency(db(), { parentId: county.id, kind: 'township' });
    const office = await createTestAgency(db(), { parentId: town.id });
    const elsewhere = await createTestAgency(db());
    expect(new Set(await listSubtreeIds(db(), county.id))).toEqual(new Set([county.id, dept.id, town.id, office.id]));
    expect(await listSubtreeIds(db(), town.id)).toEqual(expect.arrayContaining([town.id, office.id]));
    expect(await listSubtreeIds(db(), town.id)).toHaveLength(2);
    expect(await listSubtreeIds(db(), elsewhere.id)).toEqual([elsewhere.id]);
    expect(await listSubtreeIds(db(), 'not-a-uuid')).toEqual([]);
  });

  it('lists every agency by code and nests them as a tree', async () => {
    const county = await createTestAgency(db(), { kind: 'government' });
    const child = await createTestAgency(db(), { parentId: county.id });
    const all = await listAgencies(db());
    const codes = all.map((a) => a.code);
    expect(codes).toEqual([...codes].sort());
    const tree = await listAgencyTree(db());
    const node = tree.find((n) => n.id === county.id);
    expect(node?.children.map((c) => c.id)).toEqual([child.id]);
  });

  it('updates only the office details given, and updated_at', async () => {
    const agency = await createTestAgency(db());
    const now = new Date('2025-06-01T02:00:00.000Z');
    const updated = await updateDisclosureOffice(db(), agency.id, { phone: '0739-5219999', hours: null }, now);
    expect(updated).toMatchObject({ phone: '0739-5219999', hours: null, address: agency.address, email: agency.email, updatedAt: now });
    expect(await getAgencyById(db(), agency.id)).toEqual(updated);
    expect(await updateDisclosureOffice(db(), '00000000-0000-4000-8000-000000000000', { phone: 'x' }, now)).toBeNull();
  });
});
