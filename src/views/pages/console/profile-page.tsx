/** The staff member's own settings: the display name shown in the console and the audit trail. */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { displayNameLength } from '../../../domain/accounts/account-rules.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList, issuesFor } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';

export interface ProfilePageProps {
  displayName: string;
  issues: readonly Issue[];
  saved: boolean;
}

export function ProfilePage({ displayName, issues, saved }: ProfilePageProps) {
  const own = issuesFor(issues, 'displayName');
  return (
    <section class="form-page" aria-labelledby="profile-title">
      <h1 id="profile-title">账号设置</h1>
      {saved ? <Notice kind="success">姓名已保存。</Notice> : null}
      <IssueList issues={issues} />
      <form method="post" action="/console/profile" class="form">
        <CsrfField />
        <div class={own.length > 0 ? 'field field-invalid' : 'field'}>
          <label for="displayName">姓名</label>
          <input
            id="displayName"
            name="displayName"
            type="text"
            autocomplete="name"
            required
            maxLength={displayNameLength.max}
            value={displayName}
            aria-invalid={own.length > 0 ? 'true' : undefined}
            aria-describedby="displayName-hint"
          />
          <p id="displayName-hint" class="field-hint">
            显示在工作台和审计日志中，最多{displayNameLength.max}个字符。
          </p>
        </div>
        <button type="submit" class="button button-primary">
          保存
        </button>
      </form>
    </section>
  );
}
