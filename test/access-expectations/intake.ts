/** Access-table expectations for the intake routes of 依申请公开 (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const intakeExpectations: Record<string, RouteExpectation> = {};
