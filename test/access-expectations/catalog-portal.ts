/** Access-table expectations for the public catalogue (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const catalogPortalExpectations: Record<string, RouteExpectation> = {};
