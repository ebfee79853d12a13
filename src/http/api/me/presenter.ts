/** The signed-in account as the API shows it. */
import type { Role } from '../../../domain/access/roles.ts';
import type { SignedInAccount } from '../../../use-cases/resolve-session.ts';

export interface MePresentation {
  id: string;
  username: string;
  displayName: string;
  agency: { id: string; code: string; name: string };
  roles: { role: Role; agencyCode: string; includeSubtree: boolean }[];
  mustChangePassword: boolean;
}

export function presentMe(account: SignedInAccount): MePresentation {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    agency: { ...account.agency },
    roles: account.grants.map((g) => ({ role: g.role, agencyCode: g.agencyCode, includeSubtree: g.includeSubtree })),
    mustChangePassword: account.mustChangePassword,
  };
}
