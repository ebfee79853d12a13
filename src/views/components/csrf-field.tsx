/** The hidden CSRF token every form that changes something must carry (see src/http/csrf.ts). */
import { usePageContext } from '../page-context.ts';

export function CsrfField() {
  const { csrfToken } = usePageContext();
  return <input type="hidden" name="_csrf" value={csrfToken()} />;
}
