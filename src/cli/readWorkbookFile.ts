import { open } from 'node:fs/promises';
import { DEFAULT_LIMITS, formatBytes } from './limits';

/** Why a file could not be read, as data. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'file-not-found' | 'not-xlsx' | 'unreadable-file' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The bytes of an .xlsx file, after the cheap checks that it is one: a zip archive ("PK")
 * holding a workbook part. Rejects with UnreadableFileError when it is not, or when it is
 * larger than `maxBytes`: a regular file by its size, before reading; anything else (a pipe,
 * a device such as /dev/zero) stops being read at that many bytes, or at once when it does not
 * begin as a zip archive does.
 */
export async function readWorkbookFile(path: string, maxBytes: number = DEFAULT_LIMITS.fileBytes): Promise<Buffer> {
  let buffer: Buffer;
  try {
    buffer = await readBounded(path, maxBytes);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError('file-not-found', `no such file: ${path}`);
    throw new UnreadableFileError('unreadable-file', `cannot read ${path}: ${(e as Error).message}`);
  }
  if (!isZip(buffer)) {
    throw new UnreadableFileError('not-xlsx', `${path} is not an .xlsx workbook (an .xlsx file is a zip archive)`);
  }
  // ...holding a workbook part (zip entry names are stored as plain text): a .docx or any other zip is not one
  if (buffer.indexOf('xl/workbook') < 0 || buffer.indexOf('[Content_Types].xml') < 0) {
    throw new UnreadableFileError('not-xlsx', `${path} is a zip archive but not an .xlsx workbook (it has no xl/workbook part)`);
  }
  return buffer;
}

/** an .xlsx is a zip archive: "PK\x03\x04" */
function isZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b;
}

async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const stat = await file.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > maxBytes) throw tooBig(path, maxBytes);
    if (stat.isFile()) return await file.readFile();
    // anything else piece by piece, up to the limit
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooBig(path, maxBytes);
      // a device or pipe that does not begin as a zip archive does is not read further
      if (chunks.length === 1 && total >= 4 && !isZip(chunks[0])) break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await file.close();
  }
}

function tooBig(path: string, maxBytes: number): UnreadableFileError {
  return new UnreadableFileError('too-large', `${path}: the file is larger than ${formatBytes(maxBytes)}; refused`);
}

/** The error a reader's failure becomes: a file that is a zip with a workbook part but cannot be read as one. */
export function notReadable(path: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  // the reader's own words (a JavaScript message) are no use to the user: BUDGET_CHECK_DEBUG=1 prints them
  if (process.env.BUDGET_CHECK_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  return new UnreadableFileError('not-xlsx', `${path} could not be read as an .xlsx workbook (it is damaged or not one); refused`);
}
