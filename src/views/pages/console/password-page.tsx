/** Changing one's own password; also the forced change after the first sign-in or a reset. */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { passwordLength } from '../../../domain/accounts/password-policy.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList, issuesFor } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';

export interface PasswordPageProps {
  isForced: boolean;
  issues: readonly Issue[];
}

const passwordRules = `至少${passwordLength.min}个字符，包含大写字母、小写字母、数字、符号中的至少三类；不能包含用户名或姓名，不能使用常见密码。`;

export function PasswordPage({ isForced, issues }: PasswordPageProps) {
  return (
    <section class="form-page" aria-labelledby="password-title">
      <h1 id="password-title">修改密码</h1>
      {isForced ? (
        <Notice kind="info">
          <p class="notice-title">请先设置新密码</p>
          <p>您的密码由管理员设置（首次登录或密码被重置），为保障账号安全，须修改为只有您本人知道的密码后才能继续使用工作台。</p>
        </Notice>
      ) : null}
      <IssueList issues={issues} />
      <form method="post" action="/console/password" class="form">
        <CsrfField />
        <PasswordField id="currentPassword" label="当前密码" autocomplete="current-password" issues={issues} />
        <PasswordField id="newPassword" label="新密码" autocomplete="new-password" issues={issues} hint={passwordRules} />
        <PasswordField id="confirmPassword" label="再次输入新密码" autocomplete="new-password" issues={issues} />
        <button type="submit" class="button button-primary">
          保存新密码
        </button>
      </form>
      <p class="muted small">修改密码后，您在其他设备上的登录将全部退出。</p>
    </section>
  );
}

interface PasswordFieldProps {
  id: string;
  label: string;
  autocomplete: string;
  issues: readonly Issue[];
  /** The rules, shown under the field and read with it. */
  hint?: string;
}

function PasswordField({ id, label, autocomplete, issues, hint }: PasswordFieldProps) {
  const own = id === 'newPassword' ? issuesFor(issues, 'password') : issuesFor(issues, id);
  const errorId = `${id}-error`;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const describedBy = [hintId, own.length > 0 ? errorId : undefined].filter((v) => v !== undefined).join(' ');
  return (
    <div class={own.length > 0 ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="password"
        autocomplete={autocomplete}
        required
        maxLength={1024}
        aria-invalid={own.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
      />
      {hint === undefined ? null : (
        <p id={hintId} class="field-hint">
          {hint}
        </p>
      )}
      {own.length > 0 ? (
        <p id={errorId} class="field-error">
          {own.map((issue) => issue.message).join(' ')}
        </p>
      ) : null}
    </div>
  );
}
