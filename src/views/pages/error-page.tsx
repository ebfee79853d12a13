/** The friendly page for a refused or failed request: what happened, in Chinese, and where to go. */
import type { Issue } from '../../domain/accounts/issue.ts';
import { IssueList } from '../components/issue-list.tsx';

export interface ErrorPageProps {
  status: number;
  message: string;
  issues?: readonly Issue[];
  /** Where the person can go next. */
  links: readonly { href: string; label: string }[];
}

const headings: Record<number, string> = {
  400: '请求无法处理',
  401: '请先登录',
  403: '没有权限',
  404: '页面不存在',
  409: '操作冲突',
  413: '提交的内容过大',
  415: '不支持的提交格式',
  422: '提交的内容有误',
  423: '账号已锁定',
  429: '请求过于频繁',
  500: '系统出现问题',
  503: '服务暂时不可用',
};

export function headingForStatus(status: number): string {
  return headings[status] ?? (status >= 500 ? '系统出现问题' : '请求无法处理');
}

export function ErrorPage({ status, message, issues = [], links }: ErrorPageProps) {
  return (
    <section class="error-page" aria-labelledby="error-title">
      <p class="error-status">错误代码 {status}</p>
      <h1 id="error-title">{headingForStatus(status)}</h1>
      <p class="lead">{message}</p>
      <IssueList issues={issues} />
      <ul class="link-list">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
