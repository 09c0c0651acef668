import fs from 'node:fs';

/** Writes text to a new file (never an existing one) and syncs it to disk before closing. */
export class TextFile {
  private readonly fd: number;
  private closed = false;
  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'wx');
  }
  write(text: string): void {
    fs.writeSync(this.fd, text);
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
  }
  /** Closes without syncing, for a file about to be removed. */
  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }
}

/** Opens `file` for `write` and closes it however `write` ends (synced only when it succeeded). */
export async function withTextFile<T>(file: string, write: (out: TextFile) => Promise<T>): Promise<T> {
  const out = new TextFile(file);
  try {
    const result = await write(out);
    out.close();
    return result;
  } catch (error) {
    out.abandon();
    throw error;
  }
}
