/** The result of verifying the audit trail's hash chain. */
import type { BrokenLink } from '../../../domain/audit/hash-chain.ts';
import { Notice } from '../../components/notice.tsx';

export interface AuditVerificationPageProps {
  count: number;
  brokenLink: BrokenLink | null;
  lastHash: string | null;
}

export function AuditVerificationPage({ count, brokenLink, lastHash }: AuditVerificationPageProps) {
  return (
    <>
      <p class="small">
        <a href="/console/audit">← 审计日志</a>
      </p>
      <h1>审计日志核验结果</h1>
      {brokenLink === null ? (
        <Notice kind="success">
          <p>已核验全部 {count} 条记录，哈希链完整，未发现改动、删除或插入。</p>
        </Notice>
      ) : (
        <Notice kind="error">
          <p class="notice-title">哈希链在第 {brokenLink.seq} 条记录处断开</p>
          <p>{brokenLink.message}</p>
          <p>已核验 {count} 条记录。请保留现场并按安全事件处置流程报告。</p>
        </Notice>
      )}
      {lastHash === null ? null : (
        <section class="panel" aria-labelledby="anchor-title">
          <h2 id="anchor-title">最后一条完好记录的哈希</h2>
          <p>
            <code class="hash">{lastHash}</code>
          </p>
          <p class="muted small">请将记录数和此哈希另行保存（例如打印存档）：删除末尾的记录不会使链断开，只有与保存的值比对才能发现。</p>
        </section>
      )}
    </>
  );
}
