/**
 * Builds the benchmark workbook: many programmes in the four funding-table layouts the engine
 * knows (a passport matrix, items × sources by year, year rows by source, English items by
 * year), with consistent totals except for a few planted errors. Deterministic (seeded).
 *
 * Figures are kept as integers in units of the table's last shown digit (tenths, hundredths,
 * thousandths), so every total is exact; a cell gets `units / 10^p` and the format `#,##0.0…`.
 */
import ExcelJS from 'exceljs';

export type Layout = 'source-by-year' | 'items-by-source-and-year' | 'year-rows-by-source' | 'items-by-year';

export interface PlantedError {
  readonly layout: Layout;
  readonly sheet: string;
  /** A finding on any of these cells counts as the error being caught. */
  readonly anyOf: readonly string[];
  readonly severity: 'error' | 'warning';
  readonly why: string;
}

export interface BuildStats {
  readonly filledCells: number;
  readonly sheets: number;
  readonly biggestSheet: { readonly name: string; readonly cells: number };
  /** Tables generated, by the layout the engine should report. */
  readonly tablesByLayout: Record<Layout, number>;
  readonly planted: readonly PlantedError[];
}

export interface BuildOptions {
  /** Activities on the one big year-rows sheet. */
  readonly bigActivities: number;
  /** Programmes with an appendix (year rows) and a matching passport. */
  readonly pairedProgrammes: number;
  readonly standalonePassports: number;
  readonly itemsBySourceProgrammes: number;
  readonly englishProgrammes: number;
  readonly seed: number;
}

export const DEFAULT_BUILD: BuildOptions = {
  bigActivities: 4000,
  pairedProgrammes: 16,
  standalonePassports: 180,
  itemsBySourceProgrammes: 140,
  englishProgrammes: 180,
  seed: 20240611,
};

// ---------------------------------------------------------------------------------------------
// helpers

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const a1 = (row: number, col: number): string => `${colLetter(col)}${row}`;

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `345 128,0`: a figure typed as text, the Russian way. */
export function ruText(units: number, p: number): string {
  if (units === 0) return '0';
  const scale = 10 ** p;
  const abs = Math.abs(units);
  const int = group(String(Math.floor(abs / scale)), ' ');
  const frac = p > 0 ? `,${String(abs % scale).padStart(p, '0')}` : '';
  return `${units < 0 ? '-' : ''}${int}${frac}`;
}

/** `12,345.6`: a figure typed as text, the English way. */
export function enText(units: number, p: number): string {
  if (units === 0) return '0';
  const scale = 10 ** p;
  const abs = Math.abs(units);
  const int = group(String(Math.floor(abs / scale)), ',');
  const frac = p > 0 ? `.${String(abs % scale).padStart(p, '0')}` : '';
  return `${units < 0 ? '-' : ''}${int}${frac}`;
}

function formatFor(units: number, p: number): string {
  return units === 0 || p === 0 ? '#,##0' : `#,##0.${'0'.repeat(p)}`;
}

type TextMode = 'number' | 'ru-text' | 'en-text';

/** Writes cells into one worksheet and counts the filled ones. 1-based rows and columns. */
class SheetWriter {
  cells = 0;
  constructor(readonly ws: ExcelJS.Worksheet) {}

  get name(): string {
    return this.ws.name;
  }

  text(row: number, col: number, value: string): void {
    if (value === '') return;
    this.ws.getCell(row, col).value = value;
    this.cells++;
  }

  /** A figure: a number with a number format, or text (`345 128,0`). */
  money(row: number, col: number, units: number, p: number, mode: TextMode = 'number'): void {
    const cell = this.ws.getCell(row, col);
    if (mode === 'ru-text') cell.value = ruText(units, p);
    else if (mode === 'en-text') cell.value = enText(units, p);
    else {
      cell.value = units / 10 ** p;
      cell.numFmt = formatFor(units, p);
    }
    this.cells++;
  }

  raw(row: number, col: number, value: number | string): void {
    this.ws.getCell(row, col).value = value;
    this.cells++;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.ws.mergeCells(top, left, bottom, right);
  }
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// vocabulary for labels

const TOWNS = ['Ступино', 'Коломна', 'Серпухов', 'Дмитров', 'Клин', 'Истра', 'Руза', 'Кашира', 'Озёры', 'Луховицы', 'Зарайск', 'Шатура'];
const THEMES = [
  'Цифровое муниципальное образование',
  'Развитие образования',
  'Культура и туризм',
  'Безопасность и обеспечение безопасности жизнедеятельности населения',
  'Развитие инженерной инфраструктуры и энергоэффективности',
  'Формирование современной комфортной городской среды',
  'Социальная защита населения',
  'Спорт',
  'Жилище',
  'Развитие сельского хозяйства',
  'Экология и окружающая среда',
  'Строительство объектов социальной инфраструктуры',
];
const SUBPROGRAMMES = [
  'Снижение административных барьеров, повышение качества и доступности предоставления муниципальных услуг',
  'Развитие информационной и технологической инфраструктуры экосистемы цифровой экономики',
  'Обеспечивающая подпрограмма',
  'Развитие дошкольного образования',
  'Развитие общего образования',
  'Дополнительное образование, воспитание и психолого-социальное сопровождение детей',
  'Профилактика преступлений и иных правонарушений',
  'Развитие архивного дела',
  'Комфортная городская среда',
  'Энергосбережение и повышение энергетической эффективности',
];
const TASKS = [
  'Развитие информационного пространства с учетом потребностей граждан и общества',
  'Применение российских информационных и коммуникационных технологий, обеспечение безопасности информационных ресурсов',
  'Развитие единой системы электронного документооборота и делопроизводства',
  'Повышение открытости органов местного самоуправления',
  'Повышение квалификации муниципальных служащих',
  'Модернизация материально-технической базы учреждений',
];
const ACTIVITIES = [
  'Сопровождение и обновление официального сайта органа местного самоуправления',
  'Модернизация (обновление и закупка) компьютерной техники и оргтехники',
  'Приобретение лицензионного программного обеспечения',
  'Обеспечение системы электронной подписи',
  'Закупка и установка комплекта оборудования для защиты информации',
  'Организация и проведение праздничных мероприятий',
  'Приобретение спортивной экипировки',
  'Ремонт помещений и благоустройство прилегающей территории',
  'Проведение конкурсов и обучающих семинаров',
  'Информирование населения через средства массовой информации',
];
const EN_COMPONENTS = ['Infrastructure', 'Institutional capacity', 'Service delivery', 'Community outreach', 'Monitoring and evaluation', 'Project management'];
const EN_ITEMS = [
  'Rehabilitation of rural roads',
  'Water supply network upgrade',
  'Training of local staff',
  'Procurement of IT equipment',
  'Feasibility studies',
  'Technical assistance',
  'Small grants to municipalities',
  'Public awareness campaign',
  'Baseline and endline surveys',
  'Office running costs',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// ---------------------------------------------------------------------------------------------
// the generator

interface ProgrammeTotals {
  readonly years: readonly number[];
  /** units[year index][source index]: federal, regional, local, extrabudgetary. */
  readonly bySource: readonly (readonly number[])[];
  readonly p: number;
}

export class WorkbookBuilder {
  readonly wb = new ExcelJS.Workbook();
  private readonly rand: () => number;
  private readonly writers: SheetWriter[] = [];
  readonly planted: PlantedError[] = [];
  readonly tablesByLayout: Record<Layout, number> = {
    'source-by-year': 0,
    'items-by-source-and-year': 0,
    'year-rows-by-source': 0,
    'items-by-year': 0,
  };

  constructor(seed: number) {
    this.rand = rng(seed);
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }

  private chance(p: number): boolean {
    return this.rand() < p;
  }

  sheet(name: string, widths: readonly number[] = []): SheetWriter {
    const ws = this.wb.addWorksheet(name);
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const w = new SheetWriter(ws);
    this.writers.push(w);
    return w;
  }

  private programmeName(): string {
    return `${this.pick(THEMES)} городского округа ${this.pick(TOWNS)}`;
  }

  private yearsFrom(start: number, count: number): number[] {
    return Array.from({ length: count }, (_, i) => start + i);
  }

  // a. passport: sources down, years across, Всего column, ВСЕГО: row ---------------------------

  /** Writes a passport at `top`; returns the next free row. `totals` makes it match an appendix. */
  passport(
    w: SheetWriter,
    top: number,
    opts: { totals?: ProgrammeTotals; plant?: 'total' | 'cross-table'; title?: string } = {},
  ): number {
    const years = opts.totals?.years ?? this.yearsFrom(this.int(2019, 2024), this.int(3, 7));
    const p = opts.totals?.p ?? this.pick([1, 2, 2, 3]);
    const labels = ['федеральный бюджет (по согласованию)', 'областной бюджет (по согласованию)', 'районный бюджет'];
    // values[source][year]
    const values: number[][] = labels.map((_, s) =>
      years.map((_, y) => {
        if (opts.totals) return opts.totals.bySource[y][s];
        if (s < 2 && this.chance(0.3)) return 0;
        return this.int(5, 900_000) * (s === 2 ? 3 : 1);
      }),
    );
    let plantedCells: string[] = [];
    if (opts.plant === 'cross-table') {
      // internally consistent, but the local budget of one year differs from the appendix
      const y = Math.min(2, years.length - 1);
      values[2][y] += 1_000 * 10 ** p;
      plantedCells = [a1(top + 4, 2 + y), a1(top + 5, 2 + y), a1(top + 4, 2 + years.length), a1(top + 5, 2 + years.length)];
    }
    w.text(top, 1, opts.title ?? `Объёмы и источники финансирования МП «${this.programmeName()}» (тыс. руб.)`);
    const h = top + 1;
    w.text(h, 1, 'Источники');
    years.forEach((y, i) => w.text(h, 2 + i, `${y} год`));
    w.text(h, 2 + years.length, 'Всего');
    labels.forEach((label, s) => {
      const r = h + 1 + s;
      w.text(r, 1, label);
      values[s].forEach((v, i) => w.money(r, 2 + i, v, p));
      w.money(r, 2 + years.length, sum(values[s]), p);
    });
    const tr = h + 1 + labels.length;
    w.text(tr, 1, 'ВСЕГО:');
    const colTotals = years.map((_, i) => sum(values.map((row) => row[i])));
    let grand = sum(colTotals);
    if (opts.plant === 'total') {
      const i = years.length - 1;
      colTotals[i] += 10 * 10 ** p; // the ВСЕГО of the last year is off by 10
      grand = sum(colTotals) - 10 * 10 ** p; // the grand total stays right
      plantedCells = [a1(tr, 2 + i), a1(tr, 2 + years.length)];
    }
    colTotals.forEach((v, i) => w.money(tr, 2 + i, v, p));
    w.money(tr, 2 + years.length, grand, p);
    if (opts.plant) {
      this.planted.push({
        layout: 'source-by-year',
        sheet: w.name,
        anyOf: plantedCells,
        severity: 'error',
        why: opts.plant === 'total' ? 'passport: ВСЕГО of the last year is 10 units over its sources' : 'passport: the local budget of one year disagrees with its appendix (passport itself adds up)',
      });
    }
    this.tablesByLayout['source-by-year']++;
    return tr + 1;
  }

  // b. items × sources by year (Ступино appendix 1) -----------------------------------------------

  itemsBySource(w: SheetWriter, top: number, opts: { text?: boolean; plant?: 'subtotal' | 'text-typo' } = {}): number {
    const years = this.yearsFrom(this.int(2019, 2024), this.int(3, 6));
    const p = 1;
    const mode: TextMode = opts.text ? 'ru-text' : 'number';
    const subCount = this.int(2, 8);
    const town = this.pick(TOWNS);
    const sources = [`Бюджет городского округа ${town}`, 'Бюджет Московской области', 'Внебюджетные источники'];
    const lastCol = 3 + years.length;
    w.text(top, 1, `Объем финансовых ресурсов, необходимых для реализации мероприятий муниципальной программы «${this.programmeName()}»`);
    w.merge(top, 1, top, lastCol);
    const h1 = top + 2;
    const h2 = h1 + 1;
    w.text(h1, 1, 'Наименование подпрограммы');
    w.text(h1, 2, 'Источник финансирования');
    w.text(h1, 3, 'Общий объем финансовых ресурсов, тыс. руб.');
    w.text(h1, 4, 'в том числе по годам реализации муниципальной программы, тыс. руб.:');
    w.merge(h1, 1, h2, 1);
    w.merge(h1, 2, h2, 2);
    w.merge(h1, 3, h2, 3);
    w.merge(h1, 4, h1, lastCol);
    years.forEach((y, i) => w.text(h2, 4 + i, `${y} год`));

    const writeRow = (r: number, vals: readonly number[], total: number): void => {
      w.money(r, 3, total, p, mode);
      vals.forEach((v, i) => w.money(r, 4 + i, v, p, mode));
    };
    const bySourceTotals = sources.map(() => years.map(() => 0));
    const subTotals: number[][] = [];
    const plantAt = opts.plant ? this.int(0, subCount - 1) : -1;
    let r = h2 + 1;
    for (let s = 0; s < subCount; s++) {
      const name = `Подпрограмма ${ROMAN[s]} «${this.pick(SUBPROGRAMMES)}»`;
      const first = r;
      const rowsVals: number[][] = sources.map((_, k) =>
        years.map(() => (k > 0 && this.chance(0.25) ? 0 : this.int(100, k === 0 ? 900_000 : 60_000))),
      );
      w.text(r, 1, name);
      rowsVals.forEach((vals, k) => {
        w.text(r, 2, sources[k]);
        const shown = vals.slice();
        if (opts.plant === 'text-typo' && s === plantAt && k === 0) {
          // a digit typed twice in a text figure: the row's parts no longer add to its total
          shown[0] = vals[0] + 9 * 10 ** p * 10;
          this.planted.push({
            layout: 'items-by-source-and-year',
            sheet: w.name,
            anyOf: [a1(r, 3), a1(r, 4), a1(first + 3, 4), a1(first + 3, 3)],
            severity: 'error',
            why: 'items × sources (text figures): a source figure mistyped, its row total and subtotal disagree',
          });
        }
        writeRow(r, shown, sum(vals));
        vals.forEach((v, i) => (bySourceTotals[k][i] += v));
        r++;
      });
      w.merge(first, 1, r - 1, 1);
      const sub = years.map((_, i) => sum(rowsVals.map((row) => row[i])));
      subTotals.push(sub);
      w.text(r, 1, `Всего по подпрограмме ${ROMAN[s]}`);
      w.merge(r, 1, r, 2);
      const shownSub = sub.slice();
      if (opts.plant === 'subtotal' && s === plantAt) {
        const i = years.length - 1;
        shownSub[i] += 100 * 10 ** p;
        this.planted.push({
          layout: 'items-by-source-and-year',
          sheet: w.name,
          anyOf: [a1(r, 4 + i)],
          severity: 'error',
          why: `items × sources: "Всего по подпрограмме ${ROMAN[s]}" for ${years[i]} is 100 over its sources (row total left right)`,
        });
      }
      writeRow(r, shownSub, sum(sub));
      r++;
    }
    const grand = years.map((_, i) => sum(subTotals.map((row) => row[i])));
    w.text(r, 1, 'ИТОГО по муниципальной программе');
    w.merge(r, 1, r, 2);
    writeRow(r, grand, sum(grand));
    r++;
    const first = r;
    w.text(r, 1, 'в том числе:');
    sources.forEach((src, k) => {
      w.text(r, 2, src);
      writeRow(r, bySourceTotals[k], sum(bySourceTotals[k]));
      r++;
    });
    w.merge(first, 1, r - 1, 1);
    this.tablesByLayout['items-by-source-and-year']++;
    return r;
  }

  // c. year rows by source (Кожевниково appendix 2) -----------------------------------------------

  yearRows(
    w: SheetWriter,
    top: number,
    opts: { tasks: number; activitiesPerTask: [number, number]; years: readonly number[]; noExtrabudget?: boolean; plant?: ('leaf' | 'malformed')[] },
  ): { next: number; totals: ProgrammeTotals } {
    const { years } = opts;
    const p = this.pick([1, 3]);
    w.text(top, 1, `ПЕРЕЧЕНЬ мероприятий муниципальной программы «${this.programmeName()}»`);
    const h1 = top + 2;
    const h2 = h1 + 1;
    w.text(h1, 1, '№ пп');
    w.text(h1, 2, 'Наименование цели, задачи, мероприятия муниципальной программы');
    w.text(h1, 3, 'Срок исполнения');
    w.text(h1, 4, 'Объем финансирования (тыс. руб.)');
    w.text(h1, 5, 'В том числе за счет средств');
    w.text(h1, 9, 'Ответственные исполнители');
    for (const c of [1, 2, 3, 4, 9]) w.merge(h1, c, h2, c);
    w.merge(h1, 5, h1, 8);
    ['федерального бюджета', 'областного бюджета', 'районного бюджета', 'внебюджетных источников'].forEach((t, i) => w.text(h2, 5 + i, t));
    for (let c = 1; c <= 9; c++) w.raw(h2 + 1, c, c);
    let r = h2 + 2;
    w.text(r, 1, 'Цель муниципальной программы: повышение эффективности муниципального управления и качества предоставления услуг');
    w.merge(r, 1, r, 9);
    r++;

    const programme = years.map(() => [0, 0, 0, 0]);
    const plantLeafTask = opts.plant?.includes('leaf') ? this.int(0, opts.tasks - 1) : -1;
    const plantBadTask = opts.plant?.includes('malformed') ? this.int(0, opts.tasks - 1) : -1;
    let leafPlant: { row: number; year: number; label: string; task: number; yearIndex: number } | undefined;
    const writeYearRow = (row: number, y: number, src: readonly number[], shown?: { col: number; text: string }[]): void => {
      w.text(row, 3, `${y}г.`);
      w.money(row, 4, sum(src), p);
      src.forEach((v, k) => {
        const bad = shown?.find((s) => s.col === 5 + k);
        if (bad) w.text(row, 5 + k, bad.text);
        else w.money(row, 5 + k, v, p);
      });
    };
    for (let t = 1; t <= opts.tasks; t++) {
      w.text(r, 1, String(t));
      w.text(r, 2, `Задача ${t}: ${this.pick(TASKS)}`);
      w.merge(r, 2, r, 9);
      r++;
      const task = years.map(() => [0, 0, 0, 0]);
      const acts = this.int(opts.activitiesPerTask[0], opts.activitiesPerTask[1]);
      for (let m = 1; m <= acts; m++) {
        w.text(r, 1, `${t}.${m}`);
        w.text(r, 2, this.pick(ACTIVITIES));
        w.text(r, 3, 'ежегодно');
        w.text(r, 9, 'Управляющий делами Администрации района');
        r++;
        years.forEach((y, i) => {
          const src = [
            this.chance(0.15) ? this.int(10, 50_000) : 0,
            this.chance(0.3) ? this.int(10, 80_000) : 0,
            this.int(1, 200_000),
            !opts.noExtrabudget && this.chance(0.2) ? this.int(10, 20_000) : 0,
          ];
          let shown: { col: number; text: string }[] | undefined;
          if (t - 1 === plantLeafTask && m === 1 && i === 1) {
            // a figure of the activity changed after the totals were made: the task's year row disagrees
            writeYearRow(r, y, [src[0], src[1], src[2] + 5 * 10 ** p, src[3]]);
            leafPlant = { row: r, year: y, label: `${t}.${m}`, task: t, yearIndex: i };
          } else {
            if (t - 1 === plantBadTask && m === 2 && i === 0 && src[2] > 0) {
              shown = [{ col: 7, text: ruText(src[2], p).replace(',', ',,') }];
              this.planted.push({
                layout: 'year-rows-by-source',
                sheet: w.name,
                anyOf: [a1(r, 7)],
                severity: 'warning',
                why: `year rows: "${shown[0].text}" is not a number`,
              });
            }
            writeYearRow(r, y, src, shown);
          }
          src.forEach((v, k) => (task[i][k] += v));
          r++;
        });
      }
      // Итого по задаче N | ВСЕГО, then the year rows
      w.text(r, 2, `Итого по задаче ${t}`);
      w.text(r, 3, 'ВСЕГО');
      const all = [0, 1, 2, 3].map((k) => sum(task.map((row) => row[k])));
      w.money(r, 4, sum(all), p);
      all.forEach((v, k) => w.money(r, 5 + k, v, p));
      const totalRow = r;
      r++;
      years.forEach((y, i) => {
        writeYearRow(r, y, task[i]);
        task[i].forEach((v, k) => (programme[i][k] += v));
        r++;
      });
      if (leafPlant && leafPlant.task === t) {
        const taskYearRow = totalRow + 1 + leafPlant.yearIndex;
        this.planted.push({
          layout: 'year-rows-by-source',
          sheet: w.name,
          anyOf: [a1(leafPlant.row, 4), a1(leafPlant.row, 7), a1(taskYearRow, 4), a1(taskYearRow, 7)],
          severity: 'error',
          why: `year rows: activity ${leafPlant.label} ${leafPlant.year} is 5 over what task ${t}'s ${leafPlant.year} row adds`,
        });
      }
    }
    w.text(r, 2, 'Итого по муниципальной программе:\nтыс. руб.');
    w.text(r, 3, 'ВСЕГО');
    const all = [0, 1, 2, 3].map((k) => sum(programme.map((row) => row[k])));
    w.money(r, 4, sum(all), p);
    all.forEach((v, k) => w.money(r, 5 + k, v, p));
    r++;
    years.forEach((y, i) => {
      writeYearRow(r, y, programme[i]);
      r++;
    });
    this.tablesByLayout['year-rows-by-source']++;
    return { next: r, totals: { years, bySource: programme, p } };
  }

  // d. English items by year ------------------------------------------------------------------

  english(w: SheetWriter, top: number, opts: { text?: boolean; plant?: 'grand' } = {}): number {
    const years = this.yearsFrom(this.int(2023, 2026), this.int(3, 5));
    const p = this.pick([0, 1, 1]);
    const mode: TextMode = opts.text ? 'en-text' : 'number';
    w.text(top, 1, `Programme funding plan: ${this.pick(EN_COMPONENTS)} programme no. ${this.int(100, 999)} (USD thousand)`);
    const h = top + 1;
    w.text(h, 1, 'Item');
    w.text(h, 2, 'Total');
    years.forEach((y, i) => w.text(h, 3 + i, `FY${y}`));
    let r = h + 1;
    const comps = this.int(2, 5);
    const subs: number[][] = [];
    const writeRow = (row: number, label: string, vals: readonly number[], total = sum(vals)): void => {
      w.text(row, 1, label);
      w.money(row, 2, total, p, mode);
      vals.forEach((v, i) => w.money(row, 3 + i, v, p, mode));
    };
    for (let k = 1; k <= comps; k++) {
      const comp = this.pick(EN_COMPONENTS);
      w.text(r, 1, `Component ${k}: ${comp}`);
      r++;
      const items = this.int(3, 7);
      const sub = years.map(() => 0);
      for (let j = 1; j <= items; j++) {
        const vals = years.map(() => (this.chance(0.1) ? 0 : this.int(1, 50_000)));
        writeRow(r, `${k}.${j} ${this.pick(EN_ITEMS)}`, vals);
        vals.forEach((v, i) => (sub[i] += v));
        r++;
      }
      writeRow(r, `Subtotal component ${k}`, sub);
      subs.push(sub);
      r++;
    }
    const grand = years.map((_, i) => sum(subs.map((s) => s[i])));
    const shown = grand.slice();
    if (opts.plant === 'grand') {
      const i = Math.min(1, years.length - 1);
      shown[i] -= 1_000 * 10 ** p;
      this.planted.push({
        layout: 'items-by-year',
        sheet: w.name,
        anyOf: [a1(r, 3 + i)],
        severity: 'error',
        why: `English: Grand total FY${years[i]} is 1,000 short of its subtotals (Total column left right)`,
      });
    }
    writeRow(r, 'Grand total', shown, sum(grand));
    this.tablesByLayout['items-by-year']++;
    return r + 1;
  }

  // ---------------------------------------------------------------------------------------------

  stats(): BuildStats {
    let filled = 0;
    let biggest = { name: '', cells: -1 };
    for (const w of this.writers) {
      filled += w.cells;
      if (w.cells > biggest.cells) biggest = { name: w.name, cells: w.cells };
    }
    return { filledCells: filled, sheets: this.writers.length, biggestSheet: biggest, tablesByLayout: { ...this.tablesByLayout }, planted: this.planted };
  }
}

/** Builds the whole benchmark workbook and writes it to `path`. */
export async function buildBenchWorkbook(path: string, opts: BuildOptions = DEFAULT_BUILD): Promise<BuildStats> {
  const b = new WorkbookBuilder(opts.seed);
  const GAP = 3; // blank rows between stacked tables (the engine ends a table at two)

  // the big sheet: one programme with thousands of activities in year rows
  {
    const w = b.sheet('Перечень (сводный)', [8, 60, 12, 16, 14, 14, 14, 14, 30]);
    const tasks = Math.max(1, Math.round(opts.bigActivities / 25));
    b.yearRows(w, 1, { tasks, activitiesPerTask: [20, 30], years: [2021, 2022, 2023, 2024, 2025, 2026], plant: ['leaf', 'malformed'] });
  }

  // programmes with an appendix of year rows (each on its own sheet) and a passport that matches it
  const pairs: ProgrammeTotals[] = [];
  for (let i = 0; i < opts.pairedProgrammes; i++) {
    const w = b.sheet(`Приложение 2 (${i + 1})`, [8, 60, 12, 16, 14, 14, 14, 14, 30]);
    const start = 2019 + (i % 5);
    const years = Array.from({ length: 4 + (i % 3) }, (_, k) => start + k);
    const { totals } = b.yearRows(w, 1, { tasks: 3 + (i % 4), activitiesPerTask: [3, 8], years, noExtrabudget: true });
    pairs.push(totals);
  }

  // passports, ten to a sheet: first the ones paired with the appendices, then standalone ones
  const passports = opts.pairedProgrammes + opts.standalonePassports;
  let w: SheetWriter | undefined;
  let row = 1;
  for (let i = 0; i < passports; i++) {
    if (i % 10 === 0) {
      w = b.sheet(`Паспорта ${i / 10 + 1}`, [40, 14, 14, 14, 14, 14, 14, 14, 16]);
      row = 1;
    }
    const paired = i < opts.pairedProgrammes ? pairs[i] : undefined;
    const plant = i === 2 ? 'cross-table' : i === opts.pairedProgrammes + 7 ? 'total' : undefined;
    row = b.passport(w!, row, { totals: paired, plant }) + GAP;
  }

  // items × sources: four to a sheet, every fifth programme typed as text
  for (let i = 0; i < opts.itemsBySourceProgrammes; i++) {
    if (i % 4 === 0) {
      w = b.sheet(`Приложение 1 (${i / 4 + 1})`, [50, 30, 18, 14, 14, 14, 14, 14, 14]);
      row = 1;
    }
    const text = i % 5 === 3;
    const plant = i === 9 ? 'subtotal' : i === 23 ? 'text-typo' : undefined;
    row = b.itemsBySource(w!, row, { text, plant }) + GAP;
  }

  // English: six to a sheet, a few typed as text
  for (let i = 0; i < opts.englishProgrammes; i++) {
    if (i % 6 === 0) {
      w = b.sheet(`Funding EN ${i / 6 + 1}`, [45, 14, 14, 14, 14, 14, 14]);
      row = 1;
    }
    row = b.english(w!, row, { text: i % 11 === 5, plant: i === 40 ? 'grand' : undefined }) + GAP;
  }

  await b.wb.xlsx.writeFile(path);
  return b.stats();
}
