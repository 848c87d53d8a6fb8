import { makeStyles, tokens } from '@fluentui/react-components';
import type ExcelJS from 'exceljs';
import { useEffect, useRef } from 'react';
import { columnLetters } from '../engine';
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

/**
 * A formula the page cannot show the result of: one written here (by a rollup or a fill), which
 * has no cached result, as ExcelJS does not calculate. Excel calculates it; this page shows its
 * text rather than a figure of its own making.
 */
export function uncalculated(cell: ExcelJS.Cell): boolean {
  const result = cell.type === 6 /* ValueType.Formula */ ? (cell.result as unknown) : 0;
  return result === undefined || result === null;
}

/**
 * A number as its format shows it, roughly: the decimals of the format's first section and its
 * thousands separator (`#,##0.000` → `3,535.663`). Anything else as ExcelJS gives it.
 */
export function shownText(cell: ExcelJS.Cell): string {
  if (uncalculated(cell)) return `=${cell.formula}`;
  const value = cell.type === 6 /* ValueType.Formula */ ? (cell.result as unknown) : cell.value;
  if (typeof value !== 'number') return cell.type === 1 /* ValueType.Merge */ ? '' : cell.text;
  const format = (cell.numFmt ?? '').split(';')[0];
  if (!format || format === 'General' || /[dmyhs%E@]/i.test(format.replace(/"[^"]*"/g, ''))) return String(value);
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: format.includes(',') });
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

/** A worksheet as a plain grid: values as text (a formula without a result as its text), fills, bold, notes (as tooltips), the selected cell. */
export function GridView({ sheet, selection }: { readonly sheet: ExcelJS.Worksheet; readonly selection?: Selection }) {
  const styles = useStyles();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const selectedCell = selection && selection.sheet === sheet.name ? selection.cell : undefined;
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selectedCell, sheet]);
  const rows = Math.min(sheet.rowCount, MAX_ROWS);
  const cols = Math.min(Math.max(sheet.columnCount, 1), MAX_COLS);
  const columns = Array.from({ length: cols }, (_, c) => columnLetters(c));
  return (
    <div className={styles.wrap} data-testid="grid" data-sheet={sheet.name}>
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
                const formulaText = uncalculated(cell);
                const className = [styles.cell, isSelected ? styles.selected : '', note ? styles.noted : '', formulaText ? styles.formula : ''].join(' ');
                return (
                  <td
                    key={c}
                    ref={isSelected ? selectedRef : undefined}
                    className={className}
                    data-cell={address}
                    aria-selected={isSelected || undefined}
                    title={note}
                    data-formula={formulaText ? '' : undefined}
                    style={{ backgroundColor: fill ? `#${fill.slice(2)}` : undefined, fontWeight: cell.font?.bold ? 'bold' : undefined, textAlign: typeof cell.value === 'number' || (cell.type === 6 && !formulaText) ? 'right' : undefined }}
                  >
                    {shownText(cell)}
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
