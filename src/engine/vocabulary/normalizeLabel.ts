/** Lower case, `ё` → `е`, one space between words, no surrounding punctuation or spaces. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00A0\u202F\u2007\u2009\s]+/g, ' ')
    .replace(/^[\s:;,.*\-–—]+|[\s:;,*]+$/g, '')
    .trim();
}
