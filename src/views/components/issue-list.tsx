/** The problems with a submitted form, as an alert list the screen reader announces first. */
import type { Issue } from '../../domain/accounts/issue.ts';

export function IssueList({ issues, title = '请修改以下问题：' }: { issues: readonly Issue[]; title?: string }) {
  if (issues.length === 0) return null;
  return (
    <div class="notice notice-error" role="alert" id="form-errors">
      <p class="notice-title">{title}</p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}-${issue.code}`}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The messages for one field, to show beside it. */
export function issuesFor(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((issue) => issue.path === path);
}
