import { readFile } from 'node:fs/promises';

/** Why a file could not be read, as data. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'file-not-found' | 'not-xlsx' | 'unreadable-file',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The bytes of an .xlsx file, after the cheap checks that it is one: a zip archive ("PK")
 * holding a workbook part. Rejects with UnreadableFileError when it is not.
 */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError('file-not-found', `no such file: ${path}`);
    throw new UnreadableFileError('unreadable-file', `cannot read ${path}: ${(e as Error).message}`);
  }
  // an .xlsx is a zip archive: "PK\x03\x04"
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    throw new UnreadableFileError('not-xlsx', `${path} is not an .xlsx workbook (an .xlsx file is a zip archive)`);
  }
  // ...holding a workbook part (zip entry names are stored as plain text): a .docx or any other zip is not one
  if (buffer.indexOf('xl/workbook') < 0 || buffer.indexOf('[Content_Types].xml') < 0) {
    throw new UnreadableFileError('not-xlsx', `${path} is a zip archive but not an .xlsx workbook (it has no xl/workbook part)`);
  }
  return buffer;
}

/** The error a reader's failure becomes: a file that is a zip with a workbook part but cannot be read as one. */
export function notReadable(path: string, e: unknown): UnreadableFileError {
  if (e instanceof UnreadableFileError) return e;
  return new UnreadableFileError('not-xlsx', `${path} could not be read as an .xlsx workbook: ${(e as Error).message}`);
}
