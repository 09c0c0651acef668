function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The first line of an entry, as a one-line title in lists (Today, open promises). */
export function firstLine(text: string): string {
  return paragraphs(text)[0] ?? '';
}

/** The last paragraph of an entry, as the recall card's "last diary line". */
export function lastLineOf(text: string): string {
  const all = paragraphs(text);
  return all[all.length - 1] ?? '';
}
