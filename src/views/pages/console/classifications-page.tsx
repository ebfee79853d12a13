/**
 * 分类管理: one tree at a time (主题分类 or 体裁分类) as a table with the number of items filed under
 * each node; a node's name opens its panel — rename, move up or down, add a child, delete (only
 * when no item uses it and it has no children; otherwise the panel says why not).
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { classificationSchemeNames, type ClassificationScheme } from '../../../domain/catalog/classification.ts';
import { classificationNameLength, maxClassificationDepth } from '../../../use-cases/catalog/settings/classification-changes.ts';
import type { ClassificationChangeResult, ClassificationRow, ClassificationsView } from '../../../use-cases/catalog/settings/classifications.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { FieldShell } from './accounts-new-page.tsx';

export interface ClassificationsPageProps {
  view: ClassificationsView;
  /** The code of the node whose panel is open. */
  edit: string | null;
  done: ClassificationChangeResult | null;
  issues: readonly Issue[];
  /** The form just refused, to show again. */
  sent: Record<string, string>;
}

const schemes: ClassificationScheme[] = ['subject', 'genre'];

export function ClassificationsPage({ view, edit, done, issues, sent }: ClassificationsPageProps) {
  const editing = edit === null ? undefined : view.rows.find((row) => row.code === edit);
  const baseUrl = `/console/classifications?scheme=${view.scheme}`;
  return (
    <div class="classifications">
      <h1>分类管理</h1>
      <p class="lead">主题分类和体裁分类用于编排政府信息公开目录，全平台各机关共用。点击分类名称可以改名、调整顺序、添加下级分类或删除；已有信息使用的分类不能删除。</p>
      <nav class="year-nav" aria-label="选择分类体系">
        {schemes.map((scheme) =>
          scheme === view.scheme ? (
            <strong key={scheme}>{classificationSchemeNames[scheme]}</strong>
          ) : (
            <a key={scheme} href={`/console/classifications?scheme=${scheme}`}>
              {classificationSchemeNames[scheme]}
            </a>
          ),
        )}
      </nav>
      {done === null ? null : <Notice kind="success">{describeDone(done)}</Notice>}
      <IssueList issues={issues} />
      {editing === undefined ? null : <EditPanel row={editing} scheme={view.scheme} baseUrl={baseUrl} issues={issues} sent={sent} />}
      <AddRootForm scheme={view.scheme} issues={editing === undefined ? issues : []} sent={editing === undefined ? sent : {}} />
      <ClassificationTable view={view} editing={editing?.code ?? null} baseUrl={baseUrl} />
    </div>
  );
}

function describeDone(done: ClassificationChangeResult): string {
  const name = `“${done.name}”`;
  switch (done.intent) {
    case 'add':
      return `已添加分类${name}（代码 ${done.code}）。`;
    case 'rename':
      return `分类名称已改为${name}。`;
    case 'moveUp':
      return `已将${name}上移一位。`;
    case 'moveDown':
      return `已将${name}下移一位。`;
    case 'delete':
      return `已删除分类${name}。`;
  }
}

function ClassificationTable({ view, editing, baseUrl }: { view: ClassificationsView; editing: string | null; baseUrl: string }) {
  return (
    <div class="table-scroll">
      <table class="case-table classification-table">
        <caption>
          {classificationSchemeNames[view.scheme]}，共 {view.rows.length} 个分类。点击分类名称进行修改。
        </caption>
        <thead>
          <tr>
            <th scope="col">分类名称</th>
            <th scope="col">代码</th>
            <th scope="col">使用的信息</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.code} id={`node-${row.code}`} aria-current={row.code === editing ? 'true' : undefined}>
              <th scope="row">
                {'　　'.repeat(row.depth)}
                {row.depth > 0 ? '└ ' : ''}
                <a href={`${baseUrl}&edit=${encodeURIComponent(row.code)}#edit-panel`} aria-label={`修改“${row.name}”`}>
                  {row.depth === 0 ? <strong>{row.name}</strong> : row.name}
                </a>
              </th>
              <td>{row.code}</td>
              <td class="cell-number">{row.usage} 条</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HiddenFields({ intent, scheme, code }: { intent: string; scheme: ClassificationScheme; code?: string }) {
  return (
    <>
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="scheme" value={scheme} />
      {code === undefined ? null : <input type="hidden" name="code" value={code} />}
    </>
  );
}

interface PanelProps {
  row: ClassificationRow;
  scheme: ClassificationScheme;
  baseUrl: string;
  issues: readonly Issue[];
  sent: Record<string, string>;
}

function EditPanel({ row, scheme, baseUrl, issues, sent }: PanelProps) {
  const renaming = sent['intent'] === 'rename';
  const adding = sent['intent'] === 'add';
  const onField = (id: string) => issues.map((i) => ({ ...i, path: i.path === 'name' ? id : i.path }));
  return (
    <section class="panel" id="edit-panel" aria-labelledby="edit-title">
      <h2 id="edit-title">
        修改分类“{row.name}”（{row.code}）
      </h2>
      <p class="small">
        已有 {row.usage} 条信息使用这个分类{row.childCount > 0 ? `，下有 ${row.childCount} 个下级分类` : ''}。<a href={baseUrl}>关闭</a>
      </p>
      <h3>修改名称</h3>
      <form method="post" action="/console/classifications" class="form">
        <HiddenFields intent="rename" scheme={scheme} code={row.code} />
        <FieldShell id="rename-name" label="分类名称" issues={renaming ? onField('rename-name') : []} hint="改名后，使用这个分类的信息随之显示新名称。">
          <input id="rename-name" name="name" type="text" value={renaming ? (sent['name'] ?? row.name) : row.name} maxLength={classificationNameLength} />
        </FieldShell>
        <button type="submit" class="button button-primary">
          保存名称
        </button>
      </form>
      <MoveForms row={row} scheme={scheme} />
      {row.depth + 1 >= maxClassificationDepth ? null : (
        <>
          <h3>添加下级分类</h3>
          <form method="post" action="/console/classifications" class="form">
            <HiddenFields intent="add" scheme={scheme} />
            <input type="hidden" name="parentCode" value={row.code} />
            <FieldShell id="child-name" label={`在“${row.name}”下添加`} issues={adding ? onField('child-name') : []}>
              <input id="child-name" name="name" type="text" value={adding ? (sent['name'] ?? '') : ''} maxLength={classificationNameLength} />
            </FieldShell>
            <button type="submit" class="button button-secondary">
              添加下级分类
            </button>
          </form>
        </>
      )}
      <h3>删除</h3>
      <DeleteForm row={row} scheme={scheme} />
    </section>
  );
}

function MoveForms({ row, scheme }: { row: ClassificationRow; scheme: ClassificationScheme }) {
  if (row.isFirst && row.isLast) return null;
  return (
    <>
      <h3>调整顺序</h3>
      <p class="small">在同一级分类中上移或下移一位。</p>
      <div class="form-actions">
        {row.isFirst ? null : (
          <form method="post" action="/console/classifications" class="inline-form">
            <HiddenFields intent="moveUp" scheme={scheme} code={row.code} />
            <button type="submit" class="button button-secondary">
              上移一位
            </button>
          </form>
        )}{' '}
        {row.isLast ? null : (
          <form method="post" action="/console/classifications" class="inline-form">
            <HiddenFields intent="moveDown" scheme={scheme} code={row.code} />
            <button type="submit" class="button button-secondary">
              下移一位
            </button>
          </form>
        )}
      </div>
    </>
  );
}

function DeleteForm({ row, scheme }: { row: ClassificationRow; scheme: ClassificationScheme }) {
  if (row.childCount > 0) return <p>“{row.name}”下还有下级分类，不能删除。</p>;
  if (row.usage > 0) return <p>有 {row.usage} 条信息使用“{row.name}”，不能删除；如需调整，可以只修改名称。</p>;
  return (
    <form method="post" action="/console/classifications" class="form">
      <HiddenFields intent="delete" scheme={scheme} code={row.code} />
      <p>没有信息使用这个分类，可以删除。</p>
      <button type="submit" class="button button-secondary">
        删除这个分类
      </button>
    </form>
  );
}

function AddRootForm({ scheme, issues, sent }: { scheme: ClassificationScheme; issues: readonly Issue[]; sent: Record<string, string> }) {
  const adding = sent['intent'] === 'add';
  return (
    <section class="panel" aria-labelledby="add-root">
      <h2 id="add-root">添加一级分类</h2>
      <form method="post" action="/console/classifications" class="form">
        <HiddenFields intent="add" scheme={scheme} />
        <FieldShell id="name" label="分类名称" issues={adding ? issues : []} hint={`不超过 ${classificationNameLength} 个字；添加在${classificationSchemeNames[scheme]}的最后，可再调整顺序。`}>
          <input id="name" name="name" type="text" value={adding ? (sent['name'] ?? '') : ''} maxLength={classificationNameLength} />
        </FieldShell>
        <button type="submit" class="button button-secondary">
          添加
        </button>
      </form>
    </section>
  );
}
