import { describe, expect, it } from 'vitest';
import { defaultTemplateOf } from './default-templates.ts';
import { replyTypes, type ReplyType } from './reply-type.ts';
import { checkTemplate, formatTemplate, parseTemplate, templateMaxLength } from './template.ts';

const grantedText = formatTemplate(defaultTemplateOf('granted'));

function codesOf(type: ReplyType, text: string): string[] {
  return checkTemplate(type, text).map((i) => i.code);
}

describe('checkTemplate', () => {
  it.each(replyTypes)('accepts the default %s template', (type) => {
    expect(checkTemplate(type, formatTemplate(defaultTemplateOf(type)))).toEqual([]);
  });

  it('reports a placeholder that does not exist, naming it', () => {
    const issues = checkTemplate('granted', grantedText.replace('{{提供方式}}', '{{提供方式}}{{申请人电话}}'));
    expect(issues).toEqual([{ code: 'template.unknownPlaceholder', path: 'template', message: '第2段的占位符 {{申请人电话}} 不存在。' }]);
  });

  it('reports a known placeholder that belongs to another letter', () => {
    expect(codesOf('granted', `${grantedText}\n请于{{补正期限}}前补正。`)).toEqual(['template.placeholderNotAllowed']);
  });

  it('reports a required placeholder that was removed', () => {
    const issues = checkTemplate('granted', grantedText.replace('，{{提供方式}}', ''));
    expect(issues.map((i) => i.message)).toEqual(['予以公开告知书必须包含占位符 {{提供方式}}。']);
  });

  it('reports each required placeholder of a notice that is missing', () => {
    const text = formatTemplate(defaultTemplateOf('correction')).replace('{{补正事项}}', '请补正。').replace('{{补正期限}}', '七日内');
    expect(codesOf('correction', text)).toEqual(['template.requiredMissing', 'template.requiredMissing']);
  });

  it('reports a 不再处理告知书 whose remedy sentence was removed', () => {
    const template = defaultTemplateOf('unpaidFee');
    const text = formatTemplate({ ...template, paragraphs: [...template.paragraphs.slice(0, -1), '特此告知。{{复议机关}}{{管辖法院}}'] });
    expect(codesOf('unpaidFee', text)).toEqual(['template.remedyMissing']);
  });

  it('reports a decision whose remedy sentence was removed', () => {
    const template = defaultTemplateOf('denied');
    const text = formatTemplate({ ...template, paragraphs: [...template.paragraphs.slice(0, -1), '特此告知。{{复议机关}}{{管辖法院}}'] });
    expect(codesOf('denied', text)).toEqual(['template.remedyMissing']);
  });

  it('reports a remedy sentence whose statutory periods were changed', () => {
    expect(codesOf('denied', formatTemplate(defaultTemplateOf('denied')).replace('60日', '30日'))).toEqual(['template.remedyPeriod']);
    expect(codesOf('denied', formatTemplate(defaultTemplateOf('denied')).replace('6个月', '3个月'))).toEqual(['template.remedyPeriod']);
  });

  it('accepts the periods written in Chinese numerals', () => {
    const text = formatTemplate(defaultTemplateOf('denied')).replace('60日', '六十日').replace('6个月', '六个月');
    expect(checkTemplate('denied', text)).toEqual([]);
  });

  it('requires the remedy sentence in the fee notice but not in the other notices', () => {
    const fee = defaultTemplateOf('feeNotice');
    expect(codesOf('feeNotice', formatTemplate({ ...fee, paragraphs: fee.paragraphs.slice(0, -1) }))).toEqual([
      'template.requiredMissing',
      'template.requiredMissing',
      'template.remedyMissing',
    ]);
    expect(codesOf('extension', formatTemplate(defaultTemplateOf('extension')))).toEqual([]);
  });

  it('reports unbalanced braces', () => {
    expect(codesOf('granted', grantedText.replace('{{提供方式}}', '{{提供方式}')).slice(0, 1)).toEqual(['template.malformedPlaceholder']);
    expect(codesOf('granted', `${grantedText}\n}}`)).toEqual(['template.malformedPlaceholder']);
  });

  it('reports a template with no title or no body', () => {
    expect(codesOf('nonexistent', '\n\n')).toContain('template.titleMissing');
    expect(codesOf('correction', '补正告知书')).toEqual(['template.bodyMissing', 'template.requiredMissing', 'template.requiredMissing']);
  });

  it('refuses a text longer than the limit before reading it', () => {
    expect(codesOf('granted', grantedText + 'x'.repeat(templateMaxLength))).toEqual(['template.tooLong']);
  });
});

describe('parseTemplate', () => {
  it('reads back what formatTemplate wrote', () => {
    for (const type of replyTypes) {
      expect(parseTemplate(type, formatTemplate(defaultTemplateOf(type)))).toEqual(defaultTemplateOf(type));
    }
  });

  it('takes the first non-empty line as the title and drops empty lines and control characters', () => {
    expect(parseTemplate('granted', '\r\n  标题\u0000 \r\n\r\n第一段\n\n 第二段 \n')).toEqual({ type: 'granted', title: '标题', paragraphs: ['第一段', '第二段'] });
  });
});
