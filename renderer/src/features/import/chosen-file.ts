import type { ImportFile } from '../../../../shared/contract/import.contract';
import { decodeText } from '../../../../shared/domain/text-encoding';

export interface ChosenFile {
  file: ImportFile;
  /** How a text file was decoded (null for a workbook). */
  encoding: 'utf-8' | 'gb18030' | null;
}

/** base64 without building one string per byte pair at a time (a workbook can be tens of MB). */
function toBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * What the user picked, as the import reads it: an Excel workbook by its bytes (an .xlsx is a zip),
 * a vCard or a CSV as text decoded from UTF-8 or GBK.
 */
export async function readChosenFile(chosen: File): Promise<ChosenFile> {
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  if (/\.xlsx$/i.test(chosen.name) || isZip(bytes)) return { file: { kind: 'xlsx', base64: toBase64(bytes) }, encoding: null };
  const { text, encoding } = decodeText(bytes);
  const vcard = /\.vcf$/i.test(chosen.name) || text.trimStart().toUpperCase().startsWith('BEGIN:VCARD');
  return { file: { kind: vcard ? 'vcard' : 'csv', text }, encoding };
}
