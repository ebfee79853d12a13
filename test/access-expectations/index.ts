/** The expectations of the application routes, one file per group of routes, so each group is kept beside its own kind. */
import type { RouteExpectation } from '../access-probe.ts';
import { administrationExpectations } from './administration.ts';
import { casesExpectations } from './cases.ts';
import { intakeExpectations } from './intake.ts';

export const applicationExpectations: Record<string, RouteExpectation> = {
  ...intakeExpectations,
  ...casesExpectations,
  ...administrationExpectations,
};
