/**
 * An .xlsx package (a zip archive) opened with its sizes checked before anything is inflated: each
 * part's declared size against the per-part limit, their sum against the whole-package limit. A part
 * is inflated by Node's zlib with its declared size as the most it may produce, so a part that holds
 * more than it declares (a zip bomb lying about its size) stops at that size instead of filling memory.
 * JSZip reads the archive's directory; its own (pure JavaScript) inflater is not used here.
 */
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { formatBytes, type ReadLimits } from './limits';
import { UnreadableFileError } from './readWorkbookFile';
import { directoryProblemText, zipDirectoryProblem } from './zipDirectory';

/** What JSZip keeps of a loaded entry (jszip 3.10's CompressedObject): below its public API. */
interface CompressedData {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly compression: { readonly magic: string } | null;
  readonly compressedContent: Uint8Array;
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';

export class XlsxPackage {
  private constructor(
    private readonly path: string,
    private readonly limits: ReadLimits,
    private readonly entries: ReadonlyMap<string, CompressedData>,
  ) {}

  /**
   * Reads the archive's directory and refuses (UnreadableFileError `too-large`) a package whose parts
   * declare more than the limits allow, before inflating any of them.
   */
  static async open(buffer: Buffer, path: string, limits: ReadLimits): Promise<XlsxPackage> {
    // the directory first, from the bytes: JSZip makes an object per entry of it
    const problem = zipDirectoryProblem(buffer, limits);
    if (problem) throw tooLarge(path, directoryProblemText(problem));
    const zip = await JSZip.loadAsync(buffer);
    const entries = new Map<string, CompressedData>();
    let total = 0;
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const data = (entry as unknown as { _data: CompressedData })._data;
      const name = entry.name.replace(/^\//, '');
      const size = data.uncompressedSize;
      if (size > limits.partBytes) throw tooLarge(path, `its part ${name} expands to ${formatBytes(size)}, more than the limit of ${formatBytes(limits.partBytes)}`);
      total += size;
      if (total > limits.unzippedBytes) throw tooLarge(path, `it expands to more than ${formatBytes(limits.unzippedBytes)}`);
      entries.set(name, data);
    }
    return new XlsxPackage(path, limits, entries);
  }

  /** The names of the package's parts, without a leading `/`. */
  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** A part's declared (inflated) size, or undefined when the package has no such part. */
  size(name: string): number | undefined {
    return this.entries.get(name)?.uncompressedSize;
  }

  /** A part's bytes, inflated and never more than it declares; undefined when the package has no such part. */
  bytes(name: string): Buffer | undefined {
    const data = this.entries.get(name);
    if (!data) return undefined;
    const declared = data.uncompressedSize;
    const magic = data.compression?.magic;
    let out: Buffer;
    if (magic === STORE) {
      out = Buffer.from(data.compressedContent.buffer, data.compressedContent.byteOffset, data.compressedContent.byteLength);
    } else if (magic === DEFLATE) {
      try {
        // maxOutputLength must be at least 1; an empty part inflates to nothing anyway
        out = inflateRawSync(data.compressedContent, { maxOutputLength: Math.max(1, declared) });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw this.damaged(name, `it holds more than the ${formatBytes(declared)} it declares`);
        throw this.damaged(name, 'its compressed data is corrupt');
      }
    } else {
      throw this.damaged(name, 'it is compressed with a method other than deflate');
    }
    if (out.length !== declared) throw this.damaged(name, `it holds ${formatBytes(out.length)}, not the ${formatBytes(declared)} it declares`);
    return out;
  }

  /** A part as UTF-8 text. */
  text(name: string): string | undefined {
    return this.bytes(name)?.toString('utf8');
  }

  private damaged(name: string, why: string): UnreadableFileError {
    return new UnreadableFileError('not-xlsx', `${this.path} is damaged: its part ${name} cannot be read (${why}); refused`);
  }

  /**
   * A counter of the cells of the sheet parts named, to be given each part's XML as it is read: it
   * refuses the workbook (UnreadableFileError `too-large`) once they are more than the cell limit.
   * Sheets whose declared sizes are too small to hold that many cells are not counted at all.
   */
  cellCounter(parts: readonly string[]): (xml: string) => void {
    // the shortest cell is `<c/>`: a part of n bytes holds at most n / 4 cells
    let bound = 0;
    for (const p of parts) bound += Math.floor((this.size(p) ?? 0) / 4);
    if (bound <= this.limits.cells) return () => {};
    let cells = 0;
    return (xml) => {
      cells += countCells(xml, this.limits.cells - cells + 1);
      if (cells > this.limits.cells) throw tooLarge(this.path, `it has more than ${this.limits.cells.toLocaleString('en-US')} cells`);
    };
  }
}

/** `<c>`, `<c/>` and `<c ...>` elements of a sheet's XML, counted up to `stopAt`. */
export function countCells(xml: string, stopAt = Infinity): number {
  let n = 0;
  for (let i = xml.indexOf('<c'); i >= 0 && n < stopAt; i = xml.indexOf('<c', i + 2)) {
    const next = xml.charCodeAt(i + 2);
    // space, tab, CR, LF, '/', '>'
    if (next === 32 || next === 9 || next === 13 || next === 10 || next === 47 || next === 62) n++;
  }
  return n;
}

export function tooLarge(path: string, why: string): UnreadableFileError {
  return new UnreadableFileError('too-large', `${path}: ${why}; refused`);
}

/** The refusal of a sheet with a row or column past Excel's last (row 1,048,576, column XFD). */
export function pastExcel(path: string, sheet: string, what: string): UnreadableFileError {
  return tooLarge(path, `sheet '${sheet}' has ${what}, past Excel's last row (1,048,576) or column (XFD)`);
}
