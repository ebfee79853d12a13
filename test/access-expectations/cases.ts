/** Access-table expectations for the cases routes of 依申请公开 (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const casesExpectations: Record<string, RouteExpectation> = {};
