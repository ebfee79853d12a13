/**
 * The words of the demo catalogue: what each kind of county agency publishes about (its themes,
 * the normative documents it issues, its licences and the violations it punishes) and the place
 * names that fill the texts. Made up, in the shape real county catalogues take. Shared by the demo
 * county's items (demo-items.ts) and the search benchmark's corpus (demo-corpus.ts).
 */
import { defaultClassifications } from './classification.ts';

/** The kinds of agency a county has; the demo county's agencies map onto them by code. */
export const demoRoles = ['government', 'fgj', 'jyj', 'gaj', 'czj', 'zrzy', 'sthj', 'zjj', 'jtj', 'wjj', 'scjg', 'township'] as const;
export type DemoRole = (typeof demoRoles)[number];

export interface DemoTheme {
  /** Subject code (主题分类). */
  subjectCode: string;
  /** Work topics, read as "{topic}工作". */
  topics: readonly string[];
  /** Normative documents the theme gives, without the issuer's name (莲城县 is put in front). */
  rules: readonly string[];
}

export interface DemoAgencyProfile {
  /** Department name without the county (自然资源局); townships use their own name. */
  departmentName: string;
  /** 文号 abbreviation after the county's first character: 莲 + 自然资 + 发〔2025〕3号. */
  documentAbbreviation: string;
  themes: readonly DemoTheme[];
  /** 行政许可 matters it decides. */
  licensing: readonly string[];
  /** Violations it punishes (行政处罚). */
  penalties: readonly string[];
  /** Art. 20 figures: yearly ranges; fees in 万元. */
  art20: { licensing: Range; penalty: Range; enforcement: Range; feesWanYuan: Range };
}

type Range = readonly [min: number, max: number];

/** The subject code of a node named `leaf` under the root named `root` (or of the root itself). */
export function subjectCodeOf(root: string, leaf?: string): string {
  return codeOf('subject', root, leaf);
}

export function genreCodeOf(root: string, leaf?: string): string {
  return codeOf('genre', root, leaf);
}

function codeOf(scheme: 'subject' | 'genre', root: string, leaf?: string): string {
  const nodes = defaultClassifications[scheme];
  const parent = nodes.find((n) => n.parentCode === null && n.name === root);
  const node = leaf === undefined ? parent : nodes.find((n) => n.parentCode === parent?.code && n.name === leaf);
  if (node === undefined) throw new RangeError(`no ${scheme} classification ${root}/${leaf ?? ''}`);
  return node.code;
}

const theme = (root: string, leaf: string | undefined, topics: readonly string[], rules: readonly string[] = []): DemoTheme => ({
  subjectCode: subjectCodeOf(root, leaf),
  topics,
  rules,
});

const none: Range = [0, 0];

export const demoProfiles: Readonly<Record<DemoRole, DemoAgencyProfile>> = {
  government: {
    departmentName: '人民政府',
    documentAbbreviation: '政',
    themes: [
      theme('综合政务', '政务公开', ['政务公开', '政务服务“一网通办”', '12345政务服务便民热线', '优化营商环境'], ['政务服务事项“好差评”管理办法', '优化营商环境若干措施', '政府信息公开工作规定']),
      theme('国民经济管理、国有资产监管', '发展规划', ['重点项目建设', '招商引资', '县域经济高质量发展', '民生实事项目'], ['重大行政决策程序规定', '招商引资优惠政策兑现办法']),
      theme('民政、扶贫、救灾', '乡村振兴', ['乡村振兴', '防止返贫动态监测', '和美乡村建设', '农村人居环境整治'], ['巩固拓展脱贫攻坚成果衔接资金管理办法', '农村集体经济发展扶持办法']),
      theme('综合政务', '应急管理', ['防汛抗旱', '森林防灭火', '安全生产大排查大整治', '自然灾害应急救助'], ['突发事件应急预案管理办法', '自然灾害救助资金管理办法']),
      theme('城乡建设、环境保护', '城乡建设', ['城乡环境综合整治', '县城城镇化补短板强弱项', '城市更新'], ['国有土地上房屋征收与补偿实施办法', '城区户外广告设置管理办法']),
    ],
    licensing: [],
    penalties: [],
    art20: { licensing: [20, 60], penalty: none, enforcement: none, feesWanYuan: [0, 0] },
  },
  fgj: {
    departmentName: '发展和改革局',
    documentAbbreviation: '发改',
    themes: [
      theme('国民经济管理、国有资产监管', '发展规划', ['国民经济和社会发展计划', '“十五五”规划编制', '重大项目谋划储备', '社会信用体系建设'], ['政府投资项目管理办法', '重点建设项目代建制管理办法']),
      theme('国民经济管理、国有资产监管', '物价', ['重要民生商品价格监测', '政府定价成本监审', '粮食安全责任制考核'], ['定价成本监审办法', '居民生活用水阶梯价格实施细则']),
      theme('国土资源、能源', '能源', ['节能审查', '能耗双控', '充电基础设施建设'], ['固定资产投资项目节能审查实施办法']),
    ],
    licensing: ['企业投资项目核准', '固定资产投资项目节能审查', '政府投资项目可行性研究报告审批'],
    penalties: ['未按规定进行节能审查擅自开工建设', '不执行政府定价'],
    art20: { licensing: [40, 90], penalty: [0, 3], enforcement: [0, 1], feesWanYuan: [0, 0] },
  },
  jyj: {
    departmentName: '教育局',
    documentAbbreviation: '教',
    themes: [
      theme('科技、教育', '教育', ['义务教育招生入学', '学前教育普及普惠', '学生资助', '校园安全', '课后服务', '教师队伍建设', '校外培训机构监管'], [
        '城区义务教育学校招生入学实施办法',
        '普惠性民办幼儿园认定和扶持办法',
        '家庭经济困难学生认定办法',
        '中小学课后服务管理办法',
        '校外培训机构监督管理办法',
      ]),
    ],
    licensing: ['民办学校办学许可', '教师资格认定', '校外培训机构设立审批'],
    penalties: ['未经批准擅自举办校外培训机构', '民办学校违规招生'],
    art20: { licensing: [300, 600], penalty: [0, 4], enforcement: [0, 2], feesWanYuan: [0, 0] },
  },
  gaj: {
    departmentName: '公安局',
    documentAbbreviation: '公',
    themes: [
      theme('公安、安全、司法', '公安', ['道路交通安全整治', '户籍管理', '电动自行车登记上牌', '反电信网络诈骗', '烟花爆竹燃放管理', '出入境证件办理'], [
        '城区烟花爆竹燃放管理规定',
        '电动自行车登记管理办法',
        '户口迁移登记实施细则',
      ]),
    ],
    licensing: ['烟花爆竹零售许可', '剧毒化学品购买许可', '大型群众性活动安全许可', '机动车驾驶证核发'],
    penalties: ['酒后驾驶机动车', '违规燃放烟花爆竹', '无证驾驶', '扰乱公共秩序'],
    art20: { licensing: [1800, 4200], penalty: [2500, 6500], enforcement: [300, 900], feesWanYuan: [85, 260] },
  },
  czj: {
    departmentName: '财政局',
    documentAbbreviation: '财',
    themes: [
      theme('财政、金融、审计', '财政', ['惠民惠农财政补贴“一卡通”', '政府采购', '预算绩效管理', '政府债务管理', '国有资产管理'], [
        '惠民惠农财政补贴资金“一卡通”管理办法',
        '政府采购内部控制管理办法',
        '预算绩效管理实施办法',
      ]),
      theme('财政、金融、审计', '预算决算', ['预决算公开', '部门预算编制', '财政资金直达'], ['县级部门预算管理办法']),
    ],
    licensing: [],
    penalties: ['违反政府采购规定', '违反会计法规定'],
    art20: { licensing: none, penalty: [0, 3], enforcement: none, feesWanYuan: [0, 0] },
  },
  zrzy: {
    departmentName: '自然资源局',
    documentAbbreviation: '自然资',
    themes: [
      theme('国土资源、能源', '国土空间规划', ['国土空间规划', '村庄规划编制', '建设项目规划许可', '规划条件核实'], ['国土空间规划管理技术规定', '村庄规划管理办法']),
      theme('国土资源、能源', '土地', ['用地审批', '土地征收', '国有建设用地使用权出让', '耕地保护', '农村宅基地管理', '不动产登记'], [
        '农村宅基地审批管理办法',
        '国有建设用地使用权网上交易规则',
        '耕地占补平衡管理办法',
        '不动产登记“一窗受理”实施办法',
        '集体土地征收补偿安置办法',
      ]),
      theme('国土资源、能源', '矿产', ['矿产资源开发利用', '采矿权出让', '地质灾害防治'], ['地质灾害防治管理办法']),
      theme('农业、林业、水利', '林业', ['林木采伐管理', '林长制', '松材线虫病防治'], ['林木采伐管理办法']),
    ],
    licensing: ['建设用地规划许可', '建设工程规划许可', '乡村建设规划许可', '林木采伐许可', '采矿许可', '临时用地审批'],
    penalties: ['非法占用耕地', '未批先建', '违法开采矿产资源', '违反规划许可建设', '滥伐林木'],
    art20: { licensing: [420, 880], penalty: [18, 46], enforcement: [3, 12], feesWanYuan: [1200, 3800] },
  },
  sthj: {
    departmentName: '生态环境局',
    documentAbbreviation: '环',
    themes: [
      theme('城乡建设、环境保护', '生态环境', ['大气污染防治', '水污染防治', '土壤污染防治', '环境影响评价', '排污许可管理', '噪声污染防治', '中央生态环境保护督察整改'], [
        '建设项目环境影响评价分级审批办法',
        '机动车排气污染防治管理办法',
        '生态环境损害赔偿实施办法',
        '饮用水水源保护区管理办法',
      ]),
    ],
    licensing: ['建设项目环境影响评价审批', '排污许可', '危险废物经营许可'],
    penalties: ['超标排放大气污染物', '未批先建', '未依法取得排污许可证排放污染物', '违规处置危险废物'],
    art20: { licensing: [60, 140], penalty: [12, 38], enforcement: [4, 15], feesWanYuan: [0, 0] },
  },
  zjj: {
    departmentName: '住房和城乡建设局',
    documentAbbreviation: '建',
    themes: [
      theme('城乡建设、环境保护', '住房保障', ['老旧小区改造', '保障性住房', '公共租赁住房', '农村危房改造'], ['公共租赁住房管理办法', '城镇老旧小区改造实施办法']),
      theme('城乡建设、环境保护', '城乡建设', ['建筑施工安全', '房地产市场监管', '物业管理', '城镇燃气安全', '海绵城市建设'], [
        '住宅专项维修资金管理办法',
        '商品房预售资金监管办法',
        '建筑工地扬尘防治管理办法',
      ]),
    ],
    licensing: ['建筑工程施工许可', '商品房预售许可', '燃气经营许可', '城市建筑垃圾处置核准'],
    penalties: ['未取得施工许可证擅自施工', '违规转包分包工程', '建筑工地扬尘防治措施不到位', '物业服务企业违规收费'],
    art20: { licensing: [90, 220], penalty: [15, 45], enforcement: [1, 6], feesWanYuan: [180, 650] },
  },
  jtj: {
    departmentName: '交通运输局',
    documentAbbreviation: '交',
    themes: [
      theme('工业、交通', '交通', ['农村公路建设', '“四好农村路”', '道路运输管理', '城乡公交一体化', '治超', '交通工程质量监督'], [
        '农村公路养护管理办法',
        '城乡客运班线经营权管理办法',
        '出租汽车经营服务管理办法',
      ]),
    ],
    licensing: ['道路运输经营许可', '道路运输从业资格认定', '公路超限运输许可', '涉路施工许可'],
    penalties: ['非法营运', '超限超载运输', '未按规定进行车辆年审', '擅自占用公路'],
    art20: { licensing: [500, 1100], penalty: [120, 380], enforcement: [20, 70], feesWanYuan: [40, 160] },
  },
  wjj: {
    departmentName: '卫生健康局',
    documentAbbreviation: '卫健',
    themes: [
      theme('卫生、体育', '卫生健康', ['基本公共卫生服务', '家庭医生签约服务', '传染病防控', '妇幼健康', '爱国卫生运动', '职业病防治', '紧密型县域医共体建设'], [
        '基本公共卫生服务项目资金管理办法',
        '家庭医生签约服务实施办法',
        '医疗机构设置规划实施细则',
      ]),
      theme('卫生、体育', '医疗保障', ['城乡居民医疗保险', '医疗救助'], []),
    ],
    licensing: ['医疗机构执业登记', '公共场所卫生许可', '医师执业注册', '饮用水供水单位卫生许可'],
    penalties: ['未取得医疗机构执业许可证擅自执业', '公共场所卫生不合格', '非法行医', '医疗废物处置不规范'],
    art20: { licensing: [260, 520], penalty: [25, 70], enforcement: [0, 4], feesWanYuan: [0, 0] },
  },
  scjg: {
    departmentName: '市场监督管理局',
    documentAbbreviation: '市监',
    themes: [
      theme('市场监管、安全生产监管', '市场监管', ['市场主体登记', '特种设备安全', '计量监督', '价格监督检查', '知识产权保护', '广告监管', '产品质量监督抽查'], [
        '市场主体住所（经营场所）登记管理办法',
        '特种设备安全监督管理办法',
        '农贸市场管理办法',
      ]),
      theme('市场监管、安全生产监管', '食品药品监管', ['食品安全抽检', '校园食品安全', '药品零售监管', '小餐饮备案管理'], ['食品小作坊小餐饮小食杂店管理办法']),
    ],
    licensing: ['食品经营许可', '食品生产许可', '药品零售企业许可', '特种设备使用登记', '个体工商户登记'],
    penalties: ['销售过期食品', '未按规定明码标价', '无证经营食品', '特种设备未经定期检验', '虚假宣传', '销售不合格产品'],
    art20: { licensing: [2400, 5200], penalty: [90, 260], enforcement: [15, 60], feesWanYuan: [3, 25] },
  },
  township: {
    departmentName: '镇人民政府',
    documentAbbreviation: '政',
    themes: [
      theme('农业、林业、水利', '农业、农村', ['高标准农田建设', '农村人居环境整治', '秸秆禁烧', '耕地保护', '村级财务管理'], ['村级财务管理办法', '农村人居环境整治奖补办法']),
      theme('民政、扶贫、救灾', '社会救助', ['城乡低保', '特困人员供养', '临时救助', '残疾人“两项补贴”'], []),
      theme('综合政务', '应急管理', ['防汛抗旱', '森林防灭火', '地质灾害隐患排查'], []),
    ],
    licensing: ['乡村建设规划许可', '农村村民宅基地批准'],
    penalties: ['违规燃放烟花爆竹', '违法占用农用地建房'],
    art20: { licensing: [30, 120], penalty: [0, 8], enforcement: [0, 3], feesWanYuan: [0, 0] },
  },
};

/** The demo county's agency codes by role (the county itself and the townships are by kind). */
export const demoRoleOfAgencyCode: Readonly<Record<string, DemoRole>> = {
  lcx: 'government',
  'lcx-fgj': 'fgj',
  'lcx-jyj': 'jyj',
  'lcx-gaj': 'gaj',
  'lcx-czj': 'czj',
  'lcx-zrzy': 'zrzy',
  'lcx-sthj': 'sthj',
  'lcx-zjj': 'zjj',
  'lcx-jtj': 'jtj',
  'lcx-wjj': 'wjj',
  'lcx-scjg': 'scjg',
};
