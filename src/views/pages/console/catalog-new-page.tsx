/** 新建信息: the draft form; saved as a draft of its author, who then adds attachments and submits it. */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { ItemFormOptions } from '../../../use-cases/catalog/items/item-form-options.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { ItemFormFields } from './catalog-form-fields.tsx';

export interface CatalogNewPageProps {
  options: ItemFormOptions;
  values: Readonly<Record<string, string>>;
  issues: readonly Issue[];
  /** A refusal by the rules (a duplicate 索引号): the message. */
  error: string | null;
}

export function CatalogNewPage({ options, values, issues, error }: CatalogNewPageProps) {
  return (
    <div class="catalog-form-page">
      <p class="breadcrumb">
        <a href="/console/catalog">主动公开</a> › 新建信息
      </p>
      <h1>新建信息</h1>
      <p class="lead">先保存为草稿，再在草稿页面上传附件、提交审核。提交后依次经初审、复审、终审，终审通过即发布（或按选定的时间定时发布）。</p>
      {error === null ? null : (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">未能保存：</p>
          <p>{error}</p>
          <p class="small">本次提交的内容没有保存。</p>
        </div>
      )}
      <IssueList issues={issues} />
      <form method="post" action="/console/catalog/new" enctype="multipart/form-data" class="case-form form-wide">
        <CsrfField />
        <ItemFormFields form="item" options={options} values={values} issues={issues} isNew />
        <button type="submit" class="button button-primary">
          保存草稿
        </button>
      </form>
    </div>
  );
}
