/**
 * Lets calls share the book, and lets one call have it alone. A restore swaps the book's file and
 * connection; a save acknowledged on the old connection while that happens would be in neither
 * book. So an exclusive call waits for the calls already running to finish, and calls that arrive
 * meanwhile wait for it and then run on the book it leaves.
 */
export class BookGate {
  private running = 0;
  private idle: (() => void)[] = [];
  private closed: Promise<void> | null = null;

  /** Runs a call alongside others, after any exclusive call has finished. */
  async shared<T>(run: () => Promise<T>): Promise<T> {
    while (this.closed !== null) await this.closed;
    this.running += 1;
    try {
      return await run();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  /** Runs a call with the book to itself: no other call runs until it has finished. */
  async exclusive<T>(run: () => Promise<T>): Promise<T> {
    while (this.closed !== null) await this.closed;
    let open: (() => void) | undefined;
    this.closed = new Promise<void>((resolve) => {
      open = resolve;
    });
    try {
      if (this.running > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      return await run();
    } finally {
      this.closed = null;
      open?.();
    }
  }
}
