/**
 * A sample report for the writers' tests and for scripts/render-documents.sh: the figures of the
 * 湘潭县 2024 fixture (checked by hand) with some narrative in the usual shape of section 一.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnnualReport } from '../../src/domain/annual-report/model.ts';
import { toCanonicalReport } from '../../src/domain/writers/write-json.ts';

export const sampleFixturePath = fileURLToPath(
  new URL('../fixtures/real/xiangtan-county-2024.expected.json', import.meta.url),
);
export const sampleTextFixturePath = sampleFixturePath.replace('.expected.json', '.txt');

const overview = [
  '2024年，湘潭县人民政府坚持以公开为常态、不公开为例外，全面落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，持续深化政务公开，提升政府透明度和公信力。',
  '（一）主动公开情况。全年通过县人民政府网站、《湘潭县政报》主动公开政府信息11192条，其中新制定行政规范性文件7件，废止35件，现行有效102件；发布政策解读90条。',
  '（二）依申请公开情况。全年新收政府信息公开申请178件，上年结转5件，均在法定期限内办结，结转下年度继续办理5件。',
  '（三）政府信息管理情况。严格执行信息发布“三审制”，定期开展网站自查自纠，及时更新、清理过期信息，确保公开内容准确、完整、及时。',
  '（四）平台建设情况。优化政府网站栏目设置，完善政务新媒体运维管理，推进政务公开专区标准化建设。',
  '（五）监督保障情况。将政务公开工作纳入绩效考核，组织业务培训2次，全年未发生因政务公开工作引发的责任追究。',
].join('\n');

const problems = [
  '1.存在的主要问题：一是队伍建设有待加强，部分单位工作人员变动频繁；二是政策解读形式较为单一。',
  '2.改进情况：一是强化业务培训与指导；二是丰富政策解读形式，运用图文、视频等多种方式解读政策。',
].join('\n');

/** The fixture's figures, agency, year and period, with the narrative above. */
export function loadSampleReport(): AnnualReport {
  const expected = JSON.parse(readFileSync(sampleFixturePath, 'utf8')) as AnnualReport;
  return {
    ...toCanonicalReport(expected),
    sections: { overview, problems, other: '2024年度，湘潭县未收取信息处理费，无其他需报告的事项。' },
  };
}
