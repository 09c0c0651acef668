// The little XML a workbook's parts need, read with regular expressions rather than a general
// parser: a sheet of 100,000 customers is some 20 MB of XML that a SAX parser walked event by event
// in about two seconds, where these scans take a fraction of that. Only what SpreadsheetML writes
// is read: elements (with or without a namespace prefix), attributes, text with its entities.

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or an attribute value with its entities (&amp;, &#20013;, &#x4E2D;) as the characters they stand for. */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name] ?? whole;
  });
}

/** An element's attributes by name (prefix kept: `r:id`), values decoded. */
export function xmlAttributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1] !== undefined) found.set(m[1], xmlText(m[2] ?? m[3] ?? ''));
  }
  return found;
}

/**
 * Every element called `name` (with any namespace prefix): its attributes' text and its content
 * ('' when it closes itself). Not for elements that can hold themselves.
 */
export function* xmlElements(xml: string, name: string): Generator<{ attributes: string; content: string }> {
  for (const m of xml.matchAll(elementPattern(name))) yield { attributes: m[1] ?? '', content: m[2] ?? '' };
}

const patterns = new Map<string, RegExp>();

/** Made once per element name: a shared-string table calls for the same few a hundred thousand times. */
function elementPattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
    patterns.set(name, pattern);
  }
  return pattern;
}

/**
 * The words of a string item (a shared string, an inline string): its text runs in order, without
 * the phonetic guide a Chinese or Japanese Excel may add (<rPh>), with Excel's escapes for
 * characters XML cannot hold (_x000D_) undone as exceljs did.
 */
export function stringItemText(content: string): string {
  const plain =
    content.includes('<rPh') || content.includes(':rPh')
      ? content.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '')
      : content;
  let text = '';
  for (const t of xmlElements(plain, 't')) text += xmlText(t.content);
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
