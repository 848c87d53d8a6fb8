/**
 * How the commands that write (`rollup`, `fill`) put their output on disk, and what they say when
 * they cannot. A write never leaves a half-written file under the output's name and never destroys
 * a good file already there: the bytes go to a temporary file in the output's folder, are flushed
 * to the disk (fsync), and only then is the temporary file renamed over the output (a rename within
 * one folder is atomic). On any failure the temporary file is removed and the output is as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ContentPlan, Lang } from '../engine';
import { writeContentPlan } from './packageWriter';
import { UnreadableFileError } from './readWorkbookFile';
import type { ReadPackage } from './readSnapshot';

/** Bytes handed to one write(2): a failure midway (a full disk) leaves a partial temporary file, never a partial output. */
const CHUNK = 1024 * 1024;

/** The output path a write really replaces: a symbolic link is followed, so the file it points to gets the new content. */
function targetOf(output: string): string {
  try {
    if (fs.lstatSync(output).isSymbolicLink()) return fs.realpathSync(output);
  } catch {
    // no such file yet, or a dangling link: the path itself
  }
  return output;
}

/** The name of the temporary file beside `target`: hidden, unique, and recognisable as ours. */
export function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.budget-check-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `output` atomically: to a temporary file in the same folder, flushed, then renamed
 * over `output`. An existing output keeps its permissions. On failure the temporary file is removed,
 * `output` is untouched, and the error (with its `code`: ENOENT, EACCES, ENOSPC ...) is thrown.
 */
export function writeFileAtomic(output: string, data: Uint8Array): void {
  const target = targetOf(output);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw Object.assign(new Error(`${output} is a directory`), { code: 'EISDIR' });
  const dir = path.dirname(target);
  const temp = temporaryName(target);
  let fd: number | undefined;
  let created = false;
  try {
    fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    created = true;
    if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
    for (let offset = 0; offset < data.length; ) offset += fs.writeSync(fd, data, offset, Math.min(CHUNK, data.length - offset));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
    created = false;
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing: the first error is the one to report
      }
    }
    if (created) fs.rmSync(temp, { force: true });
    throw e;
  }
  // the rename itself reaches the disk when the folder is flushed; not every system can open a folder
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // best effort
  }
}

/**
 * Why `output` cannot be written, found before any work is done (a missing folder, a folder given as
 * the output, a folder without write permission), as an error with a `code`; null when it looks writable.
 */
export function outputProblem(output: string): NodeJS.ErrnoException | null {
  const fail = (code: string) => Object.assign(new Error(code), { code }) as NodeJS.ErrnoException;
  const target = targetOf(output);
  try {
    if (fs.statSync(target).isDirectory()) return fail('EISDIR');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return fail(code ?? 'EIO');
  }
  const dir = path.dirname(target);
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch (e) {
    return fail((e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT');
  }
  if (!dirStat.isDirectory()) return fail('ENOTDIR');
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    return fail((e as NodeJS.ErrnoException).code ?? 'EACCES');
  }
  return null;
}

/** One sentence saying why `output` was not written, in the user's language; never a stack trace. */
export function writeFailure(output: string, error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const dir = path.dirname(path.resolve(output));
  const ru = lang === 'ru';
  let why: string;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      why = ru ? `папки ${dir} нет` : `the folder ${dir} does not exist`;
      break;
    case 'EISDIR':
      why = ru ? 'это папка; укажите имя файла (-o ПАПКА/ФАЙЛ.xlsx)' : 'it is a folder; give a file name (-o FOLDER/FILE.xlsx)';
      break;
    case 'EACCES':
    case 'EPERM':
      why = ru ? `нет прав на запись в папку ${dir}` : `no permission to write in the folder ${dir}`;
      break;
    case 'EROFS':
      why = ru ? `папка ${dir} только для чтения` : `the folder ${dir} is read-only`;
      break;
    case 'ENOSPC':
    case 'EDQUOT':
      why = ru ? 'на диске нет места' : 'the disk is full';
      break;
    default: {
      // Node's own messages start with the code and end with the paths: `EIO: i/o error, rename '…' -> '…'`
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      why = !code ? message : message.startsWith(`${code}:`) ? message.replace(/, (open|write|rename|fsync|close) '.*$/, '') : `${code}: ${message}`;
    }
  }
  return ru ? `Не удалось записать ${output}: ${why}; ничего не записано.` : `Could not write ${output}: ${why}; nothing was written.`;
}

/** One sentence saying the workbook to write could not be made (the package could not be edited), in the user's language. */
export function buildFailure(output: string, error: unknown, lang: Lang): string {
  const sentence = (error as { sentence?: (lang: Lang) => string } | null)?.sentence;
  const message = typeof sentence === 'function' ? sentence.call(error, lang) : error instanceof Error ? error.message.split('\n')[0] : String(error);
  return lang === 'ru' ? `Не удалось сформировать ${output}: ${message}; ничего не записано.` : `Could not make ${output}: ${message}; nothing was written.`;
}

/**
 * Writes the copy a command made: the input package with the plan applied (packageWriter.ts),
 * then atomically under the output's name. Undefined when written; else the one sentence to
 * print (a part the writer needs is missing or damaged, the package cannot be built, the file
 * cannot be written): the command then exits 2.
 */
export async function writeCopy(read: ReadPackage, plan: ContentPlan, output: string, lang: Lang): Promise<string | undefined> {
  let data: Buffer;
  try {
    data = (await writeContentPlan(read.buffer, plan, (name) => read.pkg.text(name))).data;
  } catch (e) {
    return e instanceof UnreadableFileError ? e.message : buildFailure(output, e, lang);
  }
  try {
    writeFileAtomic(output, data);
  } catch (e) {
    return writeFailure(output, e, lang);
  }
  return undefined;
}
