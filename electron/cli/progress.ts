import type { Progress } from '../domains/search/search-index.service';

/** Long work says how far it got: one line per phase every 10%. */
export function progressPrinter(title: string): Progress {
  const last = new Map<string, number>();
  return (phase, done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const step = Math.floor(percent / 10);
    if (last.get(phase) === step) return;
    last.set(phase, step);
    console.log(`${title}: ${phase} ${percent}% (${done}/${total})`);
  };
}
