/**
 * 政府信息公开指南, generated from the agency's data and its catalogue: the disclosure office (name,
 * address, hours, phone), what the agency publishes — its catalogue by subject and genre with the
 * number of items, linked to the catalogue so filtered — how and when, how to apply, the fee rules
 * (国办函〔2020〕109号) and the remedies, as the statute (《中华人民共和国政府信息公开条例》, 2019) asks.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import { freeApplicationsPerMonth, perApplicationBandOf } from '../../../domain/fees/per-application-fee.ts';
import { freePages, perPageBands } from '../../../domain/fees/per-page-fee.ts';
import { agencyCatalogPath, agencyGuidePath, catalogHref } from '../../../use-cases/catalog/portal/item-url.ts';
import type { GuideCount, GuideView } from '../../../use-cases/catalog/portal/view-guide.ts';
import { formatDate } from './item-page.tsx';

export function GuidePage({ view }: { view: GuideView }) {
  const { agency, parent, others } = view;
  return (
    <article class="guide" aria-labelledby="guide-title">
      <h1 id="guide-title">{agency.name}政府信息公开指南</h1>
      <p class="lead">
        为便于公民、法人和其他组织获取{agency.name}的政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。
      </p>
      <nav class="guide-contents" aria-label="本指南目录">
        <ol>
          <li><a href="#guide-office">政府信息公开工作机构</a></li>
          <li><a href="#guide-proactive">主动公开</a></li>
          <li><a href="#guide-application">依申请公开</a></li>
          <li><a href="#guide-fees">信息处理费</a></li>
          <li><a href="#guide-remedies">监督和救济</a></li>
        </ol>
      </nav>
      <OfficeSection agency={agency} />
      <ProactiveSection view={view} />
      <ApplicationSection agency={agency} />
      <FeeSection />
      <section aria-labelledby="guide-remedies">
        <h2 id="guide-remedies">五、监督和救济</h2>
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
      <p>本机关政府信息公开工作机构负责本机关政府信息公开的日常工作，受理政府信息公开申请，提供政府信息查阅和咨询。</p>
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

function ProactiveSection({ view }: { view: GuideView }) {
  const { agency, catalog } = view;
  const catalogPath = agencyCatalogPath(agency.code);
  const feedQuery = `?agency=${encodeURIComponent(agency.code)}`;
  return (
    <section aria-labelledby="guide-proactive">
      <h2 id="guide-proactive">二、主动公开</h2>
      <h3>（一）公开的内容</h3>
      {catalog.total === 0 ? (
        <p>
          本机关按照《条例》第十九条、第二十条的规定主动公开政府信息。本平台目前尚未收录本机关主动公开的信息，收录后列入
          <a href={catalogPath}>本机关政府信息公开目录</a>。
        </p>
      ) : (
        <>
          <p>
            本机关按照《条例》第十九条、第二十条的规定主动公开政府信息。截至目前，
            <a href={catalogPath}>本机关政府信息公开目录</a>共收录主动公开的政府信息 <strong>{catalog.total}</strong> 条
            {catalog.latestPublishedOn === null ? '' : `，最近一条发布于${formatDate(catalog.latestPublishedOn)}`}
            {catalog.kinds.length === 0 ? '。' : `，其中${catalog.kinds.map((k) => `${k.name}${k.count}条`).join('、')}。`}
          </p>
          <CountList title="按主题分类" counts={catalog.subjects} hrefOf={(c) => catalogHref(catalogPath, emptyFilter, { subject: c.code })} />
          <CountList title="按体裁分类" counts={catalog.genres} hrefOf={(c) => catalogHref(catalogPath, emptyFilter, { genre: c.code })} />
        </>
      )}
      <h3>（二）公开的方式</h3>
      <p>
        主动公开的政府信息通过本平台“<a href={catalogPath}>政府信息公开目录</a>”发布，可按主题、体裁、年度浏览，也可通过
        <a href="/search">全文检索</a>查找。每条信息列明索引号、发布机构、文号、成文日期、发布日期和分类，规章和行政规范性文件还列明是否有效。新发布的信息可以通过
        <a href={`/feeds/catalog.rss${feedQuery}`}>RSS</a>或<a href={`/feeds/catalog.atom${feedQuery}`}>Atom</a>订阅。
        也可以到本机关政府信息公开工作机构{agency.address === null ? '' : `（${agency.address}）`}查阅。
      </p>
      <h3>（三）公开的时限</h3>
      <p>属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开；法律、法规对公开期限另有规定的，从其规定（《条例》第二十六条）。</p>
    </section>
  );
}

const emptyFilter = { agency: null, subject: null, genre: null, year: null, kind: null, page: 1 };

function CountList({ title, counts, hrefOf }: { title: string; counts: readonly GuideCount[]; hrefOf: (count: GuideCount) => string }) {
  if (counts.length === 0) return null;
  return (
    <>
      <h4 class="guide-count-title">{title}</h4>
      <ul class="guide-counts">
        {counts.map((c) => (
          <li key={c.code}>
            <a href={hrefOf(c)}>{c.name}</a>
            <span class="outline-count">（{c.count}条）</span>
          </li>
        ))}
      </ul>
    </>
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
        依申请提供政府信息，不收取费用。申请公开政府信息的数量、频次明显超过合理范围的，可以依照国家规定收取信息处理费（《条例》第四十二条），标准见本指南<a href="#guide-fees">第四部分“信息处理费”</a>。
      </p>
    </section>
  );
}

/** The fee schedule of 国办函〔2020〕109号, from the same constants the fee notices are computed with. */
function FeeSection() {
  const paidBands = perPageBands.filter((band) => band.rate > 0);
  const first = perApplicationBandOf(freeApplicationsPerMonth + 1);
  const second = perApplicationBandOf((first.to ?? first.from) + 1);
  return (
    <section aria-labelledby="guide-fees">
      <h2 id="guide-fees">四、信息处理费</h2>
      <p>
        依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关可以收取信息处理费，并在收费前书面告知收费依据、标准和金额。本机关选择按件或者按量中的一种方式计收：
      </p>
      <ul>
        <li>
          <strong>按件计收</strong>：同一申请人一个自然月内累计申请{freeApplicationsPerMonth}件以下（含）的，不收费；第{first.from}—{first.to}件每件{first.rate}元；超过{first.to}件的部分，每增加{(second.to ?? second.from) - second.from + 1}件，每件的收费标准提高{second.rate - first.rate}元。
        </li>
        <li>
          <strong>按量计收</strong>：同一申请人一件申请所需提供的政府信息在{freePages}页以下（含）的，不收费；
          {paidBands.map((band) => (band.to === null ? `${band.from}页以上的部分每页${band.rate}元` : `${band.from}—${band.to}页的部分每页${band.rate}元`)).join('；')}。
        </li>
      </ul>
      <p>申请人应当自收到收费通知的次日起20个工作日内缴纳费用；逾期未缴纳的，视为放弃申请，本机关不再处理该申请。</p>
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
            <a href={agencyGuidePath(a.code)}>{a.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
