/**
 * 申请查询: the tracking number and the query code open the application's status page. Any mismatch
 * gets the same neutral message, whether the number exists or not.
 */
import { CsrfField } from '../../components/csrf-field.tsx';
import { Field } from './apply-form-fields.tsx';

export interface TrackPageProps {
  trackingNumber: string;
  /** The neutral refusal, or a note (e.g. the status page's time ran out); null: none. */
  message: { kind: 'error' | 'info'; text: string } | null;
}

export const trackRefusal = '受理编号或查询码不正确，请核对后重新输入。';
export const trackExpired = '查询已超过30分钟，为保护您的信息，请重新输入受理编号和查询码。';

export function TrackPage({ trackingNumber, message }: TrackPageProps) {
  return (
    <section class="form-page track" aria-labelledby="track-title">
      <h1 id="track-title">申请查询</h1>
      <p>请输入提交申请时得到的受理编号和查询码，查看办理进度、补正申请、下载答复文书。</p>
      {message === null ? null : (
        <div class={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </div>
      )}
      <form method="post" action="/track" class="form">
        <CsrfField />
        <Field id="trackingNumber" label="受理编号" issues={[]} hint="例如 YSQ-LCX-2026-00042">
          <input id="trackingNumber" name="trackingNumber" type="text" required autocomplete="off" maxLength={60} value={trackingNumber} />
        </Field>
        <Field id="queryCode" label="查询码" issues={[]} hint="8位字母和数字，例如 ABCD-EFGH，不区分大小写">
          <input id="queryCode" name="queryCode" type="text" required autocomplete="off" autocapitalize="characters" spellcheck={false} maxLength={20} />
        </Field>
        <button type="submit" class="button button-primary">
          查询
        </button>
      </form>
      <p class="small">
        忘记查询码的，请持身份证明联系受理机关的政府信息公开工作机构（见<a href="/guide">政府信息公开指南</a>）。
      </p>
    </section>
  );
}
