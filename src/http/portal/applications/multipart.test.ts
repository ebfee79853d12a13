import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart, uploadsOf } from './multipart.ts';
import { buildMultipart } from './intake-test-client.ts';

function parse(fields: Record<string, string | string[]>, files: Parameters<typeof buildMultipart>[1] = []) {
  const { contentType, payload } = buildMultipart(fields, files);
  return parseMultipart(payload, boundaryOf(contentType)!);
}

describe('parseMultipart', () => {
  it('reads text fields in UTF-8, repeated fields as lists, and files apart', () => {
    const body = parse({ personName: '张三', accessibility: ['visual', 'hearing'], _csrf: 'token' }, [{ filename: '身份证 "正面".pdf', contentType: 'application/pdf', bytes: Uint8Array.from([1, 2, 3]) }]);
    expect({ ...body }).toEqual({ personName: '张三', accessibility: ['visual', 'hearing'], _csrf: 'token' });
    expect(uploadsOf(body)).toEqual([{ field: 'attachments', filename: '身份证 "正面".pdf', contentType: 'application/pdf', bytes: Uint8Array.from([1, 2, 3]) }]);
  });

  it('keeps CR LF inside a value and a file, and skips a file input left empty', () => {
    const body = parse({ description: 'a\r\nb' }, [{ filename: '', bytes: new Uint8Array() }, { filename: 'x.png', bytes: Buffer.from('\r\n--not-a-boundary\r\n') }]);
    expect(body['description']).toBe('a\r\nb');
    expect(uploadsOf(body).map((f) => Buffer.from(f.bytes).toString())).toEqual(['\r\n--not-a-boundary\r\n']);
  });

  it('refuses invalid UTF-8 in a field, a body without the boundary, and too many parts', () => {
    const bad = Buffer.concat([Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n'), Buffer.from([0xff]), Buffer.from('\r\n--b--\r\n')]);
    expect(() => parseMultipart(bad, 'b')).toThrow('UTF-8');
    expect(() => parseMultipart(Buffer.from('nothing here'), 'b')).toThrow('表单格式不正确');
    expect(() => parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'), 'b')).toThrow('表单格式不正确');
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, 'x']));
    expect(() => parse(many)).toThrow('表单字段过多');
  });

  it('finds the boundary, quoted or not, and nothing when it is missing', () => {
    expect(boundaryOf('multipart/form-data; boundary=----abc')).toBe('----abc');
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/form-data')).toBeNull();
  });
});
