/** Hands a file made in the page to the user: a download in a browser, the save dialog in the app. */
export function saveFile(name: string, body: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** A file the book made (a ledger, an SMS list) arrives as base64 in the call's answer. */
export function saveMadeFile(file: { fileName: string; contentType: string; base64: string }): void {
  const text = atob(file.base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  saveFile(file.fileName, bytes, file.contentType);
}
