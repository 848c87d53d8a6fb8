import { rangeToA1 } from '../address';
import { formatAmount } from '../numbers';
import type { RelationKind } from '../check/Relation';
import type { Finding } from '../findings';
import { amount, amountsOf, missingYears, changeOf, difference, shown, likelyTarget, partsList, shortLabel, yearSpan } from './common';
import type { Locale } from './Locale';

const L = 'ru' as const;

function subject(f: Finding): string {
  const s = f.params.subject ?? {};
  const bits: string[] = [];
  const label = shortLabel(s.label);
  if (label) bits.push(`«${label}»`);
  if (s.year !== undefined) bits.push(`${s.year} год`);
  const column = shortLabel(s.column, 40);
  if (column && s.year === undefined) bits.push(`графа «${column}»`);
  return bits.length ? ` (${bits.join(', ')})` : '';
}

const PARTS: Record<RelationKind, string> = {
  'row-total': 'сумма граф этой строки',
  'block-total': 'сумма строк по годам',
  subtotal: 'сумма подытоживаемых строк',
  'grand-total': 'сумма входящих в него итогов',
  'parent-total': 'сумма вложенных пунктов',
  'group-total': 'сумма строк группы',
  breakdown: 'сумма строк этого источника по пунктам выше',
  'breakdown-sum': 'сумма строк «в том числе»',
  'part-of': 'строка, частью которой она является',
  'listed-parts': 'сумма перечисленных под ней строк («в т.ч.»)',
};

/** The Russian plural: 1 ячейка, 2 ячейки, 5 ячеек. */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

const cells = (n: number) => `${n} ${plural(n, 'ячейку', 'ячейки', 'ячеек')}`;

/** 1 проверка, 2 проверки, 5 проверок. */
function checks(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} проверка`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} проверки`;
  return `${n} проверок`;
}

/** ` (E6: =SUM(E8:E12))`: the sibling a fragile total is compared with, when known. */
function siblingOf(f: Finding): string {
  return f.params.sibling ? ` (${f.params.sibling}: ${f.params.siblingFormula ?? '?'})` : '';
}

function likelySuffix(f: Finding): string {
  const p = f.params;
  if (p.correction) {
    const c = p.correction;
    const size = `${c.size} ${plural(c.size, 'ячейка', 'ячейки', 'ячеек')}`;
    return c.here.length
      ? ` Исправление таблицы ${c.table} (${size}, после него сходятся все итоги): ${c.here.map((x) => `${x.cell} → ${formatAmount(x.to, L, x.decimals)}`).join(', ')}.`
      : ` Исправление таблицы ${c.table} (${size}) сводит и этот итог, меняя другие ячейки.`;
  }
  if (p.likelyText) {
    const c = changeOf(p.likelyChange ?? '0');
    return ` Вероятно, неверна сумма «${p.likelyText}»: ${c.up ? 'увеличьте' : 'уменьшите'} её на ${amount(c.size, L, p.shown?.likely)}, и сойдутся ${checks(p.settles ?? 0)}.`;
  }
  return p.likelyCell ? ru.likely(p.likelyCell, p.likelyChange ?? '0', p.settles ?? 0, p.related ?? [], likelyTarget(f), p.shown?.likely) : '';
}

export const ru: Locale = {
  lang: 'ru',
  finding: {
    'sum-mismatch': (f) =>
      `${f.cell}${subject(f)}: указано ${amountsOf(f, L).actual}, а ${PARTS[f.params.relation ?? 'subtotal']} (${partsList(f)}) равна ${amountsOf(f, L).expected}; расхождение ${amountsOf(f, L).difference}.${likelySuffix(f)}`,
    'rounding-difference': (f) =>
      `${f.cell}${subject(f)}: указано ${amountsOf(f, L).actual}, ${PARTS[f.params.relation ?? 'subtotal']} (${partsList(f)}) равна ${amountsOf(f, L).expected}. Расхождение ${amountsOf(f, L).difference} — в пределах округления показанных цифр.`,
    'relation-unchecked': (f) => {
      const uncalculated = f.params.uncalculated ?? [];
      const others = (f.params.badCells ?? []).filter((c) => !uncalculated.includes(c));
      const why = [
        ...(others.length ? [`${others.join(', ')} не читается как число`] : []),
        ...(uncalculated.length ? [`для ${uncalculated.length === 1 ? 'формулы в' : 'формул в'} ${uncalculated.join(', ')} в файле нет вычисленного значения`] : []),
      ].join('; ');
      const todo = uncalculated.length ? ' Пересчитайте книгу (откройте её в Excel или LibreOffice и сохраните) и проверьте снова.' : '';
      return `${f.cell}${subject(f)} не проверен по ${partsList(f)}: ${why}.${todo}`;
    },
    'part-exceeds-whole': (f) =>
      `${f.cell}${subject(f)} — часть («из них») строки ${partsList(f)} (${amountsOf(f, L).expected}), но больше неё: ${amountsOf(f, L).actual}.`,
    'unparsable-number': (f) =>
      `${f.cell}: «${shortLabel(f.params.text) ?? ''}» похоже на число, но числом не является. В суммы не включено; итоги, где оно нужно, не проверены.`,
    'error-value': (f) => `${f.cell}: ошибка Excel ${f.params.text ?? ''}; итоги, где нужна эта ячейка, не проверены.`,
    'formula-not-calculated': (f) =>
      `${f.cell}: для формулы (${shortLabel(f.params.text) ?? ''}) в файле нет вычисленного значения — книга сохранена без пересчёта. Итоги, где нужна эта ячейка, не проверены; пересчитайте книгу (откройте её в Excel или LibreOffice и сохраните) и проверьте снова.`,
    'not-a-figure': (f) =>
      `${f.cell}: ${f.params.valueKind === 'boolean' ? `логическое значение ${f.params.text === 'TRUE' ? 'ИСТИНА' : 'ЛОЖЬ'}` : `дата (${f.params.text ?? ''})`}, а не сумма; в суммы не входит, итоги, где нужна эта ячейка, не проверены.`,
    'table-mismatch': (f) =>
      `${f.cell} (${ru.figureOf(f.params.year, f.params.source)}): здесь ${amountsOf(f, L).actual}, а в таблице ${f.params.otherTable} на листе «${f.params.otherSheet}» — ${amountsOf(f, L).expected} (${f.params.otherCell}); расхождение ${amountsOf(f, L).difference}.`,
    'text-sum-mismatch': (f) =>
      `В тексте ячейки ${f.cell} (${ru.figureOf(f.params.year, f.params.source)}) указано ${amountsOf(f, L).actual} («${f.params.excerpt ?? ''}»), а сумма приведённых там же составляющих — ${amountsOf(f, L).expected}; расхождение ${amountsOf(f, L).difference}.${likelySuffix(f)}`,
    'text-table-mismatch': (f) =>
      `В тексте ячейки ${f.cell} (${ru.figureOf(f.params.year, f.params.source)}) указано ${amountsOf(f, L).actual} («${f.params.excerpt ?? ''}»), а в таблице ${f.params.otherTable} на листе «${f.params.otherSheet}» — ${amountsOf(f, L).expected} (${f.params.otherCell}); расхождение ${amountsOf(f, L).difference}.${likelySuffix(f)}`,
    'typed-total': (f) =>
      f.severity === 'info'
        ? `${f.cell}: итоги таблицы ${f.tableId ?? ''} (${f.params.typedTotals ?? 0}) введены числами, а не формулами. Сейчас они сходятся, но не изменятся вслед за слагаемыми.`
        : `${f.cell}${subject(f)} введён числом${f.params.formula ? ` (${f.params.formula})` : ''}, а остальные итоги этой ${f.params.relation === 'row-total' ? 'графы' : 'строки'} — формулы${siblingOf(f)}. ${f.params.addsUp === false ? 'Он и сейчас не сходится и' : 'Сейчас сходится, но'} не изменится вслед за слагаемыми.`,
    'formula-skips-part': (f) => {
      const p = f.params;
      const bits: string[] = [];
      if (p.skipped?.length) bits.push(`пропускает ${p.skipped.join(', ')} — ${p.skipped.length === 1 ? 'слагаемое' : 'слагаемые'} этого итога${p.sibling ? `, которые складывает ${p.sibling} (${p.siblingFormula ?? '?'})` : ''}`);
      if (p.extra?.length) bits.push(`складывает ${p.extra.join(', ')}, ${p.extra.length === 1 ? 'которая не является' : 'которые не являются'} слагаемым (ячейка шапки или итог, слагаемые которого формула тоже складывает)`);
      const tail = f.severity === 'error' ? 'это не ноль, итог неверен уже сейчас.' : 'сейчас там ноль, итог верен, но введённая туда сумма потеряется или учтётся дважды.';
      return `${f.cell}${subject(f)}: формула ${p.formula ?? '?'} ${bits.join(' и ')}; ${tail}`;
    },
    'inconsistent-formula': (f) =>
      `${f.cell}${subject(f)}: формула ${f.params.formula ?? '?'} устроена не так, как у остальных итогов этой ${f.params.relation === 'row-total' ? 'графы' : 'строки'}${siblingOf(f)}. Она может складывать не те ячейки, что соседние.`,
    'figure-as-text': (f) =>
      f.params.readBy?.length
        ? `${f.cell}: сумма «${f.params.text ?? ''}» введена текстом. ${f.params.readBy.join(', ')} ${f.params.readBy.length === 1 ? 'складывает' : 'складывают'} её формулой, а формула текст пропускает: итог меньше на эту сумму.`
        : `${f.cell}: сумма «${f.params.text ?? ''}» введена текстом в таблице, итоги которой — формулы. Формулы текст пропускают: итог, который её сложит, окажется меньше на эту сумму.`,
    'year-gap': (f) => {
      const g = f.params.gap;
      const missing = g ? missingYears(g) : '';
      const one = g !== undefined && g.before - g.after === 2;
      return `${f.cell}: в таблице ${f.tableId ?? ''} после ${g?.after ?? ''} года идёт ${g?.before ?? ''}-й: за ${missing} ${one ? 'год' : 'годы'} сумм в ней нет. Проверены все годы, какие в таблице есть (своды строятся по ним же); если программа действует и в ${missing} ${one ? 'году' : 'годах'}, их суммы в таблице пропущены.`;
    },
  },
  figureOf: (year, source) => {
    const y = year === null || year === undefined ? 'всего за все годы' : `${year} год`;
    return source ? `${y}, ${source}` : `${y}, все источники`;
  },
  likely: (cell, change, settles, related, to, shown) => {
    const c = changeOf(change);
    return ` Вероятно, ошибка в ячейке ${cell}. ${c.up ? 'Увеличьте' : 'Уменьшите'} ${cell} на ${amount(c.size, L, shown)}${to !== undefined ? ` (до ${amount(to, L, shown)})` : ''}, и сойдутся ${checks(settles)}${related.length ? ` (см. также ${related.join(', ')})` : ''}.`;
  },
  table: (t) => {
    const kind = t.kind === 'indicators' ? 'показатели' : `финансирование, ${ru.layout[t.layout]}`;
    const bits = [`${t.id} ${rangeToA1(t.range)}: ${kind}`, `годы ${yearSpan(t.years)}`];
    if (t.sources.length) bits.push(`источники: ${t.sources.join('; ')}`);
    if (t.unit) bits.push(`единица: ${t.unit}`);
    return bits.join('; ');
  },
  layout: {
    'source-by-year': 'источники по годам',
    'items-by-year': 'пункты по годам',
    'items-by-source-and-year': 'пункты по источникам и годам',
    'year-rows-by-source': 'строки по годам, графы по источникам',
    generic: 'итоги по подписям, формулам и цифрам',
    indicators: 'показатели',
  },
  severity: { error: 'ошибка', warning: 'предупреждение', info: 'округление' },
  severityPlural: { error: 'Ошибки', warning: 'Предупреждения', info: 'Расхождения в пределах округления' },
  correction: {
    heading: (tableId, n) => `Измените ${cells(n)}, и все итоги таблицы ${tableId} сойдутся`,
    change: (c) =>
      c.formula
        ? `${c.cell}: впишите ${c.formula} (даст ${shown(c, L)}; сейчас ${c.from === null ? 'пусто' : formatAmount(c.from, L, c.decimals)})`
        : `${c.cell}: ${c.from === null ? 'пусто' : formatAmount(c.from, L, c.decimals)} → ${shown(c, L)}${c.slip ? ` (${ru.correction.slip[c.slip]})` : ''}`,
    follow: (list) => `Формулы пересчитаются: ${list.map((c) => `${c.cell} ${formatAmount(c.from ?? '0', L, c.decimals)} → ${shown(c, L)}`).join('; ')}.`,
    basis: (c) => {
      const n = c.alternatives;
      if (n === 0 && c.alternativesMore) return 'Могут быть и другие столь же малые исправления: решатель остановился на этом.';
      const others = `${c.alternativesMore ? 'Не меньше ' : ''}${n} ${plural(n, 'другое исправление', 'других исправления', 'других исправлений')} ${n === 1 && !c.alternativesMore ? 'столь же мало' : 'столь же малы'}`;
      switch (c.basis) {
        case 'only':
          return 'Другого изменения стольких же ячеек, при котором сходятся все итоги, нет.';
        case 'formula':
          return `${others}; показано это: формула складывает не те ячейки, что части её итога.`;
        case 'slip':
          return `${others}; показано это: его суммы похожи на опечатки (${[...new Set(c.correction.cells.flatMap((x) => (x.slip ? [ru.correction.slip[x.slip]] : [])))].join(', ')}).`;
        case 'totals':
          return `${others}; показано это: оно меняет итоги, а не складываемые суммы.`;
        default:
          return `${others}, и в таблице нет признаков, какое из них верно: проверьте по документам.`;
      }
    },
    other: (c, best) => {
      const { instead, changes } = difference(c, best);
      return `Или${instead.length ? ` вместо ${instead.join(', ')}` : ''}: ${changes.map((x) => `${x.cell} → ${shown(x, L)}`).join(', ')}.`;
    },
    gaveUp: (tableId, reason) =>
      ({
        'too-large': `Таблица ${tableId}: исправление не найдено — таблица слишком велика для поиска.`,
        time: `Таблица ${tableId}: исправление не найдено — время поиска истекло.`,
        'none-consistent': `Таблица ${tableId}: никакое изменение введённых сумм не сводит все итоги (мешают формулы или нечитаемые суммы).`,
        'no-solver': `Таблица ${tableId}: исправление не найдено — нужно изменить больше ячеек, чем проверяет быстрый поиск.`,
      })[reason],
    slip: {
      transposition: 'переставлены цифры?',
      'one-digit': 'ошибка в одной цифре?',
      'decimal-shift': 'сдвинута запятая?',
      'wrong-cell': 'введено не в ту ячейку?',
      'typed-total': 'итог введён числом среди формул',
    },
  },
  ui: {
    tablesFound: (n) => `Найдено таблиц: ${n}`,
    noTables: 'Таблиц финансирования и показателей не найдено.',
    noFindings: 'Все итоги сходятся.',
    relation: (r) =>
      `${r.cell} = ${r.parts.join(' + ')} (${r.direction === 'row' ? 'по строке' : 'по графе'}; ${{ label: 'по подписям', formula: 'по формуле', data: 'по цифрам' }[r.basis]}): ${{ exact: 'сходится', rounding: 'в пределах округления', mismatch: 'не сходится', unchecked: 'не проверено' }[r.status]}`,
    sheet: (name) => `Лист «${name}»`,
    fileError: 'Не удалось прочитать файл',
    fileErrors: {
      'file-not-found': 'такого файла нет',
      'not-xlsx': 'это не книга Excel (.xlsx) или она повреждена',
      'unreadable-file': 'его не удаётся открыть',
      'too-large': 'он больше, чем budget-check читает (ограничения описаны в README)',
    },
    summary: (e, w, i) => `ошибок: ${e}, предупреждений: ${w}, расхождений в пределах округления: ${i}`,
    risks: 'Риски',
  },
};
