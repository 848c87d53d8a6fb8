/**
 * The directory of a zip archive read straight from its bytes, without inflating anything and
 * without making an object per entry: how many entries it has and the size each declares. The
 * command line and the standalone page check these against the limits before any zip library
 * reads the archive (a directory of millions of entries would fill memory on its own). No Node
 * modules here: the page uses it too.
 */
import { formatBytes, type ReadLimits } from './limits';

/** Why a package is refused, as data (the caller words it), or null when its directory is within the limits. */
export type DirectoryProblem =
  | { readonly kind: 'entries'; readonly limit: number }
  | { readonly kind: 'part'; readonly name: string; readonly size: number; readonly limit: number }
  | { readonly kind: 'unzipped'; readonly limit: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

/**
 * Walks the central directory: refuses more entries than `limits.entries`, a part declaring more
 * than `limits.partBytes`, declared sizes adding up to more than `limits.unzippedBytes`. An archive
 * whose directory cannot be found or walked is left to the zip reader, which says it is damaged.
 */
export function zipDirectoryProblem(data: Uint8Array, limits: Pick<ReadLimits, 'entries' | 'partBytes' | 'unzippedBytes'>): DirectoryProblem | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(eocd - 20 + 8);
    if (z + 56 <= data.length && u32(z) === ZIP64_EOCD) {
      count = u64(z + 32);
      offset = u64(z + 48);
    }
  }
  if (count > limits.entries) return { kind: 'entries', limit: limits.entries };
  let total = 0;
  let entries = 0;
  // every header is walked, whatever the end record says: a directory can hold more than it declares
  for (let p = offset; p + 46 <= data.length && u32(p) === CENTRAL; ) {
    if (++entries > limits.entries) return { kind: 'entries', limit: limits.entries };
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    let size = u32(p + 24);
    if (size === 0xffffffff) {
      // the real size is in the zip64 extra field (id 1), first when the size is what overflowed
      for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength && e + 4 <= data.length; ) {
        const id = u16(e);
        const length = u16(e + 2);
        if (id === 1 && e + 12 <= data.length) {
          size = u64(e + 4);
          break;
        }
        e += 4 + length;
      }
    }
    const nameEnd = Math.min(data.length, p + 46 + nameLength);
    // a folder's name ends with '/'
    if (nameLength === 0 || data[nameEnd - 1] !== 0x2f) {
      if (size > limits.partBytes) return { kind: 'part', name: utf8(data.subarray(p + 46, nameEnd)).replace(/^\//, ''), size, limit: limits.partBytes };
      total += size;
      if (total > limits.unzippedBytes) return { kind: 'unzipped', limit: limits.unzippedBytes };
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

/** The problem as the end of a sentence: `it has more than 10,000 parts`. */
export function directoryProblemText(problem: DirectoryProblem): string {
  switch (problem.kind) {
    case 'entries':
      return `it has more than ${problem.limit.toLocaleString('en-US')} parts`;
    case 'part':
      return `its part ${problem.name} expands to ${formatBytes(problem.size)}, more than the limit of ${formatBytes(problem.limit)}`;
    case 'unzipped':
      return `it expands to more than ${formatBytes(problem.limit)}`;
  }
}

/** UTF-8 bytes as text (TextDecoder is not in every environment the page's code runs in, such as jsdom). */
function utf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) cp = (cp << 6) | ((bytes[i + k] ?? 0) & 0x3f);
    out += String.fromCodePoint(cp <= 0x10ffff ? cp : 0xfffd);
    i += n + 1;
  }
  return out;
}
