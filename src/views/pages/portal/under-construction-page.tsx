/** A section that is not built yet says so plainly — no made-up content. */

export function UnderConstructionPage({ title, purpose }: { title: string; purpose: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p class="lead">{purpose}</p>
      <div class="notice notice-info" role="status">
        <p class="notice-title">本栏目建设中</p>
        <p>本栏目正在建设，暂无内容。如需获取政府信息，可查阅<a href="/guide">政府信息公开指南</a>，按指南所列方式联系政府信息公开工作机构。</p>
      </div>
    </section>
  );
}
