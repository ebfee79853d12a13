/** The staff sign-in form: plain POST, works without JavaScript. */
import { CsrfField } from '../../components/csrf-field.tsx';
import { Notice } from '../../components/notice.tsx';

export interface LoginPageProps {
  username: string;
  /** Where to go after signing in (a path on this site). */
  next: string | null;
  /** Why the login failed or why the person must sign in again. */
  error: string | null;
  info: string | null;
}

export function LoginPage({ username, next, error, info }: LoginPageProps) {
  return (
    <section class="login-panel" aria-labelledby="login-title">
      <h1 id="login-title">工作人员登录</h1>
      <p class="muted">政务公开工作台仅供各行政机关工作人员使用。公众查阅政府信息请访问<a href="/">门户首页</a>。</p>
      {info === null ? null : <Notice kind="info">{info}</Notice>}
      {error === null ? null : (
        <div class="notice notice-error" role="alert" id="login-error">
          <p>{error}</p>
        </div>
      )}
      <form method="post" action="/login" class="form" aria-describedby={error === null ? undefined : 'login-error'}>
        <CsrfField />
        {next === null ? null : <input type="hidden" name="next" value={next} />}
        <div class="field">
          <label for="username">用户名</label>
          <input id="username" name="username" type="text" autocomplete="username" required maxLength={64} value={username} autoFocus={username === ''} />
        </div>
        <div class="field">
          <label for="password">密码</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required maxLength={1024} autoFocus={username !== ''} />
        </div>
        <button type="submit" class="button button-primary">
          登录
        </button>
      </form>
      <p class="muted small">连续输错密码5次，账号将被锁定15分钟。忘记密码请联系本机关管理员重置。</p>
    </section>
  );
}
