/** One task in flight at a time: callers while it runs share its answer (a burst of refusals asks the book once). */
export class SingleFlight<T> {
  private pending: Promise<T> | null = null;

  run(task: () => Promise<T>): Promise<T> {
    this.pending ??= task().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }
}
