import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { writeFileAtomic } from '../../src/cli/writeOutput';
import { FIXTURES } from '../support/fixtures';
import { sheet, toXlsx, workbook } from '../support/sheet';
import { captureIo } from '../support/cliIo';
import { PASSPORT_ROWS } from '../support/passport';

// Writes never lose data: the output is written to a temporary file beside it, flushed, and
// renamed over it; a failure at any step leaves a good file already there as it was and no
// temporary file behind. A write that cannot be made is one sentence and exit status 2.

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
let input: string;
const GOOD = Buffer.from('a good file that must survive');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-safe-write-'));
  input = path.join(dir, 'p.xlsx');
  fs.writeFileSync(
    input,
    await toXlsx(
      workbook(
        sheet('Паспорт', PASSPORT_ROWS),
      ),
    ),
  );
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => jest.restoreAllMocks());

/** A fresh folder holding a good file named out.xlsx. */
function folderWithGoodOutput(): { folder: string; out: string } {
  const folder = fs.mkdtempSync(path.join(dir, 'out-'));
  const out = path.join(folder, 'out.xlsx');
  fs.writeFileSync(out, GOOD);
  return { folder, out };
}

/** Our temporary files (jest itself writes files while it loads modules: those are left alone). */
const ours = (p: unknown) => /\.budget-check-\d+-[0-9a-f]+\.tmp$/.test(String(p));

/** Makes writes to our temporary files fail with `code` after `okCalls` successful writes. */
function failWrites(code: string, okCalls = 0): jest.SpyInstance {
  const realOpen = fs.openSync;
  const realWrite = fs.writeSync;
  const fds = new Set<number>();
  jest.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    const fd = (realOpen as (...a: unknown[]) => number)(p, ...rest);
    if (ours(p)) fds.add(fd);
    return fd;
  }) as typeof fs.openSync);
  let calls = 0;
  return jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
    if (fds.has(fd) && ++calls > okCalls) throw errno(code);
    return (realWrite as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync);
}

/** Makes the rename of our temporary file fail. */
function failRename(code: string): void {
  const real = fs.renameSync;
  jest.spyOn(fs, 'renameSync').mockImplementation(((from: fs.PathLike, to: fs.PathLike) => {
    if (ours(from)) throw errno(code);
    return real(from, to);
  }) as typeof fs.renameSync);
}

const noTemporaryFiles = (folder: string) => expect(fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('writeFileAtomic', () => {
  it('replaces the file, keeping its permissions, and leaves nothing else in the folder', () => {
    const { folder, out } = folderWithGoodOutput();
    fs.chmodSync(out, 0o640);
    writeFileAtomic(out, Buffer.from('new'));
    expect(fs.readFileSync(out, 'utf8')).toBe('new');
    expect(fs.statSync(out).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(folder)).toEqual(['out.xlsx']);
  });

  it('a write failing midway (the disk full after the first megabyte): the good file is unchanged, no temporary file', () => {
    const { folder, out } = folderWithGoodOutput();
    const spy = failWrites('ENOSPC', 1);
    expect(() => writeFileAtomic(out, Buffer.alloc(3 * 1024 * 1024, 7))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(spy).toHaveBeenCalledTimes(2);
    expect(fs.readFileSync(out)).toEqual(GOOD);
    noTemporaryFiles(folder);
  });

  it('a failure between the temporary write and the rename: the good file is unchanged, no temporary file', () => {
    const { folder, out } = folderWithGoodOutput();
    let written: string | undefined;
    jest.spyOn(fs, 'renameSync').mockImplementation(((from: fs.PathLike) => {
      written = String(from);
      // the temporary file is complete and flushed when the failure strikes
      expect(fs.readFileSync(from, 'utf8')).toBe('new content');
      throw errno('EIO');
    }) as typeof fs.renameSync);
    expect(() => writeFileAtomic(out, Buffer.from('new content'))).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(path.dirname(written!)).toBe(folder);
    expect(ours(written)).toBe(true);
    expect(fs.readFileSync(out)).toEqual(GOOD);
    noTemporaryFiles(folder);
  });

  it('a failing fsync is a failure too: nothing is renamed', () => {
    const { folder, out } = folderWithGoodOutput();
    const realOpen = fs.openSync;
    let tempFd = -1;
    jest.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
      const fd = (realOpen as (...a: unknown[]) => number)(p, ...rest);
      if (ours(p)) tempFd = fd;
      return fd;
    }) as typeof fs.openSync);
    const realSync = fs.fsyncSync;
    jest.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      if (fd === tempFd) throw errno('EIO');
      realSync(fd);
    });
    expect(() => writeFileAtomic(out, Buffer.from('new content'))).toThrow();
    expect(fs.readFileSync(out)).toEqual(GOOD);
    noTemporaryFiles(folder);
  });

  it('writes through a symbolic link to the file it points to', () => {
    const { folder, out } = folderWithGoodOutput();
    const link = path.join(folder, 'link.xlsx');
    fs.symlinkSync(out, link);
    writeFileAtomic(link, Buffer.from('via link'));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(out, 'utf8')).toBe('via link');
    noTemporaryFiles(folder);
  });
});

describe('rollup and fill when the write fails', () => {
  it('rollup: the disk full while writing is exit 2, one sentence, the good output unchanged, no temporary file', async () => {
    const { folder, out } = folderWithGoodOutput();
    failWrites('ENOSPC');
    for (const [lang, sentence] of [
      ['en', `Could not write ${out}: the disk is full; nothing was written.\n`],
      ['ru', `Не удалось записать ${out}: на диске нет места; ничего не записано.\n`],
    ]) {
      const io = captureIo();
      expect(await main(['rollup', input, '--kind', 'year', '-o', out, '--lang', lang], io)).toBe(2);
      expect(io.stderr()).toBe(sentence);
      expect(io.stdout()).toBe('');
    }
    expect(fs.readFileSync(out)).toEqual(GOOD);
    noTemporaryFiles(folder);
  });

  it('rollup: a failure just before the rename leaves the good output as it was', async () => {
    const { folder, out } = folderWithGoodOutput();
    failRename('EIO');
    const io = captureIo();
    expect(await main(['rollup', input, '--kind', 'year', '-o', out, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^Could not write .*out\.xlsx: EIO: simulated; nothing was written\.\n$/);
    expect(fs.readFileSync(out)).toEqual(GOOD);
    noTemporaryFiles(folder);
  });

  it('rollup: writes over a good output when all goes well', async () => {
    const { folder, out } = folderWithGoodOutput();
    const io = captureIo();
    expect(await main(['rollup', input, '--kind', 'year', '-o', out, '--lang', 'en'], io)).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fs.readdirSync(folder)).toEqual(['out.xlsx']);
  });

  it('fill: the disk full while writing is exit 2, one sentence, the good output unchanged', async () => {
    const { folder, out } = folderWithGoodOutput();
    failWrites('ENOSPC');
    const io = captureIo();
    expect(await main(['fill', path.join(FIXTURES, 'kozhevnikovo-programme.xlsx'), '--template', 'Отчет 2024', '-o', out, '--lang', 'ru'], io)).toBe(2);
    expect(io.stderr()).toBe(`Не удалось записать ${out}: на диске нет места; ничего не записано.\n`);
    expect(fs.readFileSync(out)).toEqual(GOOD);
    noTemporaryFiles(folder);
  });
});

describe('rollup: an output that cannot be written is exit 2 and one sentence, before any work', () => {
  it('a folder that does not exist', async () => {
    const out = path.join(dir, 'no-such-folder', 'out.xlsx');
    const io = captureIo();
    expect(await main(['rollup', input, '-o', out, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toBe(`Could not write ${out}: the folder ${path.join(dir, 'no-such-folder')} does not exist; nothing was written.\n`);
    const ru = captureIo();
    expect(await main(['rollup', input, '-o', out, '--lang', 'ru'], ru)).toBe(2);
    expect(ru.stderr()).toBe(`Не удалось записать ${out}: папки ${path.join(dir, 'no-such-folder')} нет; ничего не записано.\n`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a folder given as -o', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'as-output-'));
    const io = captureIo();
    expect(await main(['rollup', input, '-o', folder, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toBe(`Could not write ${folder}: it is a folder; give a file name (-o FOLDER/FILE.xlsx); nothing was written.\n`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('a read-only folder', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'read-only-'));
    const out = path.join(folder, 'out.xlsx');
    fs.chmodSync(folder, 0o555);
    try {
      if (isRoot) {
        // root writes anywhere: the refusal the system would give anyone else is simulated
        const real = fs.accessSync;
        jest.spyOn(fs, 'accessSync').mockImplementation((p: fs.PathLike, mode?: number) => {
          if (String(p) === folder) throw errno('EACCES');
          real(p, mode);
        });
      }
      const io = captureIo();
      expect(await main(['rollup', input, '-o', out, '--lang', 'en'], io)).toBe(2);
      expect(io.stderr()).toBe(`Could not write ${out}: no permission to write in the folder ${folder}; nothing was written.\n`);
      noStackTrace(io.stderr());
      expect(fs.readdirSync(folder)).toEqual([]);
    } finally {
      fs.chmodSync(folder, 0o755);
    }
  });

  it('a folder that becomes unwritable after the check (the temporary file cannot be made)', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'late-'));
    const out = path.join(folder, 'out.xlsx');
    const real = fs.openSync;
    jest.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
      if (ours(p)) throw errno('EACCES');
      return (real as (...a: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync);
    const io = captureIo();
    expect(await main(['rollup', input, '-o', out, '--lang', 'ru'], io)).toBe(2);
    expect(io.stderr()).toBe(`Не удалось записать ${out}: нет прав на запись в папку ${folder}; ничего не записано.\n`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('the same file under another name is refused', () => {
  it('a hard link to the input, for rollup and for fill: exit 2, the input unchanged', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'link-'));
    const own = path.join(folder, 'in.xlsx');
    fs.copyFileSync(path.join(FIXTURES, 'kozhevnikovo-programme.xlsx'), own);
    const link = path.join(folder, 'hard-link.xlsx');
    fs.linkSync(own, link);
    const before = fs.readFileSync(own);
    const io = captureIo();
    expect(await main(['rollup', own, '-o', link, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toContain('the output must be another file');
    const io2 = captureIo();
    expect(await main(['fill', own, '--template', 'Отчет 2024', '-o', link, '--lang', 'en'], io2)).toBe(2);
    expect(io2.stderr()).toContain('that is the input file');
    expect(fs.readFileSync(own).equals(before)).toBe(true);
    expect(fs.statSync(own).nlink).toBe(2);
  });

  it('a symbolic link to the input is refused too', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'symlink-'));
    const link = path.join(folder, 'sym.xlsx');
    fs.symlinkSync(input, link);
    const io = captureIo();
    expect(await main(['rollup', input, '-o', link, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toContain('the output must be another file');
  });
});
