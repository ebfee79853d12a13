/**
 * The catalogue's two classification trees: subject (主题分类, after the 中国政府网 subject scheme
 * used by most county catalogues) and genre (体裁分类). These are the defaults seeded into the
 * `classifications` table; the system admin edits the table, and the catalogue reads it from there.
 */

export type ClassificationScheme = 'subject' | 'genre';

export interface ClassificationNode {
  code: string;
  name: string;
  parentCode: string | null;
}

export const classificationSchemeNames: Record<ClassificationScheme, string> = { subject: '主题分类', genre: '体裁分类' };

type Sketch = readonly [name: string, children?: readonly string[]];

const subjectSketch: readonly Sketch[] = [
  ['国务院组织机构'],
  ['综合政务', ['应急管理', '电子政务', '政务公开', '政务督查', '信访', '其他']],
  ['国民经济管理、国有资产监管', ['发展规划', '统计', '物价', '国有资产监管', '其他']],
  ['财政、金融、审计', ['财政', '预算决算', '税务', '审计', '其他']],
  ['国土资源、能源', ['土地', '矿产', '测绘', '国土空间规划', '能源', '其他']],
  ['农业、林业、水利', ['农业、农村', '林业', '水利', '其他']],
  ['工业、交通', ['工业', '交通', '邮政', '其他']],
  ['商贸、海关、旅游', ['商贸', '旅游', '其他']],
  ['市场监管、安全生产监管', ['市场监管', '安全生产', '食品药品监管', '其他']],
  ['城乡建设、环境保护', ['城乡建设', '住房保障', '生态环境', '其他']],
  ['科技、教育', ['科技', '教育', '其他']],
  ['文化、广电、新闻出版', ['文化', '广播影视', '新闻出版', '其他']],
  ['卫生、体育', ['卫生健康', '医疗保障', '体育', '其他']],
  ['人口与计划生育、妇女儿童工作'],
  ['劳动、人事、监察', ['就业', '社会保障', '人事工作', '监察', '其他']],
  ['公安、安全、司法', ['公安', '司法', '其他']],
  ['民政、扶贫、救灾', ['社会救助', '乡村振兴', '防灾减灾', '社会组织', '其他']],
  ['民族、宗教'],
  ['对外事务'],
  ['港澳台侨工作'],
  ['国防'],
  ['其他'],
];

const genreSketch: readonly Sketch[] = [
  ['规章'],
  ['行政规范性文件'],
  ['其他文件', ['通知', '公告', '通告', '意见', '决定', '批复', '函']],
  ['政策解读'],
  ['规划计划', ['发展规划', '专项规划', '工作计划', '工作总结']],
  ['财政信息', ['部门预算', '部门决算', '三公经费']],
  ['行政执法', ['行政许可', '行政处罚', '行政强制']],
  ['统计信息'],
  ['人事信息'],
  ['招标采购'],
  ['工作动态'],
  ['其他'],
];

function expand(prefix: string, sketch: readonly Sketch[]): ClassificationNode[] {
  return sketch.flatMap(([name, children = []], i) => {
    const code = `${prefix}${String(i + 1).padStart(2, '0')}`;
    const kids = children.map((child, j) => ({ code: `${code}${String(j + 1).padStart(2, '0')}`, name: child, parentCode: code }));
    return [{ code, name, parentCode: null }, ...kids];
  });
}

/** Default trees: subject codes `S01`, `S0201` …; genre codes `G01`, `G0301` …. Parents before children. */
export const defaultClassifications: Record<ClassificationScheme, readonly ClassificationNode[]> = {
  subject: expand('S', subjectSketch),
  genre: expand('G', genreSketch),
};

/** The genre an item of a register kind or an interpretation is filed under by default. */
export const defaultGenreCodeOfKind = {
  regulation: 'G01',
  normativeDocument: 'G02',
  interpretation: 'G04',
} as const;

/** `S0201` → ['S02', 'S0201'] : the node and its ancestors, root first (for breadcrumbs and filters). */
export function pathOf(nodes: readonly ClassificationNode[], code: string): ClassificationNode[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const path: ClassificationNode[] = [];
  let current = byCode.get(code);
  while (current !== undefined && path.length < 10) {
    path.unshift(current);
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return path;
}
