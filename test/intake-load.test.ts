/**
 * 200 applicants submitting at once on loopback (the real server, fetch), 10% of them sending the
 * same submission twice at the same moment: every submission accepted, none lost, none duplicated,
 * tracking numbers unique and gapless per agency. Prints the latency percentiles (the measurement
 * itself is bench/intake-load.ts; the README quotes it).
 */
import { expect, it } from 'vitest';
import { createDemoCountyStore } from '../src/db/stores/demo-county-store.ts';
import { seedDemoCounty } from '../src/use-cases/seed-demo-county.ts';
import { formatIntakeLoad, loadAgencyCodes, runIntakeLoad } from '../bench/intake-load.ts';
import { hashTestPassword } from './http-harness.ts';
import { describeEachDatabase } from './test-db.ts';

const submissions = 200;

describeEachDatabase('intake under load', ({ kind, handle }) => {
  it('accepts 200 concurrent submissions (and their retries) exactly once each, numbered without gaps', async () => {
    await seedDemoCounty({ ...createDemoCountyStore(handle().db), hashPassword: hashTestPassword }, { isProduction: false, now: new Date() });
    const result = await runIntakeLoad(handle(), { submissions, retryShare: 0.1, agencyCodes: loadAgencyCodes });
    console.info(formatIntakeLoad(kind, result));
    expect(result.requests).toBe(submissions + 20);
    expect(result.statuses).toEqual({ 201: submissions, 200: 20 });
    expect(result.rows).toEqual({ applications: submissions, distinctKeys: submissions, audit: submissions });
    expect(result.retriesAnsweredDifferently).toBe(0);
    expect(result.duplicateTrackingNumbers).toBe(0);
    expect(result.gapless).toBe(true);
  }, 180_000);
});
