/** Access-table expectations for search (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const searchExpectations: Record<string, RouteExpectation> = {};
