/**
 * The draft form's fields, for a new item and for editing a draft: the standard metadata of the
 * catalogue (类别, 标题, 发布机构, 文号, 成文日期, 主题分类, 体裁分类), the fields of one kind only
 * (施行日期 and 有效期至 for rules and normative documents, the interpreted document for an
 * interpretation) and the body — plain text (one paragraph per line) or simple HTML.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { infoItemKindNames, infoItemKinds, infoItemLimits } from '../../../domain/catalog/info-item.ts';
import type { ItemFormOptions } from '../../../use-cases/catalog/items/item-form-options.ts';
import { Select, TextArea, TextInput } from './applications-form-fields.tsx';

export interface ItemFormFieldsProps {
  form: string;
  options: ItemFormOptions;
  values: Readonly<Record<string, string>>;
  issues: readonly Issue[];
  /** A new item also chooses its agency and may bring its own 索引号. */
  isNew: boolean;
}

export function ItemFormFields({ form, options, values, issues, isNew }: ItemFormFieldsProps) {
  const field = { form, issues };
  const value = (name: string) => values[name] ?? '';
  const indent = (depth: number) => '　'.repeat(depth);
  return (
    <>
      <fieldset class="form-section">
        <legend>基本信息</legend>
        {isNew ? (
          <Select {...field} name="agencyCode" label="发布信息的机关" value={value('agencyCode')} options={options.agencies.map((a) => ({ value: a.code, label: a.name }))} {...(options.agencies.length === 1 ? {} : { placeholder: '请选择' })} required />
        ) : null}
        <Select {...field} name="kind" label="信息类别" value={value('kind') || 'general'} options={infoItemKinds.map((kind) => ({ value: kind, label: infoItemKindNames[kind] }))} hint="规章和行政规范性文件发布后进入规范性文件登记；政策解读须选择所解读的文件。" required />
        <TextInput {...field} name="title" label="标题" value={value('title')} maxLength={infoItemLimits.titleLength} required />
        <div class="field-row">
          <TextInput {...field} name="publisher" label="发布机构" value={value('publisher')} maxLength={infoItemLimits.publisherLength} required />
          <TextInput {...field} name="documentNumber" label="文号（没有可不填）" value={value('documentNumber')} maxLength={infoItemLimits.documentNumberLength} hint="如：莲自然资发〔2026〕3号" />
          <TextInput {...field} name="writtenOn" label="成文日期" type="date" value={value('writtenOn')} />
        </div>
        <div class="field-row">
          <Select {...field} name="subjectCode" label="主题分类" value={value('subjectCode')} placeholder="请选择" options={options.subjects.map((o) => ({ value: o.code, label: `${indent(o.depth)}${o.label}` }))} required />
          <Select {...field} name="genreCode" label="体裁分类" value={value('genreCode')} placeholder="请选择" options={options.genres.map((o) => ({ value: o.code, label: `${indent(o.depth)}${o.label}` }))} required />
        </div>
        {isNew ? <TextInput {...field} name="indexNumber" label="索引号（一般留空）" value={value('indexNumber')} hint="留空则按本机关的索引号规则自动生成。补录已有索引号的旧文件时，可在此填写原索引号。" /> : null}
      </fieldset>
      <fieldset class="form-section">
        <legend>规章、行政规范性文件填写</legend>
        <div class="field-row">
          <TextInput {...field} name="validFrom" label="施行日期" type="date" value={value('validFrom')} hint="不填则以发布日期为施行日期。" />
          <TextInput {...field} name="validUntil" label="有效期至（没有可不填）" type="date" value={value('validUntil')} hint="到期后次日自动标为失效。" />
        </div>
      </fieldset>
      <fieldset class="form-section">
        <legend>政策解读填写</legend>
        <Select
          {...field}
          name="interpretsItemId"
          label="所解读的文件"
          value={value('interpretsItemId')}
          placeholder="（不是政策解读，或解读的文件不在本目录中）"
          options={options.documents.map((d) => ({ value: d.id, label: `${d.title}${d.documentNumber === null ? '' : `（${d.documentNumber}）`} ${d.indexNumber}` }))}
        />
      </fieldset>
      <fieldset class="form-section">
        <legend>正文</legend>
        <TextArea
          {...field}
          name="bodyHtml"
          label="正文内容"
          value={value('bodyHtml')}
          rows={16}
          hint="可直接粘贴文字，每行一段。也可使用简单的 HTML：段落、标题、加粗、列表、表格、链接。脚本、样式、事件属性等不安全的内容会被自动删除。较长的文件请作为附件上传。"
        />
      </fieldset>
    </>
  );
}
