/** A sheet's part in an .xlsx package (`xl/worksheets/sheet12.xml`). */
const SHEET_PART = /^\/?xl\/worksheets\/sheet\d+\.xml$/;

/**
 * How many sheet parts an .xlsx package holds, from the zip's central directory alone (the list
 * of its files at the end of the package; nothing is unpacked). 0 when the data is not a zip.
 */
export function countSheetParts(data: ArrayBuffer | Uint8Array): number {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record: its signature, within the last 64 KiB (its comment) + 22 bytes
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return 0;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let sheets = 0;
  for (let n = 0; n < entries && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(at + 28, true);
    // a sheet part's name is ASCII: bytes as char codes are enough to know it
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 256)));
    if (SHEET_PART.test(name)) sheets++;
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return sheets;
}
