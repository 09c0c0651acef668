import { inflateRawSync } from 'node:zlib';

/** One file of a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  compressedSize: number;
  /** The size it declares unpacked: what reading it may give at most. */
  size: number;
  /** Where its local header starts. */
  localAt: number;
}

/**
 * The files of a zip from its central directory, by name; null when the bytes are not a zip this
 * reads (a sixty-four-bit zip, past 4 GB, included: no workbook a shop keeps is one).
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last thing in the file, followed by a comment of at most 65,535 bytes.
  let end = bytes.length - 22;
  while (end >= 0 && end >= bytes.length - 22 - 0xffff && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0 || end < bytes.length - 22 - 0xffff) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localAt: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localAt === 0xffffffff) return null;
    entries.set(entry.name, entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** What every file of a zip declares it unpacks to. */
export function declaredSize(entries: ReadonlyMap<string, ZipEntry>): number {
  let total = 0;
  for (const entry of entries.values()) total += entry.size;
  return total;
}

/**
 * One file's bytes unpacked. Never more than it declared (a zip that lies about its sizes to get
 * past a limit is cut off there, and refused as broken); throws on anything broken.
 */
export function unzipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localAt;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip: no local header for ${entry.name}`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error(`zip: ${entry.name} runs past the end`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const unpacked =
    entry.method === 0 ? Buffer.from(data) : entry.method === 8 ? inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) }) : null;
  if (unpacked === null) throw new Error(`zip: ${entry.name} is packed in a way this does not read (${entry.method})`);
  if (unpacked.length !== entry.size) throw new Error(`zip: ${entry.name} is not the size it declares`);
  return unpacked;
}
