/** The portal home: the county government, its departments and townships, and the four sections. */
import { agencyKindLabels, type Agency, type AgencyKind } from '../../../domain/agencies/agency.ts';
import { portalSections } from '../../layouts/portal-layout.tsx';

export interface HomePageProps {
  /** The root agency (the county government), or null on an empty platform. */
  county: Agency | null;
  /** Every other agency. */
  agencies: readonly Agency[];
}

const sectionHints: Record<string, string> = {
  '/guide': '了解本机关政府信息公开的机构、方式、程序和监督渠道',
  '/catalog': '查阅本机关主动公开的政府信息',
  '/apply': '向行政机关申请获取政府信息',
  '/annual-reports': '政府信息公开工作年度报告',
};

export function HomePage({ county, agencies }: HomePageProps) {
  return (
    <>
      <section class="intro" aria-labelledby="home-title">
        <h1 id="home-title">{county === null ? '政府信息公开' : `${county.name}政府信息公开`}</h1>
        <p class="lead">
          依据《中华人民共和国政府信息公开条例》，本平台集中发布{county?.name ?? '本行政区域各行政机关'}及所属部门、乡镇的政府信息公开指南、目录和年度报告，并受理政府信息公开申请。
        </p>
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">公开栏目</h2>
        <ul class="card-grid">
          {portalSections.map((section) => (
            <li key={section.href} class="card">
              <a href={section.href} class="card-link">
                {section.label}
              </a>
              <p>{sectionHints[section.href]}</p>
            </li>
          ))}
        </ul>
      </section>
      {county === null ? <EmptyPlatform /> : <AgencyDirectory county={county} agencies={agencies} />}
    </>
  );
}

function EmptyPlatform() {
  return (
    <section aria-labelledby="agencies-title">
      <h2 id="agencies-title">行政机关</h2>
      <p>平台尚未录入行政机关信息。</p>
    </section>
  );
}

function AgencyDirectory({ county, agencies }: { county: Agency; agencies: readonly Agency[] }) {
  const groups: AgencyKind[] = ['department', 'township'];
  return (
    <section aria-labelledby="agencies-title">
      <h2 id="agencies-title">行政机关</h2>
      <p>
        <a href={`/agencies/${county.code}/guide`}>{county.name}</a>
        <span class="muted">（{agencyKindLabels[county.kind]}）</span>
      </p>
      {groups.map((kind) => {
        const members = agencies.filter((a) => a.kind === kind);
        if (members.length === 0) return null;
        return (
          <div key={kind} class="agency-group">
            <h3>{agencyKindLabels[kind]}</h3>
            <ul class="agency-list">
              {members.map((agency) => (
                <li key={agency.id}>
                  <a href={`/agencies/${agency.code}/guide`}>{agency.name}</a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
