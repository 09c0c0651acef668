/** A small seeded PRNG (mulberry32): the same seed always writes the same demo book. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance(p: number): boolean {
      return next() < p;
    },
    /** A UUIDv7-shaped id from the PRNG, so ids are deterministic and still sort by time. */
    id(timeMs: number): string {
      const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
      const time = hex(timeMs, 12);
      const rand = Array.from({ length: 5 }, () => hex(next() * 0x10000, 4)).join('');
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand.slice(0, 3)}-${variant}${rand.slice(3, 6)}-${rand.slice(6, 18)}`;
    },
  };
}

export type Random = ReturnType<typeof createRandom>;
