import { useEffect, useRef } from 'react';

/** A ref to a box that is ready to type in once shown, without scrolling what is above it out of view. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
