import fc from 'fast-check';
import { parseA1, planFill, type CellValue, type WorkbookSnapshot } from '../../../src/engine';
import { sheet, type TestCell } from '../../support/sheet';

// Property: whatever the sheets hold, the fill never throws, writes only into the template sheet,
// only into cells that are empty or hold a placeholder (unless asked to overwrite), never over a
// formula, writes no style, numbers as plain decimals, and its undo names exactly the cells it writes.

const NAMES = [
  'Доля населения, удовлетворенного деятельностью органов местного самоуправления',
  'Число посещений библиотек',
  'Доля жителей, использующих механизм получения государственных услуг в электронной форме',
  'Доля муниципальных служащих, прошедших повышение квалификации',
  'Доля муниципальных служащих, работающих в системе электронного документооборота',
  'Share of households with broadband access',
  'Average waiting time',
];
const VALUE: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 150 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom('-', 'х', '2600,,0', '94,6', null, { error: '#N/A' }) },
);
const TARGET: fc.Arbitrary<TestCell> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: VALUE as fc.Arbitrary<TestCell> },
  { weight: 1, arbitrary: fc.constantFrom<TestCell>({ v: 5, f: '=1+4' }, '{{1.1 | 2024}}', 'текст', ' ') },
);
const CODE = fc.constantFrom<CellValue>('1.1', '1.2.', '2.1', '2', null, 3);
const shorten = (name: string, drop: number) => name.split(' ').filter((_, i) => i === 0 || (i + drop) % 4 !== 0).join(' ');

const sourceArb = fc.array(fc.tuple(CODE, fc.nat(NAMES.length - 1), fc.constantFrom('%', 'чел.', 'минут'), VALUE, VALUE, VALUE), { minLength: 1, maxLength: 8 });
const HEADERS: string[][] = [
  ['№ пп', 'Наименование показателя', 'Единица измерения', 'Плановое значение на 2024 год', 'Фактическое значение за 2024 год', 'Отклонение', '% исполнения'],
  ['No.', 'Indicator', 'Unit', 'Baseline', 'Target FY2025', 'Actual FY2025', 'Variance'],
  ['№', 'Показатель', 'Ед. изм.', 'План', 'Факт', 'Отклонение', 'Причины'],
  ['№', 'Наименование', 'Ед. изм.', '2023', '2024', '2026', 'Примечание'],
];
const templateArb = fc.record({
  title: fc.constantFrom('Отчет за 2024 год', 'Report', ''),
  header: fc.nat(HEADERS.length - 1),
  rows: fc.array(fc.tuple(CODE, fc.nat(NAMES.length - 1), fc.nat(3), fc.array(TARGET, { minLength: 4, maxLength: 4 })), { maxLength: 8 }),
  notes: fc.array(fc.constantFrom('{{1.1 | 2024}}', 'План: {{Число посещений библиотек | 2025}} чел.', '{{2 | база}}', '{{ | }}', '{{2.1 | 2030 | факт}}'), { maxLength: 3 }),
});

describe('planFill on random indicator tables and templates', () => {
  it('never throws, and writes only where it may', () => {
    let wrote = 0;
    fc.assert(
      fc.property(sourceArb, templateArb, fc.boolean(), fc.option(fc.integer({ min: 2022, max: 2027 }), { nil: undefined }), (src, tpl, overwrite, year) => {
        const source = sheet('Источник', [
          ['№', 'Наименование показателя', 'Единица измерения', 2023, 2024, 2025],
          ...src.map(([code, name, unit, a, b, c]) => [code, NAMES[name], unit, a, b, c]),
        ]);
        const template = sheet('Шаблон', [
          [tpl.title],
          HEADERS[tpl.header],
          ...tpl.rows.map(([code, name, drop, targets]) => [code, shorten(NAMES[name], drop), '%', ...targets]),
          [],
          ...tpl.notes.map((n) => [n]),
        ]);
        const wb: WorkbookSnapshot = { sheets: [source, template] };
        const result = planFill(wb, { template: 'Шаблон', year, overwrite });
        expect(result.ok || result.problems.some((p) => p.severity === 'blocking')).toBe(true);
        expect(result.plan.edits.every((e) => e.sheet === 'Шаблон')).toBe(true);
        const cells = result.plan.edits[0]?.cells ?? [];
        const undo = (result.undo.edits[0]?.cells ?? []).map((c) => c.cell);
        expect(cells.map((c) => c.cell)).toEqual(undo);
        expect(new Set(undo).size).toBe(undo.length);
        wrote += cells.length;
        for (const write of cells) {
          const at = parseA1(write.cell)!;
          const value = template.values[at.row]?.[at.col] ?? null;
          expect(template.formulas?.[at.row]?.[at.col] ?? null).toBeNull();
          const empty = value === null || (typeof value === 'string' && value.trim() === '');
          const placeholder = typeof value === 'string' && /\{\{[^{}]*\}\}/.test(value);
          if (!overwrite) expect(empty || placeholder).toBe(true);
          expect(write.style).toBeUndefined();
          if (write.content?.kind === 'number') expect(write.content.value).toMatch(/^-?\d+(\.\d+)?$/);
        }
      }),
      { numRuns: 300 },
    );
    // the property is about real fills, not only refusals
    expect(wrote).toBeGreaterThan(100);
  });
});
