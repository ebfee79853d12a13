/** The agency a demo text is written for: its names, its 文号 abbreviation and its 文号 counters. */
import type { DemoRandom } from '../agencies/demo-random.ts';
import type { DemoPlaces } from './demo-places.ts';
import type { DemoAuthor } from './demo-texts.ts';
import { demoProfiles, type DemoRole } from './demo-vocabulary.ts';

export interface AuthorOptions {
  random: DemoRandom;
  places: DemoPlaces;
  role: DemoRole;
  /** Townships only: the township's name (莲花镇). */
  township?: string;
  phone: string;
}

/** An author whose 文号 numbers run from 1 per series and year, without gaps, as an office's do. */
export function createAuthor(options: AuthorOptions): DemoAuthor {
  const { random, places, role, township, phone } = options;
  const profile = demoProfiles[role];
  const county = places.county;
  const counters = new Map<string, number>();
  const names = namesOf(county, role, profile.departmentName, profile.documentAbbreviation, township);
  return {
    random,
    places,
    role,
    profile,
    ...names,
    phone,
    nextNumber: (series, year) => {
      const key = `${series}/${year}`;
      const next = (counters.get(key) ?? 0) + 1;
      counters.set(key, next);
      return next;
    },
  };
}

function namesOf(county: string, role: DemoRole, departmentName: string, abbreviation: string, township: string | undefined) {
  const initial = county.slice(0, 1);
  if (role === 'government') return { agencyName: `${county}人民政府`, shortName: '县人民政府', abbreviation: `${initial}${abbreviation}` };
  if (role === 'township') {
    const name = township ?? '城关镇';
    return { agencyName: `${county}${name}人民政府`, shortName: `${name}人民政府`, abbreviation: `${name.slice(0, 2)}${abbreviation}` };
  }
  return { agencyName: `${county}${departmentName}`, shortName: `县${departmentName}`, abbreviation: `${initial}${abbreviation}` };
}
