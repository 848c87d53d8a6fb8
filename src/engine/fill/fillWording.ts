import type { Lang } from '../i18n/Locale';
import { formatAmount } from '../numbers';
import { normalizeLabel } from '../vocabulary/normalizeLabel';
import type { CellFill, CellFillStatus, FillProblem, FillTarget, IndicatorRef, SourceTableSummary, TemplateSummary, UnmatchedTarget } from './FillResult';
import type { FillColumnRole } from './fillVocabulary';
import type { IndicatorValue } from './IndicatorTable';
import type { MatchMethod } from './matchRows';

/** A choice the user may have to make for a fill. */
export type FillChoice = 'template' | 'source' | 'year';
/** How a host asks for a choice: a phrase put after the request (` (--source)`). */
export type FillChoiceHint = (choice: FillChoice) => string;

/** Everything the fill says in words, in one language (hosts add it at the edge; results carry codes). */
export interface FillWording {
  readonly title: (template: string, source: SourceTableSummary | null) => string;
  /**
   * A problem in words. `how` says how the user makes a choice in this host, as a phrase put
   * after the request (the command line: ` (--source)`); none by default (the pane, where the
   * choices are beside the message).
   */
  readonly problem: (p: FillProblem, how?: FillChoiceHint) => string;
  readonly method: { readonly [M in MatchMethod]: string };
  readonly status: { readonly [S in CellFillStatus]: string };
  readonly unmatchedReason: { readonly [R in UnmatchedTarget['reason']]: string };
  readonly role: { readonly [R in FillColumnRole]: string };
  readonly table: (t: SourceTableSummary) => string;
  readonly template: (t: TemplateSummary) => string;
  readonly indicator: (r: IndicatorRef) => string;
  /** The source row of a match, short when it reads as the target does: its cell, then its number and name if they differ. */
  readonly source: (t: FillTarget, r: IndicatorRef) => string;
  readonly target: (t: FillTarget) => string;
  readonly value: (v: IndicatorValue) => string;
  readonly cell: (c: CellFill) => string;
  readonly codeConflict: (r: IndicatorRef) => string;
  readonly unitDiffers: (reportUnit: string, sourceUnit: string) => string;
  readonly ui: {
    readonly templateLine: string;
    readonly sourceLine: string;
    readonly matches: (n: number) => string;
    readonly unmatched: (n: number) => string;
    readonly closest: string;
    readonly noCandidates: string;
    readonly formulas: (n: number) => string;
    readonly problems: (n: number) => string;
    readonly written: (n: number, file: string) => string;
    readonly dryRun: (n: number) => string;
    readonly nothingWritten: string;
    readonly confidence: (c: number) => string;
  };
}

const quoteRu = (s: string) => `«${s}»`;
const quoteEn = (s: string) => `“${s}”`;
const cut = (s: string, max = 50) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
};
const span = (years: readonly number[]) =>
  years.length === 0 ? '—' : years.every((y, i) => i === 0 || y === years[i - 1] + 1) && years.length > 2 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
const ref = (t: SourceTableSummary) => `'${t.sheet.replace(/'/g, "''")}'!${t.range}`;
/** The source row's cell, and its number and name where they differ from the target's. */
function sourceOf(t: FillTarget, r: IndicatorRef, indicator: (r: IndicatorRef) => string): string {
  const place = r.sheet === t.sheet ? r.cell : `'${r.sheet.replace(/'/g, "''")}'!${r.cell}`;
  const same = normalizeLabel(t.name) === normalizeLabel(r.name) && (t.code ?? '').replace(/\.$/, '') === (r.code ?? '').replace(/\.$/, '');
  return same ? place : `${place} ${indicator(r)}`;
}
const percent = (c: number) => `${Math.round(c * 100)}%`;

/** 1 строка, 2 строки, 5 строк. */
function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return `${n} ${one}`;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return `${n} ${few}`;
  return `${n} ${many}`;
}

const ru: FillWording = {
  title: (template, source) => (source ? `Заполнение листа «${template}» из ${ref(source)}` : `Заполнение листа «${template}»`),
  problem: (p, how) => {
    const x = p.params;
    const hint = (choice: FillChoice) => how?.(choice) ?? '';
    switch (p.code) {
      case 'template-not-found':
        return `В книге нет листа «${x.name}».`;
      case 'no-template':
        return `На листе «${x.name}» не найдено ни таблицы отчёта (графы с наименованием или номером показателя и с плановыми значениями по годам), ни подстановок вида {{1.2 | 2024}}.`;
      case 'sheet-protected':
        return `Лист «${x.name}» защищён: снимите защиту, чтобы заполнить его.`;
      case 'no-source-table':
        return 'В книге не найдено таблицы целевых показателей (номер, наименование, единица измерения, значения по годам).';
      case 'template-is-funding-table':
        return `На листе «${x.name}» таблица финансирования (${x.table}, ${x.range}), а не отчёт о показателях; укажите лист отчёта${hint('template')}.`;
      case 'template-is-source':
        return `Лист «${x.name}» — это сама таблица целевых показателей (источник), другой в книге нет; укажите лист отчёта${hint('template')}.`;
      case 'source-not-found':
        return `«${x.name}» не указывает на таблицу показателей.${x.candidates?.length ? ` Таблицы показателей в книге: ${x.candidates.map(ru.table).join('; ')}.` : ''}`;
      case 'ambiguous-source':
        return `В книге несколько таблиц показателей; укажите, из какой заполнять${hint('source')}: ${(x.candidates ?? []).map((c) => `${ru.table(c)}${c.matched !== undefined ? `, совпадает строк: ${c.matched}` : ''}`).join('; ')}.`;
      case 'year-unknown':
        return p.cell
          ? `${p.cell}: в подстановке ${x.text} не указан год, и его нет в заголовке листа; укажите год${hint('year')}.`
          : `Не указан год: графы плановых значений не называют год, заголовок листа тоже; укажите год${hint('year')}.`;
      case 'year-not-in-template':
        return `В шаблоне нет граф за ${x.year} год${x.years?.length ? ` (есть: ${span(x.years)})` : ''}.`;
      case 'year-not-in-source':
        return `${p.cell ? `${p.cell}: ` : ''}в таблице ${x.source ? ref(x.source) : ''} нет значений за ${x.year} год (есть ${span(x.years ?? [])}); ${p.severity === 'blocking' ? 'ничего не заполнено' : 'эти ячейки не заполнены'}.`;
      case 'bad-placeholder':
        return `${p.cell}: подстановка ${x.text} не читается; пишите {{номер или наименование | год | план/факт/база}}, например {{1.2 | 2024}}.`;
      case 'percent-of-zero-plan':
        return `${p.cell}: план равен нулю, процент исполнения не вычисляется; формула не записана.`;
    }
  },
  method: { 'code-and-name': 'по номеру и наименованию', code: 'по номеру', name: 'по наименованию' },
  status: {
    write: 'будет записано',
    overwrite: 'будет заменено',
    same: 'уже указано',
    occupied: 'ячейка занята, не изменена',
    formula: 'в ячейке формула, сохранена',
    'no-value': 'в источнике пусто',
    unreadable: 'в источнике не число',
  },
  unmatchedReason: {
    'no-clear-match': 'нет однозначного совпадения',
    'code-name-conflict': 'номер совпадает, но наименование другое',
    taken: 'этот показатель уже сопоставлен с более похожей строкой',
  },
  role: {
    code: 'номер',
    name: 'наименование',
    unit: 'единица измерения',
    base: 'базовое значение',
    plan: 'план',
    fact: 'факт',
    deviation: 'отклонение',
    percent: '% исполнения',
    reason: 'причины',
    other: 'прочее',
  },
  table: (t) => `${ref(t)} (${t.id}), годы ${span(t.years)}, показателей: ${t.rows}`,
  template: (t) =>
    [
      `лист «${t.sheet}»`,
      t.range ? `таблица ${t.range}, строк: ${t.rows}` : null,
      t.placeholders ? `подстановок: ${t.placeholders}` : null,
      t.titleYear !== null ? `год по заголовку: ${t.titleYear}` : null,
    ]
      .filter(Boolean)
      .join(', '),
  indicator: (r) => `${r.code ?? (r.underCode ? `(под ${r.underCode})` : '(без номера)')} ${quoteRu(cut(r.name))}`,
  source: (t, r) => sourceOf(t, r, ru.indicator),
  target: (t) => (t.kind === 'row' ? `${t.cell} ${t.code ? `${t.code} ` : ''}${quoteRu(cut(t.name))}` : `${t.cell} ${t.raw}`),
  value: (v) => (v.kind === 'number' ? formatAmount(v.value, 'ru') : v.kind === 'empty' ? '(пусто)' : quoteRu(v.text)),
  cell: (c) => `${c.cell} ← ${ru.value(c.value)}${c.status === 'write' ? '' : ` (${ru.status[c.status]}${c.current !== null && (c.status === 'occupied' || c.status === 'formula' || c.status === 'overwrite') ? `: ${quoteRu(c.current)}` : ''})`}`,
  codeConflict: (r) => `номер ${r.code} в источнике у другого показателя (${r.cell})`,
  unitDiffers: (a, b) => `единицы различаются: «${a}» в отчёте, «${b}» в источнике`,
  ui: {
    templateLine: 'Шаблон',
    sourceLine: 'Источник',
    matches: (n) => `Сопоставлено: ${n}`,
    unmatched: (n) => `Не сопоставлено: ${n}`,
    closest: 'ближайшие',
    noCandidates: 'похожих показателей нет',
    formulas: (n) => `Формулы отклонений: ${n}`,
    problems: (n) => `Замечания: ${n}`,
    written: (n, file) => `Записано ${plural(n, 'ячейка', 'ячейки', 'ячеек')}: ${file}`,
    dryRun: (n) => `Пробный прогон: было бы записано ${plural(n, 'ячейка', 'ячейки', 'ячеек')}; файл не записан.`,
    nothingWritten: 'Ничего не заполнено; файл не записан.',
    confidence: (c) => `уверенность ${percent(c)}`,
  },
};

const en: FillWording = {
  title: (template, source) => (source ? `Fill '${template}' from ${ref(source)}` : `Fill '${template}'`),
  problem: (p, how) => {
    const x = p.params;
    const hint = (choice: FillChoice) => how?.(choice) ?? '';
    switch (p.code) {
      case 'template-not-found':
        return `The workbook has no sheet ${quoteEn(x.name ?? '')}.`;
      case 'no-template':
        return `Sheet ${quoteEn(x.name ?? '')} has neither a report table (a column of indicator names or numbers and columns of planned values by year) nor placeholders like {{1.2 | 2024}}.`;
      case 'sheet-protected':
        return `Sheet ${quoteEn(x.name ?? '')} is protected: unprotect it to fill it.`;
      case 'no-source-table':
        return 'No indicator table (number, name, unit, values by year) was found in the workbook.';
      case 'template-is-funding-table':
        return `Sheet ${quoteEn(x.name ?? '')} holds a funding table (${x.table}, ${x.range}), not an indicator report; name the report sheet${hint('template')}.`;
      case 'template-is-source':
        return `Sheet ${quoteEn(x.name ?? '')} is the indicator table itself (the source), and the workbook has no other; name the report sheet${hint('template')}.`;
      case 'source-not-found':
        return `${quoteEn(x.name ?? '')} does not name an indicator table.${x.candidates?.length ? ` Indicator tables in the workbook: ${x.candidates.map(en.table).join('; ')}.` : ''}`;
      case 'ambiguous-source':
        return `The workbook has several indicator tables; say which one to fill from${hint('source')}: ${(x.candidates ?? []).map((c) => `${en.table(c)}${c.matched !== undefined ? `, rows matched: ${c.matched}` : ''}`).join('; ')}.`;
      case 'year-unknown':
        return p.cell
          ? `${p.cell}: placeholder ${x.text} names no year, and the sheet's title names none; give the year${hint('year')}.`
          : `No year: the plan columns name none and neither does the title; give the year${hint('year')}.`;
      case 'year-not-in-template':
        return `The template has no columns for ${x.year}${x.years?.length ? ` (it has ${span(x.years)})` : ''}.`;
      case 'year-not-in-source':
        return `${p.cell ? `${p.cell}: ` : ''}table ${x.source ? ref(x.source) : ''} has no values for ${x.year} (it has ${span(x.years ?? [])}); ${p.severity === 'blocking' ? 'nothing was filled' : 'those cells are not filled'}.`;
      case 'bad-placeholder':
        return `${p.cell}: placeholder ${x.text} cannot be read; write {{number or name | year | plan/fact/base}}, e.g. {{1.2 | 2024}}.`;
      case 'percent-of-zero-plan':
        return `${p.cell}: the plan is zero, so there is no percentage of it; no formula written.`;
    }
  },
  method: { 'code-and-name': 'by number and name', code: 'by number', name: 'by name' },
  status: {
    write: 'to write',
    overwrite: 'to replace',
    same: 'already there',
    occupied: 'cell not empty, left alone',
    formula: 'holds a formula, kept',
    'no-value': 'empty in the source',
    unreadable: 'not a number in the source',
  },
  unmatchedReason: {
    'no-clear-match': 'no clear match',
    'code-name-conflict': 'the number matches but the name is different',
    taken: 'that indicator matches another row more closely',
  },
  role: {
    code: 'number',
    name: 'name',
    unit: 'unit',
    base: 'base value',
    plan: 'plan',
    fact: 'fact',
    deviation: 'deviation',
    percent: '% achieved',
    reason: 'reasons',
    other: 'other',
  },
  table: (t) => `${ref(t)} (${t.id}), years ${span(t.years)}, ${t.rows} indicators`,
  template: (t) =>
    [
      `sheet ${quoteEn(t.sheet)}`,
      t.range ? `table ${t.range}, ${t.rows} rows` : null,
      t.placeholders ? `${t.placeholders} placeholders` : null,
      t.titleYear !== null ? `year from the title: ${t.titleYear}` : null,
    ]
      .filter(Boolean)
      .join(', '),
  indicator: (r) => `${r.code ?? (r.underCode ? `(under ${r.underCode})` : '(no number)')} ${quoteEn(cut(r.name))}`,
  source: (t, r) => sourceOf(t, r, en.indicator),
  target: (t) => (t.kind === 'row' ? `${t.cell} ${t.code ? `${t.code} ` : ''}${quoteEn(cut(t.name))}` : `${t.cell} ${t.raw}`),
  value: (v) => (v.kind === 'number' ? formatAmount(v.value, 'en') : v.kind === 'empty' ? '(empty)' : quoteEn(v.text)),
  cell: (c) => `${c.cell} ← ${en.value(c.value)}${c.status === 'write' ? '' : ` (${en.status[c.status]}${c.current !== null && (c.status === 'occupied' || c.status === 'formula' || c.status === 'overwrite') ? `: ${quoteEn(c.current)}` : ''})`}`,
  codeConflict: (r) => `number ${r.code} belongs to another indicator in the source (${r.cell})`,
  unitDiffers: (a, b) => `units differ: “${a}” in the report, “${b}” in the source`,
  ui: {
    templateLine: 'Template',
    sourceLine: 'Source',
    matches: (n) => `Matched: ${n}`,
    unmatched: (n) => `Not matched: ${n}`,
    closest: 'closest',
    noCandidates: 'no similar indicator',
    formulas: (n) => `Deviation formulas: ${n}`,
    problems: (n) => `Notes: ${n}`,
    written: (n, file) => `${n} ${n === 1 ? 'cell' : 'cells'} written: ${file}`,
    dryRun: (n) => `Dry run: ${n} ${n === 1 ? 'cell' : 'cells'} would be written; no file written.`,
    nothingWritten: 'Nothing filled; no file written.',
    confidence: (c) => `confidence ${percent(c)}`,
  },
};

export const FILL_WORDING: { readonly [L in Lang]: FillWording } = { en, ru };

export function fillWording(lang: Lang): FillWording {
  return FILL_WORDING[lang];
}

/** The plan's title (for the undo history). */
export function fillPlanTitle(lang: Lang, template: string, source: SourceTableSummary | null): string {
  return FILL_WORDING[lang].title(template, source);
}
