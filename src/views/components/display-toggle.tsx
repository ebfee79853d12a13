/**
 * The 大字版 (large text, 适老化) switch: a plain link that sets a cookie and comes back to this
 * page, so it works without JavaScript.
 */
import { usePageContext } from '../page-context.ts';

export function DisplayToggle() {
  const { largeText, currentPath } = usePageContext();
  const mode = largeText ? 'standard' : 'large';
  const href = `/display?mode=${mode}&back=${encodeURIComponent(currentPath)}`;
  return (
    <a class="display-toggle" href={href}>
      {largeText ? '标准版' : '大字版'}
    </a>
  );
}
