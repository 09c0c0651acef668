import { createHash, randomFillSync } from 'node:crypto';
import { V7Generator } from 'uuidv7';

/**
 * uuidv7's default generator refills 8 random words at a time, one system call per UUID or two;
 * an import of 100,000 customers makes 300,000 ids, so this one draws 4,096 words per call.
 */
class BufferedRandom {
  private readonly words = new Uint32Array(4096);
  private next = this.words.length;

  nextUint32(): number {
    if (this.next >= this.words.length) {
      randomFillSync(this.words);
      this.next = 0;
    }
    const word = this.words[this.next] ?? 0;
    this.next += 1;
    return word;
  }
}

const generator = new V7Generator(new BufferedRandom());

/** A new row id: a UUIDv7, so ids sort by creation time. */
export function newId(): string {
  return generator.generate().toString();
}

/**
 * The id every device gives the same row: a UUIDv7 whose time is `at` and whose other bits are a
 * hash of `name`, for a row that counters write each for themselves and that must replicate as one
 * document (an expiry of a card's points), where two random ids would make two.
 */
export function namedId(name: string, at: Date): string {
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes.writeUIntBE(Math.max(0, at.getTime()), 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
