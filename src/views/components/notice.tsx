/** A short message box: information, success or error. */
import type { ComponentChildren } from 'preact';

export function Notice({ kind, children }: { kind: 'info' | 'success' | 'error'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
