/** The expectations of the application routes, one file per group of routes, so each group is kept beside its own kind. */
import type { RouteExpectation } from '../access-probe.ts';
import { administrationExpectations } from './administration.ts';
import { casesExpectations } from './cases.ts';
import { catalogPortalExpectations } from './catalog-portal.ts';
import { infoItemExpectations } from './info-items.ts';
import { intakeExpectations } from './intake.ts';
import { registerExpectations } from './register.ts';
import { searchExpectations } from './search.ts';

export const applicationExpectations: Record<string, RouteExpectation> = {
  ...intakeExpectations,
  ...casesExpectations,
  ...administrationExpectations,
  ...infoItemExpectations,
  ...registerExpectations,
  ...catalogPortalExpectations,
  ...searchExpectations,
};
