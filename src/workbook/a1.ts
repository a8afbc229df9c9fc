// A1 addresses, read and written in one place: column letters ↔ 0-based indexes, a cell's
// row and column, a range's size. The sheet layouts (layout.ts), both writers (Office.js,
// xlsx), the request batching and the explanations of a cell all go through these.

/** Column letter of a 0-based index: 0 → A, 27 → AB. */
export function col(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based index of column letters: "A" → 0, "AA" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

/** "B3", from a 0-based column and a 1-based row. */
export function addr(c: number, r: number): string {
  return `${col(c)}${r}`;
}

const CELL = /^\$?([A-Z]+)\$?(\d+)/;
const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

/** The top-left cell of an A1 address as 0-based row and column ("E4:M21" → 3, 4), or null when it is none. */
export function cellAt(a1: string): { row: number; col: number } | null {
  const m = CELL.exec(a1);
  return m ? { row: Number(m[2]) - 1, col: colIndex(m[1]) } : null;
}

/** The top-left cell of an A1 address as 0-based row and column ("E4:M21" → 3, 4). */
export function topLeft(a1: string): { row: number; col: number } {
  const at = cellAt(a1);
  if (!at) throw new Error(`Ogiltig adress ${a1}`);
  return at;
}

/** "B3:V3" → its number of rows and columns. */
export function dimensions(a1: string): { rows: number; cols: number } {
  const m = RANGE.exec(a1);
  if (!m) throw new Error(`Ogiltig adress ${a1}`);
  const c1 = colIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** The A1 address of `rows` × `cols` cells from 0-based (row, column). */
export function areaAt(row: number, column: number, rows: number, cols: number): string {
  return `${addr(column, row + 1)}:${addr(column + cols - 1, row + rows)}`;
}
