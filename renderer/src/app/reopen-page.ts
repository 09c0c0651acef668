import { hrefFor, type Route } from './use-route';

/**
 * After the open book was replaced (a restore or its undo, the sample book and back), whatever the
 * page holds belongs to the other book: it starts again at `route`, as when the app opens.
 */
export function reopenAt(route: Route): void {
  window.location.hash = hrefFor(route);
  window.location.reload();
}
