import fc from 'fast-check';
import { checkWorkbook, type CellValue, type CheckResult, type Finding, type FindingCode, type WorkbookSnapshot } from '../../src/engine';
import { sheet, workbook, type TestCell } from '../support/sheet';

// "Bad input never crashes and never hangs": empty workbooks, text-only sheets, error cells,
// merges everywhere, negative and huge numbers, dates, a 200,000-row sheet, random grids.

const KNOWN_CODES: readonly FindingCode[] = [
  'sum-mismatch',
  'rounding-difference',
  'relation-unchecked',
  'part-exceeds-whole',
  'unparsable-number',
  'formula-not-calculated',
  'not-a-figure',
  'error-value',
  'table-mismatch',
  'text-sum-mismatch',
  'text-table-mismatch',
  'year-gap',
];
const SEVERITIES = ['error', 'warning', 'info'];
const A1 = /^[A-Z]+[0-9]+$/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

const codesAt = (result: CheckResult, cell: string): FindingCode[] => result.findings.filter((f) => f.cell === cell).map((f) => f.code);
const withCode = (result: CheckResult, code: FindingCode): Finding[] => result.findings.filter((f) => f.code === code);

/** A passport's source × year table: `figures` are the three figure rows (2021, 2022, Всего). */
function passport(figures: TestCell[][]): TestCell[][] {
  return [
    ['Источники', '2021 год', '2022 год', 'Всего'],
    ['федеральный бюджет', ...figures[0]],
    ['областной бюджет', ...figures[1]],
    ['ВСЕГО:', ...figures[2]],
  ];
}

const CORRECT: TestCell[][] = [
  [100, 200, 300],
  [10, 20, 30],
  [110, 220, 330],
];

function withFigure(row: number, col: number, value: TestCell): TestCell[][] {
  return CORRECT.map((r, i) => r.map((v, j) => (i === row && j === col ? value : v)));
}

describe('sanity: the baseline table is found and adds up', () => {
  it('detects the passport table with no findings', () => {
    const result = checkWorkbook(workbook(sheet('Паспорт', passport(CORRECT))));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].range).toEqual({ top: 0, left: 0, bottom: 3, right: 3 });
    expect(result.findings).toEqual([]);
  });
});

describe('empty input', () => {
  it('an empty workbook (no sheets) has no tables and no findings', () => {
    expect(checkWorkbook({ sheets: [] })).toMatchObject({ tables: [], findings: [] });
  });

  it('a workbook of empty sheets has no tables and no findings', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        { name: 'Пусто', values: [] },
        { name: 'Empty rows', values: [[], [], []] },
        { name: 'Nulls', values: [[null, null], [null]], origin: { row: 10, col: 3 } },
        { name: 'Merged only', values: [], merges: [{ top: 0, left: 0, bottom: 5, right: 5 }] },
        sheet('Blanks', [['', '   '], [null, '\u00A0']]),
      ],
    };
    expect(checkWorkbook(wb)).toMatchObject({ tables: [], findings: [] });
  });
});

describe('sheets of text only', () => {
  it('Russian and English prose yield no tables and no findings', () => {
    const ru = sheet('Текст', [
      ['Муниципальная программа «Развитие информационного общества»'],
      ['Сроки реализации', '2020-2024 годы'],
      ['Цель', 'Повышение эффективности муниципального управления'],
      ['Ответственный исполнитель', 'Администрация района'],
      ['Объёмы финансирования', 'Всего 1 234,5 тыс. рублей, в том числе федеральный бюджет – 100,0 тыс. рублей'],
      ['В том числе:', 'из них', 'ИТОГО', 'Всего'],
      ['федеральный бюджет', 'областной бюджет', 'районный бюджет', 'внебюджетные источники'],
    ]);
    const en = sheet('Prose', [
      ['The programme runs from 2020 to 2024.'],
      ['Total', 'Federal budget', 'Local budget', 'Other sources'],
      ['of which', 'FY', 'year', 'n/a'],
      ['Funding is provided in thousands of roubles.'],
    ]);
    const result = checkWorkbook(workbook(ru, en));
    expect(result.tables).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('error cells', () => {
  it('#REF! in a figure is an error-value finding, and the totals that need it are unchecked, not mismatched', () => {
    const result = checkWorkbook(workbook(sheet('Паспорт', passport(withFigure(0, 1, { error: '#REF!' })))));
    expect(result.tables).toHaveLength(1);
    const errorValue = withCode(result, 'error-value');
    expect(errorValue).toHaveLength(1);
    expect(errorValue[0]).toMatchObject({ cell: 'C2', sheet: 'Паспорт', tableId: 'T1', params: { text: '#REF!' } });
    // D2 = B2 + C2 (row total) and C4 = C2 + C3 (year total) need C2
    const unchecked = withCode(result, 'relation-unchecked');
    expect(unchecked.map((f) => f.cell).sort()).toEqual(['C4', 'D2']);
    for (const f of unchecked) {
      expect(f.params.badCells).toEqual(['C2']);
      expect(f.expected).toBeNull();
      expect(f.actual).toBeNull();
      expect(f.difference).toBeNull();
    }
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
  });

  it('error values of every kind anywhere in the sheet do not crash', () => {
    const errors = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#ССЫЛКА!'];
    const rows: TestCell[][] = passport(CORRECT).map((r) => [...r]);
    rows.push(errors.map((error) => ({ error })));
    rows.unshift([{ error: '#N/A' }, { error: '#REF!' }]);
    const result = checkWorkbook(workbook(sheet('Errors', rows)));
    expect(result.tables).toHaveLength(1);
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
  });

  it('an error value in a total cell is reported at that cell', () => {
    const result = checkWorkbook(workbook(sheet('Паспорт', passport(withFigure(2, 2, { error: '#DIV/0!' })))));
    expect(codesAt(result, 'D4')).toContain('error-value');
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
  });
});

describe('merged cells everywhere', () => {
  it('every 2x2 block of a 20x20 grid merged: completes', () => {
    const rows: TestCell[][] = [];
    for (let r = 0; r < 20; r++) {
      const row: TestCell[] = [];
      for (let c = 0; c < 20; c++) row.push(r % 2 === 0 && c % 2 === 0 ? (r + c) % 4 === 0 ? 2020 + c / 2 : `Ячейка ${r}:${c}` : null);
      rows.push(row);
    }
    const s = sheet('Merged', rows);
    const merges = [];
    for (let r = 0; r < 20; r += 2) for (let c = 0; c < 20; c += 2) merges.push({ top: r, left: c, bottom: r + 1, right: c + 1 });
    const result = checkWorkbook({ sheets: [{ ...s, merges }] });
    expect(Array.isArray(result.tables)).toBe(true);
    expect(Array.isArray(result.findings)).toBe(true);
  });

  it('a passport with its header merged over two rows is still checked', () => {
    const rows: TestCell[][] = [
      ['Источники', '2021 год', '2022 год', 'Всего'],
      [null, null, null, null],
      ...passport(withFigure(2, 0, 111)).slice(1),
    ];
    const result = checkWorkbook(workbook(sheet('Паспорт', rows, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2'] })));
    expect(result.tables).toHaveLength(1);
    expect(withCode(result, 'sum-mismatch').map((f) => f.cell)).toContain('B5');
  });

  it('a merge covering a huge area (a million rows, every column) completes', () => {
    const s = sheet('Huge merge', passport(CORRECT));
    const result = checkWorkbook({
      sheets: [
        { ...s, merges: [{ top: 0, left: 0, bottom: 1_000_000, right: 16_383 }] },
        { ...s, name: 'Huge merge below', merges: [{ top: 10, left: 0, bottom: 1_048_575, right: 16_383 }] },
        { ...s, name: 'Huge column merge', merges: [{ top: 0, left: 10, bottom: 1_048_575, right: 10 }] },
      ],
    });
    expect(Array.isArray(result.findings)).toBe(true);
    // the table on the sheets whose merge lies outside it is still found and correct
    expect(result.tables.filter((t) => t.sheet === 'Huge merge below')).toHaveLength(1);
    expect(result.findings.filter((f) => f.sheet === 'Huge merge below')).toEqual([]);
  });
});

describe('negative and huge numbers', () => {
  it('numbers of ±1e15 that add up exactly give no findings', () => {
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [1e15, 2e15, 3e15],
            [-1e15, 5e14, -5e14],
            [0, 2.5e15, 2.5e15],
          ]),
        ),
      ),
    );
    expect(result.tables).toHaveLength(1);
    expect(result.findings).toEqual([]);
  });

  it('20-digit figures typed as text add up exactly, with no false mismatch', () => {
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            ['12345678901234567890', '123456789012345,6', '12345802358023580235,6'],
            ['-10000000000000000000', '0,4', '-9999999999999999999,6'],
            ['2345678901234567890', '123456789012346,0', '2345802358023580236,0'],
          ]),
        ),
      ),
    );
    expect(result.tables).toHaveLength(1);
    expect(result.findings).toEqual([]);
  });

  it('a planted difference of 1 in 20-digit figures is a sum-mismatch with exact decimal strings', () => {
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            ['12345678901234567890', '123456789012345,6', '12345802358023580235,6'],
            ['-10000000000000000000', '0,4', '-9999999999999999999,6'],
            ['2345678901234567890', '123456789012346,0', '2345802358023580237,0'],
          ]),
        ),
      ),
    );
    const mismatches = withCode(result, 'sum-mismatch');
    expect(mismatches.length).toBeGreaterThanOrEqual(1);
    for (const f of mismatches) {
      expect(f.cell).toBe('D4');
      expect(f.severity).toBe('error');
      expect(f.expected).toBe('2345802358023580236');
      expect(f.actual).toBe('2345802358023580237');
      expect(f.difference).toBe('1');
    }
  });

  it('negative figures add up, and a planted difference of 1 among them is found exactly', () => {
    const negative = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [-100.5, -200.25, -300.75],
            [-10, 20, 10],
            [-110.5, -180.25, -290.75],
          ]),
        ),
      ),
    );
    expect(withCode(negative, 'sum-mismatch')).toEqual([]);
    const planted = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [-100.5, -200.25, -300.75],
            [-10, 20, 10],
            [-110.5, -181.25, -290.75],
          ]),
        ),
      ),
    );
    const atC4 = withCode(planted, 'sum-mismatch').filter((f) => f.cell === 'C4');
    expect(atC4).toHaveLength(1);
    expect(atC4[0]).toMatchObject({ expected: '-180.25', actual: '-181.25', difference: '-1' });
  });

  it('a SUM that Excel computed over 15 significant digits is not reported as a sum-mismatch', () => {
    // Excel holds 123456789012345.6 + 1e15 as one double and shows 15 digits (1.12345678901235E+15);
    // the total is Excel's own SUM of the parts, so it is correct.
    const a = 123456789012345.6;
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [a, 1e15, a + 1e15],
            [1, 2, 3],
            [a + 1, 1e15 + 2, a + 1e15 + 3],
          ]),
        ),
      ),
    );
    expect(result.tables).toHaveLength(1);
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
  });
});

describe('dates', () => {
  it('a date-formatted number in a figure place is not added as an amount', () => {
    // 44562 is 01.01.2022 as an Excel serial; the total is what adding the serial would give
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [100, { v: 44562, fmt: 'dd.mm.yyyy' }, 44662],
            [10, 20, 30],
            [110, 44582, 44692],
          ]),
        ),
      ),
    );
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
    expect(withCode(result, 'rounding-difference')).toEqual([]);
    const unchecked = withCode(result, 'relation-unchecked');
    expect(unchecked.map((f) => f.cell).sort()).toEqual(['C4', 'D2']);
    for (const f of unchecked) expect(f.params.badCells).toEqual(['C2']);
  });

  it('a date in a figure place of an otherwise correct table gives no sum-mismatch built on the serial', () => {
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [100, { v: 45000, fmt: 'dd/mm/yy' }, 300],
            [10, 20, 30],
            [110, 220, 330],
          ]),
        ),
      ),
    );
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
    expect(withCode(result, 'relation-unchecked').length).toBeGreaterThan(0);
  });

  it('a date in a total place is not silently left unchecked', () => {
    // ВСЕГО / Всего holds a date: neither of its two relations can be checked, which must be said
    const result = checkWorkbook(workbook(sheet('Паспорт', passport(withFigure(2, 2, { v: 330, fmt: 'dd.mm.yyyy' })))));
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
    expect(result.findings.filter((f) => f.cell === 'D4').length).toBeGreaterThan(0);
  });
});

describe('a malformed figure is a finding, never a silent zero', () => {
  it('"2600,,0" in a part: unparsable-number at the cell, the totals that need it unchecked', () => {
    const result = checkWorkbook(workbook(sheet('Паспорт', passport(withFigure(0, 1, '2600,,0')))));
    const unparsable = withCode(result, 'unparsable-number');
    expect(unparsable).toHaveLength(1);
    expect(unparsable[0]).toMatchObject({ cell: 'C2', tableId: 'T1', params: { text: '2600,,0' } });
    const unchecked = withCode(result, 'relation-unchecked');
    expect(unchecked.map((f) => f.cell).sort()).toEqual(['C4', 'D2']);
    for (const f of unchecked) expect(f.params.badCells).toEqual(['C2']);
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
  });

  it('"2600,,0" where reading it as zero would make every total add up is still not accepted', () => {
    // Were 2600,,0 read as 0, B2 + C2 = 100 would match D2 = 100 and C2 + C3 = 20 would match C4.
    const result = checkWorkbook(
      workbook(
        sheet(
          'Паспорт',
          passport([
            [100, '2600,,0', 100],
            [10, 20, 30],
            [110, 20, 130],
          ]),
        ),
      ),
    );
    expect(codesAt(result, 'C2')).toContain('unparsable-number');
    expect(withCode(result, 'relation-unchecked').map((f) => f.cell).sort()).toEqual(['C4', 'D2']);
  });

  it('a malformed total is reported at the total', () => {
    const result = checkWorkbook(workbook(sheet('Паспорт', passport(withFigure(2, 2, '33,,0')))));
    expect(codesAt(result, 'D4')).toContain('unparsable-number');
    expect(withCode(result, 'sum-mismatch')).toEqual([]);
  });
});

describe('a 200,000-row sheet', () => {
  it(
    '200,000 rows × 2 columns of numbers and text completes',
    () => {
      const values: CellValue[][] = [];
      for (let r = 0; r < 200_000; r++) values.push([r, r % 3 === 0 ? `строка ${r}` : r % 3 === 1 ? `${r},5` : 'Всего']);
      const result = checkWorkbook({ sheets: [{ name: 'Big', values }] });
      expect(Array.isArray(result.tables)).toBe(true);
      expect(Array.isArray(result.findings)).toBe(true);
    },
    120_000,
  );

  it(
    'a 200,000-row year-rows table completes and still finds a planted mismatch',
    () => {
      const values: CellValue[][] = [
        ['№ пп', 'Наименование мероприятия', 'Срок исполнения', 'Объем финансирования (тыс. руб.)', 'федерального бюджета', 'областного бюджета'],
      ];
      let item = 0;
      while (values.length < 200_000) {
        item++;
        values.push([`1.${item}`, `Мероприятие ${item}`, 'ежегодно', null, null, null]);
        for (let y = 2021; y <= 2026; y++) values.push([null, null, `${y}г.`, 30 + y - 2021, 10, 20 + y - 2021]);
      }
      // plant one wrong row total near the end: 10 + 25 is not 36
      const planted = values.length - 2;
      values[planted] = [null, null, '2025г.', 36, 10, 25];
      const result = checkWorkbook({ sheets: [{ name: 'Big table', values }] });
      expect(result.tables.length).toBeGreaterThanOrEqual(1);
      const mismatch = withCode(result, 'sum-mismatch');
      expect(mismatch.map((f) => f.cell)).toContain(`D${planted + 1}`);
      expect(mismatch.find((f) => f.cell === `D${planted + 1}`)).toMatchObject({ expected: '35', actual: '36', difference: '1' });
    },
    120_000,
  );

  it(
    'a 200,000-row items-by-year table (years across, a Всего column) completes and finds a planted mismatch',
    () => {
      const values: CellValue[][] = [['Наименование', '2021 год', '2022 год', 'Всего']];
      for (let i = 1; i < 200_000; i++) values.push([`Мероприятие ${i}`, i, 2 * i, 3 * i]);
      values[100_000] = ['Мероприятие 100000', 100_000, 200_000, 300_001];
      const result = checkWorkbook({ sheets: [{ name: 'Big items', values }] });
      expect(result.tables.length).toBeGreaterThanOrEqual(1);
      const planted = withCode(result, 'sum-mismatch').find((f) => f.cell === 'D100001');
      expect(planted).toMatchObject({ expected: '300000', actual: '300001', difference: '1' });
    },
    120_000,
  );

  it(
    'a 200,000-row table whose figures are all malformed completes, with a finding per bad cell',
    () => {
      const values: CellValue[][] = [['Наименование', '2021 год', '2022 год']];
      for (let i = 1; i < 200_000; i++) values.push([`Мероприятие ${i}`, '1,,0', i]);
      const result = checkWorkbook({ sheets: [{ name: 'Big malformed', values }] });
      expect(result.tables.length).toBeGreaterThanOrEqual(1);
      expect(withCode(result, 'unparsable-number')).toHaveLength(199_999);
    },
    120_000,
  );
});

// ---------------------------------------------------------------------------------------
// Property: random grids never crash the engine, and every finding is well formed.

const CELL_POOL: CellValue[] = [
  '345 128,0',
  '1,567.0',
  '1,567',
  '2600,,0',
  '12.3.4',
  '(1 234,5)',
  '-',
  'х',
  '2021 год',
  '2022 год',
  '2023 год',
  'FY2024',
  'FY2025',
  '2021г.',
  'Всего',
  'ВСЕГО:',
  'ИТОГО',
  'Итого по задаче 1',
  'Total',
  'в том числе:',
  'из них',
  'федеральный бюджет',
  'областной бюджет',
  'районный бюджет',
  'внебюджетные источники',
  'Local budget',
  'Federal budget',
  'Источники',
  'тыс. руб.',
  'Объёмы финансирования: всего 100,0 тыс. рублей, в том числе: 2021 год – 50,0; 2022 год – 50,0',
  { error: '#REF!' },
  { error: '#DIV/0!' },
  true,
  false,
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 2019, max: 2027 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e16, max: 1e16, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e15, -1e15, 123456789012345.6, 0.1, 1e-7, Number.MAX_SAFE_INTEGER, 1e300) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${n},${n % 10}`) },
  { weight: 6, arbitrary: fc.constantFrom(...CELL_POOL) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

interface RandomSheet {
  readonly rows: CellValue[][];
  readonly formats: (string | null)[][];
  readonly merges: { top: number; left: number; bottom: number; right: number }[];
  readonly origin: { row: number; col: number };
}

function nonOverlapping(ms: { top: number; left: number; bottom: number; right: number }[]) {
  const kept: typeof ms = [];
  for (const m of ms) {
    if (kept.every((k) => m.bottom < k.top || m.top > k.bottom || m.right < k.left || m.left > k.right)) kept.push(m);
  }
  return kept;
}

const formatArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('#,##0.0', '0.00%', 'dd.mm.yyyy', '@', 'General', '#,##0.000;[Red]-#,##0.000', '0.0E+00') },
);

/** A grid of random cells; half the time with a header row of consecutive years so tables form. */
const sheetArb: fc.Arbitrary<RandomSheet> = fc
  .record({
    height: fc.integer({ min: 0, max: 30 }),
    width: fc.integer({ min: 1, max: 12 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 50 }), col: fc.integer({ min: 0, max: 5 }) }),
    tableLike: fc.boolean(),
    firstYear: fc.integer({ min: 2018, max: 2026 }),
    yearsAsText: fc.boolean(),
    seed: fc.infiniteStream(cellArb),
    formatSeed: fc.infiniteStream(formatArb),
    mergeSeed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 8 }),
  })
  .map(({ height, width, origin, tableLike, firstYear, yearsAsText, seed, formatSeed, mergeSeed }) => {
    const cells = seed[Symbol.iterator]();
    const fmts = formatSeed[Symbol.iterator]();
    const rows: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r < height; r++) {
      const row: CellValue[] = [];
      const fr: (string | null)[] = [];
      // ragged rows: some shorter than the width
      const w = r % 5 === 4 ? Math.max(0, width - 2) : width;
      for (let c = 0; c < w; c++) {
        row.push(cells.next().value as CellValue);
        fr.push(fmts.next().value as string | null);
      }
      rows.push(row);
      formats.push(fr);
    }
    if (tableLike && height > 0 && width >= 3) {
      rows[0] = ['Источники', ...Array.from({ length: width - 2 }, (_, i) => (yearsAsText ? `${firstYear + i} год` : firstYear + i)), 'Всего'];
      formats[0] = rows[0].map(() => null);
      const labels = ['федеральный бюджет', 'областной бюджет', 'Local budget', 'в том числе:', 'из них', 'ВСЕГО:', 'Total'];
      for (let r = 1; r < height; r++) if (rows[r].length > 0 && r % 2 === 1) rows[r][0] = labels[r % labels.length];
    }
    const merges = nonOverlapping(
      height === 0
        ? []
        : mergeSeed.map(([a, b, dh, dw]) => {
            const top = a % height;
            const left = b % width;
            return {
              top: origin.row + top,
              left: origin.col + left,
              bottom: origin.row + Math.min(height - 1, top + dh),
              right: origin.col + Math.min(width - 1, left + dw),
            };
          }),
    );
    return { rows, formats, merges, origin };
  });

function snapshotOf(sheets: readonly RandomSheet[]): WorkbookSnapshot {
  return {
    sheets: sheets.map((s, i) => ({
      name: i === 0 ? 'Лист1' : `Sheet ${i + 1}`,
      origin: s.origin,
      values: s.rows,
      numberFormats: s.formats,
      merges: s.merges,
    })),
  };
}

function assertWellFormed(sheets: readonly RandomSheet[], wb: WorkbookSnapshot, result: CheckResult): void {
  const tableIds = new Set(result.tables.map((t) => t.id));
  expect(tableIds.size).toBe(result.tables.length);
  const sheetNames = new Set(wb.sheets.map((s) => s.name));
  for (const t of result.tables) {
    expect(sheetNames.has(t.sheet)).toBe(true);
    const s = sheets[wb.sheets.findIndex((x) => x.name === t.sheet)];
    const width = Math.max(0, ...s.rows.map((r) => r.length));
    const { top, left, bottom, right } = t.range;
    expect(top).toBeLessThanOrEqual(bottom);
    expect(left).toBeLessThanOrEqual(right);
    expect(top).toBeGreaterThanOrEqual(s.origin.row);
    expect(left).toBeGreaterThanOrEqual(s.origin.col);
    expect(bottom).toBeLessThanOrEqual(s.origin.row + s.rows.length - 1);
    expect(right).toBeLessThanOrEqual(s.origin.col + width - 1);
  }
  for (const f of result.findings) {
    expect(KNOWN_CODES).toContain(f.code);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.cell).toMatch(A1);
    expect(sheetNames.has(f.sheet)).toBe(true);
    for (const v of [f.expected, f.actual, f.difference]) {
      if (v !== null) expect(v).toMatch(PLAIN_DECIMAL);
    }
    if (f.tableId !== null) expect(tableIds.has(f.tableId)).toBe(true);
    expect(Array.isArray(f.parts)).toBe(true);
    for (const p of f.parts) expect(typeof p).toBe('string');
  }
}

describe('property: random grids', () => {
  it(
    'never throw and give well-formed findings',
    () => {
      fc.assert(
        fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), (sheets) => {
          const wb = snapshotOf(sheets);
          const result = checkWorkbook(wb); // a hang would trip the test's timeout
          assertWellFormed(sheets, wb, result);
        }),
        { numRuns: 300 },
      );
    },
    120_000,
  );

  it('random grids find tables sometimes (the generator exercises detection)', () => {
    // Guards the property above against a generator that never makes a table.
    const samples = fc.sample(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), { numRuns: 200, seed: 42 });
    const withTables = samples.filter((s) => checkWorkbook(snapshotOf(s)).tables.length > 0).length;
    expect(withTables).toBeGreaterThan(20);
  });
});
