import { describe, expect, it } from 'vitest';
import { buildAncestry } from '../../../domain/access/scope.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AgencyContext } from '../../agency-context.ts';
import { defaultDocumentNumber, defaultRemedyBodies } from './case-letters.ts';
import { replyFieldsOf } from './reply-to-applicant.ts';

function agency(id: string, name: string, parentId: string | null): Agency {
  const at = new Date('2026-01-01T00:00:00Z');
  return { id, name, parentId, code: id, kind: parentId === null ? 'government' : 'department', creditCode: null, officeName: null, address: null, postcode: null, phone: null, email: null, hours: null, createdAt: at, updatedAt: at };
}

const county = agency('lcx', '莲城县人民政府', null);
const department = agency('lcx-zrzy', '莲城县自然资源局', 'lcx');
const context: AgencyContext = {
  agencies: [county, department],
  ancestry: buildAncestry(new Map([['lcx', null], ['lcx-zrzy', 'lcx']])),
  byId: new Map([county, department].map((a) => [a.id, a])),
  byCode: new Map([county, department].map((a) => [a.code, a])),
};

describe('defaultDocumentNumber', () => {
  it('numbers a letter after the case\'s year and sequence', () => {
    expect(defaultDocumentNumber('YSQ-LCX-ZRZY-2026-00042', 'correction')).toBe('补正告知〔2026〕42号');
    expect(defaultDocumentNumber('YSQ-LCX-ZRZY-2026-00042', 'partial')).toBe('依申请公开〔2026〕42号');
  });

  it('falls back to the tracking number when it cannot be read', () => {
    expect(defaultDocumentNumber('旧台账-7', 'feeNotice')).toBe('收费通知〔旧台账-7〕号');
  });
});

describe('defaultRemedyBodies', () => {
  it('names the county government for a department and the county court', () => {
    expect(defaultRemedyBodies(context, department)).toEqual({ 复议机关: '莲城县人民政府', 管辖法院: '莲城县人民法院' });
  });

  it('names the government one level up for the county government itself', () => {
    expect(defaultRemedyBodies(context, county)).toEqual({ 复议机关: '上一级人民政府', 管辖法院: '莲城县人民法院' });
  });
});

describe('replyFieldsOf', () => {
  it('asks for what the letter needs beyond the case, required fields first', () => {
    expect(replyFieldsOf('partial')).toEqual([
      { name: '不予公开内容', required: true },
      { name: '理由', required: true },
      { name: '提供方式', required: true },
      { name: '复议机关', required: true },
      { name: '管辖法院', required: true },
    ]);
    expect(replyFieldsOf('duplicate').map((f) => f.required)).toEqual([true, true, false, false]);
  });

  it('marks the optional values of a 非本机关职责 letter as optional', () => {
    const fields = replyFieldsOf('notResponsible');
    expect(fields.filter((f) => !f.required).map((f) => f.name).sort()).toEqual(['负责机关', '负责机关联系方式']);
  });
});
