/**
 * The receipt (回执) after an online application: the tracking number and the query code — shown
 * only now, since only the code's hash is stored — with what happens next under Art. 31, and how to
 * print it (a print button would need a script; the page works without one).
 */
import type { IsoDate } from '../../../domain/applications/case-event.ts';

export interface ApplyReceiptPageProps {
  trackingNumber: string;
  queryCode: string;
  agencyName: string;
  submittedOn: IsoDate;
  /** The submission had been made before (a double click or a retry): nothing new was stored. */
  isRepeat: boolean;
}

export function ApplyReceiptPage({ trackingNumber, queryCode, agencyName, submittedOn, isRepeat }: ApplyReceiptPageProps) {
  return (
    <section class="receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title">申请已提交</h1>
      {isRepeat ? (
        <div class="notice notice-info" role="status">
          <p>这份申请此前已经提交成功，本次没有重复提交。以下是该申请的受理编号和查询码。</p>
        </div>
      ) : null}
      <div class="receipt-card">
        <dl class="receipt-codes">
          <div>
            <dt>受理编号</dt>
            <dd>
              <code>{trackingNumber}</code>
            </dd>
          </div>
          <div>
            <dt>查询码</dt>
            <dd>
              <code>{queryCode}</code>
            </dd>
          </div>
        </dl>
        <dl class="detail-list">
          <div>
            <dt>受理机关</dt>
            <dd>{agencyName}</dd>
          </div>
          <div>
            <dt>提交日期</dt>
            <dd>{submittedOn}</dd>
          </div>
        </dl>
      </div>
      <div class="notice notice-error" role="note">
        <p class="notice-title">请立即记下或者打印查询码</p>
        <p>查询码只在本页显示这一次，系统不保存查询码本身，工作人员也无法替您找回。凭受理编号和查询码可以在“申请查询”中查看办理进度、下载答复文书。</p>
      </div>
      <h2>接下来</h2>
      <ol>
        <li>政府信息公开工作机构将与您确认收到申请。根据《中华人民共和国政府信息公开条例》第三十一条，网上提交的申请以双方确认之日为收到申请之日。</li>
        <li>本机关自收到申请之日起20个工作日内答复；需要延长的，延长期限最长不超过20个工作日，并会告知您（第三十三条）。</li>
        <li>申请内容不明确的，本机关会在收到申请之日起7个工作日内一次性告知您补正（第三十条），您可以在“申请查询”中提交补正。</li>
      </ol>
      <p class="no-print">
        打印本页：使用浏览器的“打印”功能（电脑上可按 Ctrl+P，苹果电脑按 ⌘+P）。
      </p>
      <p class="no-print">
        <a class="button button-primary" href="/track">
          查询办理进度
        </a>
      </p>
    </section>
  );
}
