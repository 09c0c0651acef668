/**
 * Encodes text as GB18030, the way WPS saves CSV on Chinese Windows. Node can decode GB18030
 * but not encode it, so the two-byte table is built by decoding every two-byte sequence once.
 */
let table: Map<string, [number, number]> | null = null;

function buildTable(): Map<string, [number, number]> {
  const map = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi += 1) {
    for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Buffer {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (pair === undefined) throw new Error(`no two-byte GB18030 code for ${ch}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}
