import { makeStyles, tokens } from '@fluentui/react-components';
import ExcelJS from 'exceljs';
import { useEffect, useRef } from 'react';
import { columnLetters } from '../engine';
import { FormulaCalculator, type Calculated } from './FormulaCalculator';
import type { Selection } from './MemoryHost';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', flexGrow: 1, backgroundColor: '#fff', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: 'Calibri, Arial, sans-serif' },
  head: { backgroundColor: '#f3f3f3', color: '#555', fontWeight: 'normal', border: '1px solid #d4d4d4', padding: '0 4px', position: 'sticky', top: 0, zIndex: 1 },
  corner: { left: 0, zIndex: 2 },
  rowHead: { backgroundColor: '#f3f3f3', color: '#555', border: '1px solid #d4d4d4', padding: '0 4px', textAlign: 'right', position: 'sticky', left: 0 },
  cell: { border: '1px solid #e1e1e1', padding: '1px 4px', maxWidth: '260px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'top' },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  noted: { backgroundImage: 'linear-gradient(225deg, #d13438 5px, transparent 5px)' },
  formula: { color: '#605e5c', fontStyle: 'italic' },
});

/** Drawn at most: enough for a programme's sheets, light enough to redraw on every change. */
const MAX_ROWS = 600;
const MAX_COLS = 40;

/** A formula cell without a result in the file: one the pane wrote (ExcelJS does not calculate). */
function withoutResult(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula && (cell.result === undefined || cell.result === null);
}

/**
 * A number as its format shows it, roughly, in the conventions of a language: the decimals of the
 * format's first section and its thousands separator (`#,##0.000` → `3,535.663`, in Russian
 * `3 535,663`); General as the number is, with the language's decimal separator.
 */
export function formatted(value: number, numFmt: string | undefined, locale = 'en-US'): string {
  const format = (numFmt ?? '').split(';')[0];
  if (/[dmyhs%E@]/i.test(format.replace(/"[^"]*"/g, '')) && format !== 'General') return String(value);
  if (!format || format === 'General') return value.toLocaleString(locale, { maximumFractionDigits: 15, useGrouping: false });
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: format.includes(',') });
}

/**
 * A cell as the grid shows it: a number as its format shows it, anything else as ExcelJS gives
 * it. A formula without a result in the file is shown as `calculated` (FormulaCalculator), or,
 * where it could not be calculated, as its text: never a figure of the page's own making.
 */
export function shownText(cell: ExcelJS.Cell, calculated?: Calculated, locale = 'en-US'): string {
  if (withoutResult(cell)) {
    if (calculated === undefined) return `=${cell.formula}`;
    if (typeof calculated === 'number') return formatted(calculated, cell.numFmt, locale);
    if (calculated === null) return '';
    if (typeof calculated === 'object') return calculated.error;
    return typeof calculated === 'boolean' ? (calculated ? 'TRUE' : 'FALSE') : calculated;
  }
  const value = cell.type === ExcelJS.ValueType.Formula ? (cell.result as unknown) : cell.value;
  if (typeof value !== 'number') return cell.type === ExcelJS.ValueType.Merge ? '' : cell.text;
  return formatted(value, cell.numFmt, locale);
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

/** A worksheet as a plain grid: values as text (a formula the pane wrote calculated, its text as the tooltip), fills, bold, notes (as tooltips), the selected cell. */
export function GridView({ sheet, selection, lang = 'en' }: { readonly sheet: ExcelJS.Worksheet; readonly selection?: Selection; readonly lang?: 'en' | 'ru' }) {
  const locale = lang === 'ru' ? 'ru-RU' : 'en-US';
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const selectedCell = selection && selection.sheet === sheet.name ? selection.cell : undefined;
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selectedCell, sheet]);
  const rows = Math.min(sheet.rowCount, MAX_ROWS);
  const cols = Math.min(Math.max(sheet.columnCount, 1), MAX_COLS);
  const columns = Array.from({ length: cols }, (_, c) => columnLetters(c));
  // the workbook changes in place: a calculator of its own for each drawing
  const calculator = new FormulaCalculator(sheet.workbook);
  return (
    <div className={styles.wrap} data-testid="grid" data-sheet={sheet.name} lang={lang}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} />
            {columns.map((c) => (
              <th key={c} className={styles.head}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead}>{r + 1}</th>
              {columns.map((letters, c) => {
                const cell = sheet.getRow(r + 1).getCell(c + 1);
                const address = `${letters}${r + 1}`;
                const fill = cell.fill?.type === 'pattern' && cell.fill.pattern !== 'none' ? cell.fill.fgColor?.argb : undefined;
                const note = noteText(cell);
                const isSelected = selectedCell === address;
                const calculated = withoutResult(cell) ? calculator.result(sheet.name, cell) : undefined;
                const formulaText = withoutResult(cell) && calculated === undefined;
                const className = [styles.cell, isSelected ? styles.selected : '', note ? styles.noted : '', formulaText ? styles.formula : ''].join(' ');
                return (
                  <td
                    key={c}
                    ref={isSelected ? selectedRef : undefined}
                    className={className}
                    data-cell={address}
                    aria-selected={isSelected || undefined}
                    title={note ?? (withoutResult(cell) && !formulaText ? `=${cell.formula}` : undefined)}
                    data-formula={formulaText ? '' : undefined}
                    data-calculated={withoutResult(cell) && !formulaText ? '' : undefined}
                    style={{ backgroundColor: fill ? `#${fill.slice(2)}` : undefined, fontWeight: cell.font?.bold ? 'bold' : undefined, textAlign: typeof cell.value === 'number' || (cell.type === ExcelJS.ValueType.Formula && !formulaText) ? 'right' : undefined }}
                  >
                    {shownText(cell, calculated, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
