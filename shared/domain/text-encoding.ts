/**
 * Text files as Excel and WPS save them: UTF-8 with or without a byte order mark, or GBK/GB18030
 * (WPS and older Excel on Chinese Windows). UTF-8 is tried strictly first; anything that is not
 * valid UTF-8 is read as GB18030, a superset of GBK.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}
