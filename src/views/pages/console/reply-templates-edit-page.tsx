/**
 * One letter's template: the text (first line the title, each further line a paragraph, {{占位符}}
 * for the case's values) with its problems beside it, the placeholders it may use, the default
 * wording for comparison, and going back to the default.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { TemplateEditor } from '../../../use-cases/applications/cases/reply-templates.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';

export interface ReplyTemplatesEditPageProps {
  editor: TemplateEditor;
  /** The submitted text when it was refused; null: the text in use. */
  text: string | null;
  issues: readonly Issue[];
  notice: string | null;
}

export function ReplyTemplatesEditPage({ editor, text, issues, notice }: ReplyTemplatesEditPageProps) {
  const { agency, info, type } = editor;
  const action = `/console/reply-templates/${agency.code}/${type}`;
  return (
    <div class="templates-page">
      <p class="breadcrumb">
        <a href={`/console/reply-templates?agencyCode=${encodeURIComponent(agency.code)}`}>文书模板</a> › {info.name}
      </p>
      <h1>
        {info.name}
        <span class="muted small">（{agency.name}）</span>
      </h1>
      <p class="lead">
        依据条例{info.article}。{editor.isCustomized ? '目前使用本机关修改后的模板。' : '目前使用默认模板。'}
      </p>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      <div class="case-columns">
        <div class="case-main">
          <form method="post" action={action} class="panel case-form">
            <CsrfField />
            <IssueList issues={issues} title="模板有以下问题，未保存：" />
            <div class={issues.length > 0 ? 'field field-invalid' : 'field'}>
              <label for="template">模板内容</label>
              <p class="field-hint">第一行是文书标题，以后每一行是一个自然段。文号、称谓、落款和日期由系统排版，不必写入。</p>
              <textarea id="template" name="template" rows={18} class="template-text">
                {text ?? editor.currentText}
              </textarea>
              {issues.length === 0 ? null : <p class="field-error">请按上面列出的问题修改后再保存。</p>}
            </div>
            <button type="submit" class="button button-primary">
              保存模板
            </button>
          </form>
          {editor.isCustomized ? (
            <form method="post" action={`${action}/reset`} class="panel case-form">
              <CsrfField />
              <p>恢复默认模板后，本机关修改的内容将被删除，以后生成的文书使用默认模板。</p>
              <button type="submit" class="button button-secondary">
                恢复默认模板
              </button>
            </form>
          ) : null}
          <details class="panel">
            <summary>查看默认模板</summary>
            <pre class="template-default">{editor.defaultText}</pre>
          </details>
        </div>
        <div class="case-side">
          <section class="panel" aria-labelledby="placeholders-title">
            <h2 id="placeholders-title">可以使用的占位符</h2>
            <dl class="placeholder-list">
              {editor.placeholders.map((p) => (
                <div key={p.name}>
                  <dt>
                    <code>{`{{${p.name}}}`}</code>
                    {p.required ? <span class="flag flag-required">必需</span> : null}
                  </dt>
                  <dd>{p.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      </div>
    </div>
  );
}
