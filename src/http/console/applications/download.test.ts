import { describe, expect, it } from 'vitest';
import { contentDispositionOf, encodeRfc5987, fallbackNameOf } from './download.ts';

describe('contentDispositionOf', () => {
  it('gives an ASCII fallback and the real name in RFC 5987 form', () => {
    expect(contentDispositionOf('部分公开告知书（YSQ-LCX-2026-00001）.docx', 'YSQ-LCX-2026-00001-partial.docx')).toBe(
      `attachment; filename="YSQ-LCX-2026-00001-partial.docx"; filename*=UTF-8''${encodeURIComponent('部分公开告知书（YSQ-LCX-2026-00001）.docx')}`,
    );
  });

  it('keeps quotes, semicolons and line breaks out of the header', () => {
    const header = contentDispositionOf('a";\r\nx-evil: 1.docx', 'a";\r\nb.docx');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="a_b\.docx"; filename\*=UTF-8''[^";\s]+$/);
  });

  it('encodes the characters RFC 5987 reserves beyond encodeURIComponent', () => {
    expect(encodeRfc5987("it's (1)*.pdf")).toBe('it%27s%20%281%29%2A.pdf');
  });
});

describe('fallbackNameOf', () => {
  it('names the file after the case and keeps a clean extension', () => {
    expect(fallbackNameOf('YSQ-LCX-2026-00001', 'partial', '告知书.DOCX')).toBe('YSQ-LCX-2026-00001-partial.docx');
    expect(fallbackNameOf('YSQ-LCX-2026-00001', 'attachment', '无扩展名')).toBe('YSQ-LCX-2026-00001-attachment');
  });
});
