/**
 * Property (issue 10): whatever a package holds — bytes flipped, the archive cut, a part cut,
 * removed or filled with other text, an attribute given a strange value — `check`, `rollup` and
 * `fill` end with exit code 0, 1 or 2, print no stack trace nor JavaScript's words, and the
 * process's memory stays bounded.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { main, type Io } from '../../src/cli/main';
import { richWorkbook } from '../support/richWorkbook';

jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'bc-damaged-'));
/** What must never reach the user: a stack frame, an error class, JavaScript's own messages. */
const JS_TEXT = /\n\s+at .+:\d+:\d+|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|Cannot read propert|is not a function|Invalid string length|undefined \(reading|Bug :/;

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut-archive'; at: number }
  | { kind: 'cut-part'; part: number; at: number }
  | { kind: 'remove-part'; part: number }
  | { kind: 'replace-part'; part: number; text: string }
  | { kind: 'attribute'; part: number; nth: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut-archive' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut-part' as const), part: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove-part' as const), part: fc.nat() }),
  fc.record({ kind: fc.constant('replace-part' as const), part: fc.nat(), text: fc.oneof(fc.string(), fc.constant('<?xml version="1.0"?><worksheet><sheetData><row r="x"><c r="ZZZZ0" t="s"><v>999</v></c></row></sheetData></worksheet>')) }),
  fc.record({
    kind: fc.constant('attribute' as const),
    part: fc.nat(),
    nth: fc.nat(),
    value: fc.constantFrom('', '-1', '1048577', 'XFE1', '1e308', 'NaN', '99999999999', 'A1:XFD1048576', '&amp;', '_x001B_[2J', 'rId999', '../../etc/passwd'),
  }),
);

async function damage(base: Buffer, mutations: readonly Mutation[]): Promise<Buffer> {
  let data = base;
  for (const m of mutations) {
    if (m.kind === 'flip') {
      data = Buffer.from(data);
      data[m.at % data.length] = m.value;
      continue;
    }
    if (m.kind === 'cut-archive') {
      data = data.subarray(0, m.at % data.length);
      continue;
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch {
      continue; // already no archive JSZip can read: the command must still cope
    }
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const name = names[m.part % names.length];
    if (m.kind === 'remove-part') zip.remove(name);
    else if (m.kind === 'replace-part') zip.file(name, m.text);
    else {
      const text = await zip.file(name)!.async('string');
      if (m.kind === 'cut-part') zip.file(name, text.slice(0, m.at % (text.length + 1)));
      else {
        const attrs = [...text.matchAll(/="[^"]*"/g)];
        if (attrs.length === 0) continue;
        const a = attrs[m.nth % attrs.length];
        zip.file(name, text.slice(0, a.index) + `="${m.value}"` + text.slice(a.index! + a[0].length));
      }
    }
    data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
  return data;
}

function capture(): Io & { text: () => string } {
  let all = '';
  return { out: (t) => void (all += t), err: (t) => void (all += t), env: {}, text: () => all };
}

it('check, rollup and fill on damaged packages: exit 0, 1 or 2, no stack trace, bounded memory', async () => {
  const base = await richWorkbook();
  const start = process.memoryUsage().rss;
  let peak = start;
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom('check', 'rollup', 'fill'), async (mutations, command) => {
      const file = join(dir, `in-${run}.xlsx`);
      const out = join(dir, `out-${run++}.xlsx`);
      writeFileSync(file, await damage(base, mutations));
      const args = command === 'check' ? ['check', file] : command === 'rollup' ? ['rollup', file, '-o', out] : ['fill', file, '--template', 'Отчет 2024', '-o', out];
      const io = capture();
      const status = await main([...args, '--lang', 'en'], io);
      expect([0, 1, 2]).toContain(status);
      expect(io.text()).not.toMatch(JS_TEXT);
      peak = Math.max(peak, process.memoryUsage().rss);
    }),
    { numRuns: 150, seed: 20261130 },
  );
  // a handful of small packages: the process never grows by more than a few tens of megabytes
  expect(peak - start).toBeLessThan(256 * 1024 * 1024);
});
