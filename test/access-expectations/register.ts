/** Access-table expectations for the register, interpretations and Art. 20 figures (merged in ./index.ts). */
import type { RouteExpectation } from '../access-probe.ts';

export const registerExpectations: Record<string, RouteExpectation> = {};
