/**
 * Places, projects, firms and people that fill the demo catalogue's texts. The demo county 莲城县
 * has fixed lists (the same villages as its applications); the corpus's other counties get theirs
 * from syllables, so a 100,000-item corpus has rare words as well as common ones.
 */
import type { DemoRandom } from '../agencies/demo-random.ts';

export interface DemoPlaces {
  county: string;
  /** Townships of the county, with their suffix (莲花镇, 白鹭乡). */
  townships: readonly string[];
  villages: readonly string[];
  roads: readonly string[];
  projects: readonly string[];
  companies: readonly string[];
  schools: readonly string[];
  communities: readonly string[];
}

export const demoSurnames = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '罗', '谭', '彭', '曾', '邓', '蒋'];
export const demoGivenNames = ['建国', '志强', '丽华', '海燕', '春生', '国平', '晓明', '德胜', '玉梅', '文静', '卫东', '红梅', '立新', '永红', '胜利', '小军', '利民', '国庆', '建华', '淑芬'];

export const liancheng: DemoPlaces = {
  county: '莲城县',
  townships: ['莲花镇', '荷塘镇', '青石镇', '白鹭乡', '桃源乡'],
  villages: ['莲花村', '荷塘村', '青石村', '白鹭村', '桃源村', '新塘村', '石门村', '枫林村', '杨柳村', '双江村', '金盆村', '龙泉村', '竹山村', '梅溪村'],
  roads: ['莲花大道', '人民路', '站前路', '建设路', '文昌路', '县道X021线', '莲荷公路', '青石路', '荷塘东路'],
  projects: ['莲城大道东延线', '县城南片区污水处理厂', '高铁站前广场', '莲花湖生态公园', '县第二中学新校区', '荷塘工业园标准厂房', '城北农贸市场改造', '县人民医院住院综合楼', '青石河流域综合治理', '莲荷公路提质改造'],
  companies: ['莲城县宏达化工有限公司', '湖南荷塘新材料有限公司', '莲城县青石矿业有限公司', '莲城县鑫源食品有限公司', '莲城县恒通建材有限公司', '湖南莲荷置业有限公司', '莲城县顺达物流有限公司', '莲城县绿源农业开发有限公司'],
  schools: ['莲城县第一中学', '莲城县实验小学', '莲花镇中心学校', '莲城县第二中学', '荷塘镇中心幼儿园'],
  communities: ['人民路一号院', '文昌小区', '建设新村', '莲花苑', '粮食局宿舍', '水电小区'],
};

const firstSyllables = '金银石竹梅兰松柏枫桃李杏荷莲龙凤鹤鹭云霞清溪泉湖江河山岭坪塘湾洲田园新安平和丰永长乐福宁兴隆华阳东西南北';
const secondSyllables = '山水田林溪塘坪冲湾桥港口坡岭源洲园家庄岗堰坝湖江河泉峰石门堂铺垅';
const countyFirsts = '枫云清白青南北东西双石金玉龙凤兴安永长宁和';
const countySeconds = '溪岭河沙江阳山川源水峰林塘陵安平';
const industries = ['建材', '食品', '农业开发', '物流', '化工', '置业', '机械制造', '电子科技', '矿业', '茶业', '生物医药', '新能源'];
const projectKinds = ['大道提质改造', '污水处理厂', '生态公园', '中学新校区', '标准厂房', '农贸市场改造', '综合楼', '流域综合治理', '安置小区', '体育中心'];

/** The places of the corpus county with this number (0 is 莲城县; the others are made from syllables). */
export function corpusPlacesOf(random: DemoRandom, countyIndex: number): DemoPlaces {
  if (countyIndex === 0) return liancheng;
  const name = nameOf(countyFirsts, countySeconds, countyIndex);
  const county = `${name}县`;
  const short = name.slice(0, 1);
  const pair = () => `${pickChar(random, firstSyllables)}${pickChar(random, secondSyllables)}`;
  return {
    county,
    townships: Array.from({ length: 8 }, (_, i) => `${pair()}${i % 3 === 2 ? '乡' : '镇'}`),
    villages: Array.from({ length: 40 }, () => `${pair()}村`),
    roads: ['人民路', '解放路', `${name}大道`, '建设路', '站前路', `县道X0${random.integer(10, 99)}线`, `${pair()}路`, `${pair()}大道`],
    projects: Array.from({ length: 14 }, () => `${random.chance(0.5) ? county : pair()}${random.pick(projectKinds)}`),
    companies: Array.from({ length: 24 }, () => `${random.chance(0.6) ? county : `湖南${pair()}`}${pair()}${random.pick(industries)}有限公司`),
    schools: [`${county}第一中学`, `${county}实验小学`, `${county}第二中学`, `${short}${pair()}镇中心学校`],
    communities: Array.from({ length: 8 }, () => `${pair()}${random.pick(['小区', '苑', '新村', '花园'])}`),
  };
}

function nameOf(firsts: string, seconds: string, index: number): string {
  const chars1 = [...firsts];
  const chars2 = [...seconds];
  return `${chars1[index % chars1.length]}${chars2[Math.floor(index / chars1.length + index) % chars2.length]}`;
}

function pickChar(random: DemoRandom, chars: string): string {
  return chars[random.integer(0, chars.length - 1)]!;
}
