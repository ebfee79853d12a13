/**
 * The one-time password of a new account or a reset, shown ONCE: only its hash is stored. The page
 * is the answer to the POST itself (not a redirect), so the password never travels in a URL, a
 * cookie or the database; the page is sent with `Cache-Control: no-store`.
 */
import { Notice } from '../../components/notice.tsx';
import type { AccountView } from './accounts-status.tsx';

export interface AccountsPasswordPageProps {
  kind: 'created' | 'reset';
  account: AccountView;
  oneTimePassword: string;
  /** Sessions ended by a reset. */
  sessionsEnded: number;
}

export function AccountsPasswordPage({ kind, account, oneTimePassword, sessionsEnded }: AccountsPasswordPageProps) {
  return (
    <>
      <h1>{kind === 'created' ? '账号已建立' : '密码已重置'}</h1>
      <Notice kind="success">
        <p>
          {account.displayName}（{account.username}，{account.agency.name}）
          {kind === 'created' ? '的账号已建立。' : `的密码已重置${sessionsEnded > 0 ? `，其 ${sessionsEnded} 个登录会话已结束` : ''}。`}
        </p>
      </Notice>
      <section class="panel" aria-labelledby="otp-title">
        <h2 id="otp-title">一次性密码</h2>
        <p class="one-time-password">
          <code>{oneTimePassword}</code>
        </p>
        <p>
          <strong>此密码只显示这一次</strong>，离开本页后无法再次查看。请当面或通过安全渠道交给本人；本人登录后必须立即修改为只有自己知道的密码。
        </p>
        <p class="muted small">密码不含容易混淆的字符（0/O、1/l/I），区分大小写。</p>
      </section>
      <p>
        <a href={`/console/accounts/${account.id}`}>查看该账号</a> · <a href="/console/accounts">返回账号管理</a>
      </p>
    </>
  );
}
