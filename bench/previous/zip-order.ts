/**
 * The same zip with the named entries moved to the front (in that order), the others after in
 * their own order; null when the bytes are not a zip this understands (then the caller reads them
 * as they are). Nothing is unpacked: each entry's compressed bytes are copied under a fresh local
 * header that carries its sizes (so no trailing data descriptor is needed), and a new central
 * directory points at the new places.
 */
export function zipWithEntriesFirst(bytes: Uint8Array, first: readonly string[]): Buffer | null {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = input.length - 22;
  while (end >= 0 && end >= input.length - 22 - 0xffff && input.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0 || end < input.length - 22 - 0xffff) return null;
  const count = input.readUInt16LE(end + 10);
  let at = input.readUInt32LE(end + 16);
  const entries: { name: string; central: Buffer; data: Buffer }[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > input.length || input.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = input.readUInt16LE(at + 28);
    const centralLength = 46 + nameLength + input.readUInt16LE(at + 30) + input.readUInt16LE(at + 32);
    const compressed = input.readUInt32LE(at + 20);
    const local = input.readUInt32LE(at + 42);
    if (compressed === 0xffffffff || local === 0xffffffff || local + 30 > input.length || input.readUInt32LE(local) !== 0x04034b50)
      return null;
    const dataStart = local + 30 + input.readUInt16LE(local + 26) + input.readUInt16LE(local + 28);
    if (dataStart + compressed > input.length) return null;
    entries.push({
      name: input.toString('utf8', at + 46, at + 46 + nameLength),
      central: Buffer.from(input.subarray(at, at + centralLength)),
      data: input.subarray(dataStart, dataStart + compressed),
    });
    at += centralLength;
  }
  const rank = (name: string) => {
    const i = first.indexOf(name);
    return i === -1 ? first.length : i;
  };
  const ordered = entries.map((e, i) => ({ ...e, i })).sort((a, b) => rank(a.name) - rank(b.name) || a.i - b.i);
  const parts: Buffer[] = [];
  let offset = 0;
  for (const entry of ordered) {
    const { central } = entry;
    const name = central.subarray(46, 46 + central.readUInt16LE(28));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(central.readUInt16LE(6), 4);
    // Sizes and checksum are in this header now: no data descriptor follows the data.
    local.writeUInt16LE(central.readUInt16LE(8) & ~0x0008, 6);
    central.copy(local, 8, 10, 28);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    central.writeUInt16LE(central.readUInt16LE(8) & ~0x0008, 8);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryStart = offset;
  for (const entry of ordered) parts.push(entry.central);
  const directoryLength = ordered.reduce((n, e) => n + e.central.length, 0);
  const tail = Buffer.alloc(22);
  tail.writeUInt32LE(0x06054b50, 0);
  tail.writeUInt16LE(ordered.length, 8);
  tail.writeUInt16LE(ordered.length, 10);
  tail.writeUInt32LE(directoryLength, 12);
  tail.writeUInt32LE(directoryStart, 16);
  parts.push(tail);
  return Buffer.concat(parts);
}
