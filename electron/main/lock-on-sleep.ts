/** Main → page: the book was locked from this side; the page asks the book and shows its unlock screen. */
export const LOCKED_CHANNEL = 'shuke-event:locked';

/** The moments the OS says the person has left: the screen locked, or the machine is going to sleep. */
export const sleepEvents = ['lock-screen', 'suspend'] as const;

/** What lockOnSleep needs of Electron's powerMonitor (an EventEmitter in tests). */
export interface PowerEvents {
  on(event: (typeof sleepEvents)[number], listener: () => void): unknown;
  removeListener(event: (typeof sleepEvents)[number], listener: () => void): unknown;
}

/** A protected book locks when the OS locks the screen or the machine sleeps; gives back a function that stops watching. */
export function lockOnSleep(power: PowerEvents, lockNow: () => Promise<unknown>): () => void {
  const onSleep = () => void lockNow();
  for (const event of sleepEvents) power.on(event, onSleep);
  return () => {
    for (const event of sleepEvents) power.removeListener(event, onSleep);
  };
}
