/**
 * The fictional 莲城县 (code `lcx`) that `npm start` seeds into an empty database outside production:
 * the county government, ten departments and five townships, with made-up but well-formed office
 * details and credit codes (valid check characters, administrative division 439901, which is not a
 * real county).
 */
import type { Role } from '../access/roles.ts';
import type { AgencyKind, DisclosureOffice } from './agency.ts';
import { composeCreditCode } from './credit-code.ts';

export interface DemoAgency extends DisclosureOffice {
  code: string;
  /** The parent's code; null for the county government. */
  parentCode: string | null;
  name: string;
  kind: AgencyKind;
  creditCode: string | null;
}

export interface DemoAccount {
  username: string;
  displayName: string;
  /** Printed at start-up so the demo can be tried at once; never used outside the demo county. */
  password: string;
  agencyCode: string;
  role: Role;
  includeSubtree: boolean;
}

export const demoCountyCode = 'lcx';
const division = '439901';
const officeHours = '工作日 上午8:30—12:00，下午14:30—17:30（法定节假日除外）';

interface AgencySketch {
  code: string;
  name: string;
  kind: AgencyKind;
  street: string;
  phoneSuffix: string;
  hasCreditCode?: false;
}

const county: AgencySketch = { code: 'lcx', name: '莲城县人民政府', kind: 'government', street: '莲花大道1号', phoneSuffix: '5210001' };

const departments: AgencySketch[] = [
  { code: 'lcx-fgj', name: '莲城县发展和改革局', kind: 'department', street: '莲花大道1号县行政中心3号楼', phoneSuffix: '5210101' },
  { code: 'lcx-jyj', name: '莲城县教育局', kind: 'department', street: '文昌路18号', phoneSuffix: '5210202' },
  { code: 'lcx-gaj', name: '莲城县公安局', kind: 'department', street: '平安路66号', phoneSuffix: '5210303' },
  { code: 'lcx-czj', name: '莲城县财政局', kind: 'department', street: '莲花大道1号县行政中心2号楼', phoneSuffix: '5210404' },
  { code: 'lcx-zrzy', name: '莲城县自然资源局', kind: 'department', street: '青石路9号', phoneSuffix: '5210505' },
  { code: 'lcx-sthj', name: '莲城县生态环境局', kind: 'department', street: '荷塘东路12号', phoneSuffix: '5210606' },
  { code: 'lcx-zjj', name: '莲城县住房和城乡建设局', kind: 'department', street: '建设路25号', phoneSuffix: '5210707' },
  { code: 'lcx-jtj', name: '莲城县交通运输局', kind: 'department', street: '站前路3号', phoneSuffix: '5210808' },
  { code: 'lcx-wjj', name: '莲城县卫生健康局', kind: 'department', street: '人民路108号', phoneSuffix: '5210909' },
  { code: 'lcx-scjg', name: '莲城县市场监督管理局', kind: 'department', street: '商贸街41号', phoneSuffix: '5211010' },
];

const townships: AgencySketch[] = [
  { code: 'lcx-lhz', name: '莲城县莲花镇人民政府', kind: 'township', street: '莲花镇莲花街2号', phoneSuffix: '5231001' },
  { code: 'lcx-htz', name: '莲城县荷塘镇人民政府', kind: 'township', street: '荷塘镇新街8号', phoneSuffix: '5232001' },
  { code: 'lcx-qsz', name: '莲城县青石镇人民政府', kind: 'township', street: '青石镇正街15号', phoneSuffix: '5233001' },
  { code: 'lcx-blx', name: '莲城县白鹭乡人民政府', kind: 'township', street: '白鹭乡白鹭村1组', phoneSuffix: '5234001' },
  // One agency whose credit code is not on file yet, as happens in practice.
  { code: 'lcx-tyx', name: '莲城县桃源乡人民政府', kind: 'township', street: '桃源乡桃花路6号', phoneSuffix: '5235001', hasCreditCode: false },
];

/** The county government first, then its departments and townships (parents before children). */
export const demoAgencies: readonly DemoAgency[] = [county, ...departments, ...townships].map((sketch, index) =>
  toDemoAgency(sketch, index),
);

export const demoAccounts: readonly DemoAccount[] = [
  { username: 'registrar', displayName: '李登记', password: 'Lian-Dengji-2025', agencyCode: 'lcx-zrzy', role: 'registrar', includeSubtree: false },
  { username: 'handler', displayName: '王承办', password: 'Lian-Chengban-2025', agencyCode: 'lcx-zrzy', role: 'handler', includeSubtree: false },
  { username: 'reviewer', displayName: '赵审核', password: 'Lian-Shenhe-2025', agencyCode: 'lcx-zrzy', role: 'reviewer', includeSubtree: false },
  // 三审制 needs three different people: 初审 and 复审 by two reviewers, 终审 by the approver.
  { username: 'reviewer-2', displayName: '钱复审', password: 'Lian-Fushen-2025', agencyCode: 'lcx-zrzy', role: 'reviewer', includeSubtree: false },
  { username: 'approver', displayName: '刘签发', password: 'Lian-Qianfa-2025', agencyCode: 'lcx-zrzy', role: 'approver', includeSubtree: false },
  { username: 'agency-admin', displayName: '周管理', password: 'Lian-Jiguan-2025', agencyCode: 'lcx-zrzy', role: 'agencyAdmin', includeSubtree: false },
  { username: 'system-admin', displayName: '陈系统', password: 'Lian-Xitong-2025', agencyCode: 'lcx', role: 'systemAdmin', includeSubtree: true },
  { username: 'security-officer', displayName: '孙安全', password: 'Lian-Anquan-2025', agencyCode: 'lcx', role: 'securityOfficer', includeSubtree: true },
  { username: 'auditor', displayName: '吴审计', password: 'Lian-Shenji-2025', agencyCode: 'lcx', role: 'auditor', includeSubtree: true },
  // A handler of another department, so the demo shows that departments cannot see each other's records.
  { username: 'handler-jyj', displayName: '郑承办', password: 'Lian-Jiaoyu-2025', agencyCode: 'lcx-jyj', role: 'handler', includeSubtree: false },
];

function toDemoAgency(sketch: AgencySketch, index: number): DemoAgency {
  const isCounty = sketch.kind === 'government';
  return {
    code: sketch.code,
    parentCode: isCounty ? null : county.code,
    name: sketch.name,
    kind: sketch.kind,
    // 11 = registered by the 机构编制 authority as a 机关; the organisation code body is made up.
    creditCode: sketch.hasCreditCode === false ? null : composeCreditCode('11', division, `L${String(index + 1).padStart(7, '0')}`),
    officeName: isCounty ? '莲城县人民政府办公室（县政务公开办）' : `${sketch.name.replace(/^莲城县/, '')}办公室`,
    address: `莲城县${sketch.street.startsWith('莲城县') ? sketch.street.slice(3) : sketch.street}`,
    postcode: sketch.kind === 'township' ? `4199${String(index).padStart(2, '0')}` : '419900',
    phone: `0739-${sketch.phoneSuffix}`,
    email: `zwgk-${sketch.code}@liancheng.example.cn`,
    hours: officeHours,
  };
}
