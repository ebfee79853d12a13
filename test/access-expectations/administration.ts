/** Access-table expectations for the administration routes of 依申请公开 (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const administrationExpectations: Record<string, RouteExpectation> = {};
