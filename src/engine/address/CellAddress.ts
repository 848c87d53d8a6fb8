/** A cell position on a sheet, 0-based, as plain data (row 0, col 0 is A1). */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, inclusive on both ends, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`column index must be a non-negative integer, got ${col}`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** A1 text of an address, without `$` or sheet name. */
export function toA1(address: CellAddress): string {
  return `${columnLetters(address.col)}${address.row + 1}`;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses `B7` or `$B$7`; returns undefined for anything else. */
export function parseA1(text: string): CellAddress | undefined {
  const m = A1_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: columnIndex(m[1]) };
}

/** Parses `A1:C3` (or a single cell) into a range; undefined when malformed. */
export function parseRangeA1(text: string): CellRange | undefined {
  const [a, b] = text.split(':');
  const start = parseA1(a);
  if (!start) return undefined;
  const end = b === undefined ? start : parseA1(b);
  if (!end) return undefined;
  return makeRange(start, end);
}

export function makeRange(a: CellAddress, b: CellAddress): CellRange {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** `A1:C3`, or `A1` for a single cell. */
export function rangeToA1(range: CellRange): string {
  const start = toA1({ row: range.top, col: range.left });
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${toA1({ row: range.bottom, col: range.right })}`;
}

export function rangeContains(range: CellRange, address: CellAddress): boolean {
  return address.row >= range.top && address.row <= range.bottom && address.col >= range.left && address.col <= range.right;
}



/**
 * Writes a list of cells as few A1 ranges as it can: runs of adjacent cells in one column
 * (or one row) become `D52:D57`; the order of the input is kept for the first cell of each run.
 */
export function compressToRanges(cells: readonly CellAddress[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const start = cells[i];
    let j = i;
    // vertical run
    while (j + 1 < cells.length && cells[j + 1].col === start.col && cells[j + 1].row === cells[j].row + 1) j++;
    if (j === i) {
      // horizontal run
      while (j + 1 < cells.length && cells[j + 1].row === start.row && cells[j + 1].col === cells[j].col + 1) j++;
    }
    out.push(j === i ? toA1(start) : rangeToA1(makeRange(start, cells[j])));
    i = j + 1;
  }
  return out;
}
