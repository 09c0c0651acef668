import { lazy, Suspense, useState, type ComponentType, type JSX } from 'react';

export interface LazyDialog<P> {
  (props: P): JSX.Element | null;
  /** Fetches the dialog's code ahead of its first opening (once the page is idle). */
  preload(): Promise<unknown>;
}

/**
 * A dialog whose code is fetched on demand, so the page a person starts on loads without it. It
 * renders nothing until first opened; from then on it stays mounted so it can close as it always
 * did. While its code is on its way (a local file, a few milliseconds, or none once preloaded)
 * nothing is shown: no placeholder flashes before the dialog.
 */
export function lazyDialog<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>): LazyDialog<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => (loading ??= load());
  const Dialog = lazy(async () => ({ default: await fetchCode() }));
  function LazyDialogShell(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    if (!opened) return null;
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyDialogShell, { preload: fetchCode });
}
