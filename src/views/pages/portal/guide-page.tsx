/**
 * 政府信息公开指南: generated from the agency's disclosure office data and the statute (《中华人民共和国
 * 政府信息公开条例》, 2019). Parts that depend on sections still being built say so.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';

export interface GuidePageProps {
  agency: Agency;
  /** The government above a department or township, for complaints (Art. 51). */
  parent: Agency | null;
  /** The other agencies, to switch guides. */
  others: readonly Agency[];
}

export function GuidePage({ agency, parent, others }: GuidePageProps) {
  return (
    <article class="guide" aria-labelledby="guide-title">
      <h1 id="guide-title">{agency.name}政府信息公开指南</h1>
      <p class="lead">
        为便于公民、法人和其他组织获取{agency.name}的政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。
      </p>
      <OfficeSection agency={agency} />
      <section aria-labelledby="guide-proactive">
        <h2 id="guide-proactive">二、主动公开</h2>
        <p>
          本机关主动公开的政府信息，通过本平台“<a href="/catalog">政府信息公开目录</a>”栏目发布（该栏目建设中）。
        </p>
      </section>
      <ApplicationSection agency={agency} />
      <section aria-labelledby="guide-remedies">
        <h2 id="guide-remedies">四、监督和救济</h2>
        <p>
          公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向{parent === null ? '上一级行政机关' : parent.name}或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。
        </p>
      </section>
      {others.length === 0 ? null : <OtherGuides others={others} />}
    </article>
  );
}

function OfficeSection({ agency }: { agency: Agency }) {
  const rows: [string, string | null][] = [
    ['机构名称', agency.officeName],
    ['办公地址', agency.address],
    ['邮政编码', agency.postcode],
    ['联系电话', agency.phone],
    ['电子邮箱', agency.email],
    ['办公时间', agency.hours],
  ];
  return (
    <section aria-labelledby="guide-office">
      <h2 id="guide-office">一、政府信息公开工作机构</h2>
      <dl class="detail-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value ?? '暂未公布'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ApplicationSection({ agency }: { agency: Agency }) {
  return (
    <section aria-labelledby="guide-application">
      <h2 id="guide-application">三、依申请公开</h2>
      <h3>（一）申请方式</h3>
      <p>
        申请人可以当面或者通过邮寄，以书面形式向本机关政府信息公开工作机构提出申请{agency.address === null ? '' : `（地址：${agency.address}）`}；采用书面形式确有困难的，可以口头提出，由工作人员代为填写申请。也可以通过本平台<a href="/apply">网上提交申请</a>，并凭受理编号和查询码<a href="/track">查询办理进度</a>、下载答复文书。
      </p>
      <h3>（二）申请内容</h3>
      <ol>
        <li>申请人的姓名或者名称、身份证明、联系方式；</li>
        <li>申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；</li>
        <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径（《条例》第二十九条）。</li>
      </ol>
      <h3>（三）办理期限</h3>
      <p>
        能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日（《条例》第三十三条）。申请内容不明确的，本机关自收到申请之日起7个工作日内一次性告知申请人补正（《条例》第三十条）。
      </p>
      <h3>（四）收费</h3>
      <p>
        依申请提供政府信息，不收取费用。申请公开政府信息的数量、频次明显超过合理范围的，可以依照国家规定收取信息处理费（《条例》第四十二条）。
      </p>
    </section>
  );
}

function OtherGuides({ others }: { others: readonly Agency[] }) {
  return (
    <nav class="other-guides" aria-labelledby="guide-others">
      <h2 id="guide-others">其他机关的政府信息公开指南</h2>
      <ul class="agency-list">
        {others.map((a) => (
          <li key={a.id}>
            <a href={`/agencies/${a.code}/guide`}>{a.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
