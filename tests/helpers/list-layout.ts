import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out: for the tests of the file that calls this, the customer list's scroll box
 * gets the size a window would give it, so its rows are drawn.
 */
export function drawListRows(): void {
  const layout = { clientHeight: 600, clientWidth: 900 } as const;
  beforeAll(() => {
    for (const [property, size] of Object.entries(layout)) {
      Object.defineProperty(HTMLElement.prototype, property, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('customer-rows-scroll') ? size : 0;
        },
      });
    }
  });
  afterAll(() => {
    // jsdom keeps these on Element.prototype; removing ours lets its own (zero) sizes show through again.
    for (const property of Object.keys(layout)) Reflect.deleteProperty(HTMLElement.prototype, property);
  });
}
