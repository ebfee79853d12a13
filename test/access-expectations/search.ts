/** Access-table expectations for search (merged in ./index.ts): the page and the API are public. */
import type { RouteExpectation } from '../access-probe.ts';

export const searchExpectations: Record<string, RouteExpectation> = {
  'GET /search': { rule: 'public', target: 'none', probe: () => ({ method: 'GET', url: '/search' }) },
  'GET /api/v1/search': { rule: 'public', target: 'none', probe: () => ({ method: 'GET', url: '/api/v1/search?q=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83' }) },
};
