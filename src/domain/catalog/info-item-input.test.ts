import { describe, expect, it } from 'vitest';
import type { InfoItemMetadata } from './info-item.ts';
import { findInfoItemProblems } from './info-item-input.ts';

const context = { subjectCodes: new Set(['S05', 'S0505']), genreCodes: new Set(['G02', 'G0301', 'G04']), today: '2026-03-02' };

const notice: InfoItemMetadata = {
  kind: 'general',
  title: '关于开展2026年度土地卫片执法检查的通知',
  publisher: '莲城县自然资源局',
  documentNumber: '莲自然资发〔2026〕3号',
  writtenOn: '2026-02-27',
  subjectCode: 'S0505',
  genreCode: 'G0301',
  validFrom: null,
  validUntil: null,
  interpretsItemId: null,
};

const paths = (metadata: InfoItemMetadata) => findInfoItemProblems(metadata, context).map((i) => `${i.code}`);

describe('findInfoItemProblems', () => {
  it('accepts a complete notice and a normative document with its validity period', () => {
    expect(findInfoItemProblems(notice, context)).toEqual([]);
    const document = { ...notice, kind: 'normativeDocument', genreCode: 'G02', validFrom: '2026-04-01', validUntil: '2031-03-31' } as const;
    expect(findInfoItemProblems(document, context)).toEqual([]);
    const interpretation = { ...notice, kind: 'interpretation', genreCode: 'G04', documentNumber: null, writtenOn: null, interpretsItemId: '0b9c3f4e-1111-4222-8333-944455556666' } as const;
    expect(findInfoItemProblems(interpretation, context)).toEqual([]);
  });

  it.each<[string, Partial<InfoItemMetadata>, string]>([
    ['an empty title', { title: '  ' }, 'title.required'],
    ['a title over 200 characters', { title: '标'.repeat(201) }, 'title.tooLong'],
    ['a title with a line break', { title: '通知\n附件' }, 'title.badCharacters'],
    ['a title with a lone surrogate', { title: '通知\uD800' }, 'title.badCharacters'],
    ['no publisher', { publisher: '' }, 'publisher.required'],
    ['a document number over 60 characters', { documentNumber: '号'.repeat(61) }, 'documentNumber.tooLong'],
    ['an impossible date', { writtenOn: '2026-02-30' }, 'writtenOn.invalidDate'],
    ['a date in the future', { writtenOn: '2026-03-03' }, 'writtenOn.inFuture'],
    ['a date before 1949-10-01', { writtenOn: '1911-10-10' }, 'writtenOn.tooEarly'],
    ['an unknown subject', { subjectCode: 'S99' }, 'subjectCode.unknownCode'],
    ['no genre', { genreCode: '' }, 'genreCode.required'],
    ['a validity period on a notice', { validFrom: '2026-04-01' }, 'validFrom.notRegisterKind'],
    ['an interpreted document on a notice', { interpretsItemId: '0b9c3f4e-1111-4222-8333-944455556666' }, 'interpretsItemId.notInterpretation'],
    ['a document in force before it was written', { kind: 'normativeDocument', validFrom: '2026-02-01' }, 'validFrom.beforeWritten'],
    ['a validity period ending before it starts', { kind: 'normativeDocument', validFrom: '2026-04-01', validUntil: '2026-04-01' }, 'validUntil.beforeValidFrom'],
    ['an end of validity that is not a date', { kind: 'regulation', validUntil: '明年' }, 'validUntil.invalidDate'],
  ])('refuses %s', (_what, change, code) => {
    expect(paths({ ...notice, ...change })).toEqual([code]);
  });

  it('reports every problem at once', () => {
    expect(paths({ ...notice, title: '', publisher: '', subjectCode: 'S99' })).toEqual(['title.required', 'publisher.required', 'subjectCode.unknownCode']);
  });
});
