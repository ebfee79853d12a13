/** 文书模板: the letters of the chosen agency, each with the wording in use (the agency's own, or the default). */
import type { TemplateList } from '../../../use-cases/applications/cases/reply-templates.ts';
import { Notice } from '../../components/notice.tsx';
import { formatTime } from './accounts-status.tsx';

export function ReplyTemplatesPage({ list, notice }: { list: TemplateList; notice: string | null }) {
  const { agency, agencies, items } = list;
  return (
    <div class="templates-page">
      <h1>文书模板</h1>
      <p class="lead">答复书和告知书按模板生成，点击文书名称查看和修改。模板可以按本机关的习惯修改；必需的占位符和救济途径（60日内申请行政复议、6个月内提起行政诉讼）不能删去。</p>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      {agencies.length > 1 ? (
        <form method="get" action="/console/reply-templates" class="filter-form">
          <div class="field">
            <label for="agencyCode">机关</label>
            <select id="agencyCode" name="agencyCode">
              {agencies.map((a) => (
                <option key={a.code} value={a.code} selected={a.code === agency?.code}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button-primary">
            查看
          </button>
        </form>
      ) : null}
      {agency === null ? (
        <p>您没有可以修改模板的机关。</p>
      ) : (
        <div class="table-scroll">
          <table class="case-table">
            <caption>{agency.name}的文书模板</caption>
            <thead>
              <tr>
                <th scope="col">文书（依据）</th>
                <th scope="col">类别</th>
                <th scope="col">使用的模板</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.type}>
                  <th scope="row">
                    <a href={`/console/reply-templates/${agency.code}/${item.type}`}>{item.info.name}</a>
                    <span class="cell-note">条例{item.info.article}</span>
                  </th>
                  <td>{item.info.kind === 'decision' ? '答复，办结申请' : '告知，办理中发出'}</td>
                  <td>{item.isCustomized ? `本机关修改版（${formatTime(item.updatedAt?.toISOString() ?? null)}）` : '默认模板'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
