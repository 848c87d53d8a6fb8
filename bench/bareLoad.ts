/**
 * The baseline for the CLI timing: a bare ExcelJS load of a workbook, nothing else.
 * Usage: node dist/bench/bareLoad.js <file.xlsx>
 */
import ExcelJS from 'exceljs';

async function run(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
}

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: bareLoad <file.xlsx>\n');
  process.exitCode = 2;
} else {
  run(path).catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  });
}
