/** The types of the access-table test (test/access-table.test.ts), shared with the expectation files of each resource. */
import type { Action } from '../src/domain/access/access-table.ts';
import type { Agency } from '../src/domain/agencies/agency.ts';
import type { Database } from '../src/db/database.ts';
import type { ProbeRequest } from '../src/http/api/accounts/administration-test-client.ts';

export type Placement = 'own' | 'other' | 'county';
export type Rule = Action | 'public' | 'signedIn';

export interface World {
  county: Agency;
  deptA: Agency;
  deptB: Agency;
}

export interface ProbeContext {
  db: Database;
  world: World;
  /** The agency whose record the request is about: A for `own`, B otherwise. */
  agency: Agency;
  /** Text that only department B's records contain (a list showing it leaks B to A). */
  marker: string;
}

export interface RouteExpectation {
  rule: Rule;
  /** record: about one agency's record; list: B's records must stay out; none: no agency. */
  target: 'record' | 'list' | 'none';
  probe(context: ProbeContext): Promise<ProbeRequest> | ProbeRequest;
}

