import { describe, expect, it } from 'vitest';
import { defaultTemplateOf } from './default-templates.ts';
import type { ReplyValues } from './placeholders.ts';
import { renderTemplate, type RenderResult } from './render-template.ts';
import type { ReplyTemplate } from './template.ts';

const extension = defaultTemplateOf('extension');
const extensionValues: ReplyValues = {
  收到申请日期: '2026-10-30',
  受理编号: 'YSQ-2026-0012',
  申请内容: '道路改造项目招标文件',
  延长理由: '需要检索的档案较多',
  延长天数: '20',
  延长后期限: '2026-12-28',
};

function paragraphsOf(result: RenderResult): string[] {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
  return result.paragraphs;
}

function issuesOf(result: RenderResult): { code: string; path: string }[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe('renderTemplate', () => {
  it('fills the placeholders and prints dates the 公文 way', () => {
    const [first, second] = paragraphsOf(renderTemplate(extension, extensionValues));
    expect(first).toBe('本机关于2026年10月30日收到您提出的政府信息公开申请（受理编号：YSQ-2026-0012），申请获取“道路改造项目招标文件”。');
    expect(second).toContain('答复期限延长20个工作日，本机关将于2026年12月28日前作出答复。');
  });

  it('reports a missing value instead of printing undefined', () => {
    const { 申请内容: _, ...values } = extensionValues;
    const result = renderTemplate(extension, values);
    expect(result.ok).toBe(false);
    expect(issuesOf(result)).toEqual([{ code: 'value.missing', path: 'values.申请内容' }]);
  });

  it('treats a value of spaces or control characters as missing', () => {
    expect(issuesOf(renderTemplate(extension, { ...extensionValues, 延长理由: ' \u0000\t ' }))).toEqual([{ code: 'value.missing', path: 'values.延长理由' }]);
  });

  it('reports a date that is not a calendar date', () => {
    expect(issuesOf(renderTemplate(extension, { ...extensionValues, 延长后期限: '2026-02-30' }))).toEqual([{ code: 'value.invalidDate', path: 'values.延长后期限' }]);
  });

  it('refuses an extension longer than 20 working days (Art. 33)', () => {
    expect(issuesOf(renderTemplate(extension, { ...extensionValues, 延长天数: '21' }))).toEqual([{ code: 'value.invalid', path: 'values.延长天数' }]);
  });

  it('reports each missing value once although it is used twice', () => {
    const template: ReplyTemplate = { type: 'extension', title: '{{申请内容}}', paragraphs: [...extension.paragraphs, '{{申请内容}}'] };
    const { 申请内容: _, ...values } = extensionValues;
    expect(issuesOf(renderTemplate(template, values))).toEqual([{ code: 'value.missing', path: 'values.申请内容' }]);
  });

  it('reports the template issues too, so that a broken template makes no letter', () => {
    const template: ReplyTemplate = { ...extension, paragraphs: [...extension.paragraphs, '{{不存在}}'] };
    expect(issuesOf(renderTemplate(template, extensionValues))).toEqual([{ code: 'template.unknownPlaceholder', path: 'template' }]);
  });

  it('prints each line of a several-line value as a paragraph of its own', () => {
    const template = defaultTemplateOf('correction');
    const paragraphs = paragraphsOf(
      renderTemplate(template, { ...extensionValues, 补正事项: '1. 身份证明；\r\n\r\n2. 信息名称。', 补正期限: '2026-11-20' }),
    );
    expect(paragraphs.slice(1, 3)).toEqual(['1. 身份证明；', '2. 信息名称。']);
    expect(paragraphs).toHaveLength(template.paragraphs.length + 1);
  });

  it('leaves out a paragraph whose optional value is missing, and keeps it when given', () => {
    const template = defaultTemplateOf('notResponsible');
    const values: ReplyValues = { ...extensionValues, 理由: '该信息由县交通运输局制作', 复议机关: '莲花县人民政府', 管辖法院: '莲花县人民法院' };
    const without = paragraphsOf(renderTemplate(template, values));
    const withAgency = paragraphsOf(renderTemplate(template, { ...values, 负责机关: '莲花县交通运输局' }));
    expect(without).toHaveLength(template.paragraphs.length - 2);
    expect(withAgency).toHaveLength(template.paragraphs.length - 1);
    expect(withAgency.join('')).toContain('负责公开该政府信息的行政机关为莲花县交通运输局');
  });

  it('drops the full stop a one-line value ends with, since the template has its own', () => {
    const [, second] = paragraphsOf(renderTemplate(extension, { ...extensionValues, 延长理由: '需要检索的档案较多。' }));
    expect(second).toContain('因需要检索的档案较多，本机关');
  });

  it('prints a value holding placeholder syntax or markup as it is, without filling it again', () => {
    const [first] = paragraphsOf(renderTemplate(extension, { ...extensionValues, 申请内容: '{{受理编号}}<w:t>&amp;x' }));
    expect(first).toContain('“{{受理编号}}<w:t>&amp;x”');
  });

  it('keeps a line break in a one-line value out of the letter', () => {
    const paragraphs = paragraphsOf(renderTemplate(extension, { ...extensionValues, 申请内容: '甲\n乙\u0008' }));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('“甲 乙”');
  });
});
