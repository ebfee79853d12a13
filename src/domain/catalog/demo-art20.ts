/**
 * The demo county's Art. 20 figures (table A rows 五, 六, 八) per agency and year: decision counts
 * and fees in the ranges of each kind of agency (the 公安局 and 市场监管局 decide thousands of
 * licences and penalties, the 财政局 almost none, a township a few dozen), fees in 万元 with
 * decimals as a finance office reports them.
 */
import type { DemoRandom } from '../agencies/demo-random.ts';
import { demoAgencies } from '../agencies/demo-county.ts';
import { demoProfiles, demoRoleOfAgencyCode, type DemoRole } from './demo-vocabulary.ts';

export interface DemoArt20Figures {
  agencyCode: string;
  year: number;
  licensingDecisions: number;
  penaltyDecisions: number;
  enforcementDecisions: number;
  /** 万元, up to four decimals; '0' when the agency charges no fees. */
  feesWanYuan: string;
}

export function generateDemoArt20Figures(random: DemoRandom, years: readonly number[]): DemoArt20Figures[] {
  return years.flatMap((year) =>
    demoAgencies.map((agency) => {
      const { art20 } = demoProfiles[demoRoleOf(agency.code, agency.kind)];
      const [feeMin, feeMax] = art20.feesWanYuan;
      const fees = feeMax === 0 ? '0' : (random.integer(feeMin * 10_000, feeMax * 10_000) / 10_000).toFixed(4).replace(/\.?0+$/, '');
      return {
        agencyCode: agency.code,
        year,
        licensingDecisions: random.integer(...art20.licensing),
        penaltyDecisions: random.integer(...art20.penalty),
        enforcementDecisions: random.integer(...art20.enforcement),
        feesWanYuan: fees,
      };
    }),
  );
}

export function demoRoleOf(agencyCode: string, kind: string): DemoRole {
  return demoRoleOfAgencyCode[agencyCode] ?? (kind === 'township' ? 'township' : 'government');
}
