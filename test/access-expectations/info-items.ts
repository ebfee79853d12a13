/** Access-table expectations for the console's catalogue and review (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const infoItemExpectations: Record<string, RouteExpectation> = {};
