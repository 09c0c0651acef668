import { randomFillSync } from 'node:crypto';
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
