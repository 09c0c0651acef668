import { useEffect, useState } from 'react';

export type Route =
  { name: 'customers' } | { name: 'today'; day?: string } | { name: 'customer'; id: string } | { name: 'insights' } | { name: 'sync' };

export function parseRoute(hash: string): Route {
  const match = /^#\/customers\/([0-9a-f-]{36})$/i.exec(hash);
  if (match?.[1] !== undefined) return { name: 'customer', id: match[1] };
  if (hash === '#/today') return { name: 'today' };
  if (hash === '#/insights') return { name: 'insights' };
  if (hash === '#/sync') return { name: 'sync' };
  const day = /^#\/today\/(\d{4}-\d{2}-\d{2})$/.exec(hash);
  if (day?.[1] !== undefined) return { name: 'today', day: day[1] };
  return { name: 'customers' };
}

export function hrefFor(route: Route): string {
  if (route.name === 'customer') return `#/customers/${route.id}`;
  if (route.name === 'insights') return '#/insights';
  if (route.name === 'sync') return '#/sync';
  if (route.name === 'today') return route.day === undefined ? '#/today' : `#/today/${route.day}`;
  return '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** Hash routes: the page never navigates away, which Electron's window guard would refuse anyway. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
