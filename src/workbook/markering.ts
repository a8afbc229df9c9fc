// "Förklara" (issue 11, item 2): the selected cell. Reads its formula and, for a call of
// one of our custom functions (=HALSOVAL.LISTAD(A2; 2026)), the call's arguments with every
// reference resolved to the values of the referenced cells, so the engine's trace
// (engine/forklaring) can be computed from exactly what the formula saw. Follows the
// selection through Excel's onSelectionChanged.
import type { ExcelRun } from "./writer";

/** One argument as written: a constant, a reference (A2, $B$2:B9, 'Blad 1'!C3) or left out. */
export type FormelArg = { kind: "tal"; value: number } | { kind: "text"; value: string } | { kind: "ref"; sheet: string | null; address: string } | { kind: "tom" };

export interface FormelAnrop {
  /** The function's name in capitals: "HALSOVAL.LISTAD". */
  namn: string;
  args: FormelArg[];
}

const REF = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.ÅÄÖåäö]+))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;

/** Splits at `sep` outside quotes and parentheses. */
function split(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, quote: string | null = null, cur = "";
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === sep && depth === 0) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function arg(raw: string, decimalComma: boolean): FormelArg {
  const s = raw.trim();
  if (s === "") return { kind: "tom" };
  if (/^".*"$/.test(s)) return { kind: "text", value: s.slice(1, -1).replace(/""/g, '"') };
  const num = decimalComma ? s.replace(",", ".") : s;
  if (/^-?\d+(\.\d+)?$/.test(num)) return { kind: "tal", value: Number(num) };
  const m = REF.exec(s);
  if (m) return { kind: "ref", sheet: m[1] ? m[1].replace(/''/g, "'") : m[2] ?? null, address: m[3].replace(/\$/g, "") };
  throw new Error(`Argumentet ${s} är varken ett tal, en text eller en cellreferens; förklaringen läser bara enkla argument.`);
}

/**
 * The call of a formula that is one function call and nothing else, or null for anything
 * else (a plain value, =A1+B1, =SUMMA(…)). Separators: "," as Office.js returns formulas
 * (decimal point), ";" as Swedish Excel shows them (decimal comma).
 */
export function parseFormel(formula: unknown): FormelAnrop | null {
  if (typeof formula !== "string") return null;
  const m = /^=\s*(?:_xldudf_)?([A-Za-z][A-Za-z0-9_]*\.[A-Za-z0-9_.]+)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!m) return null;
  // The closing parenthesis must be the call's own (not "=A.B(1)+C(2)").
  let depth = 0;
  for (const ch of m[2]) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return null;
  }
  const body = m[2];
  const semicolon = split(body, ";").length > 1;
  const parts = body.trim() === "" ? [] : split(body, semicolon ? ";" : ",");
  return { namn: m[1].toUpperCase(), args: parts.map((p) => arg(p, semicolon)) };
}

export interface Markering {
  sheet: string;
  /** "A2", without the sheet. */
  address: string;
  formula: unknown;
  value: unknown;
  /** For a call: each argument's value (a reference as its cell's value, a range as rows). */
  anrop: { namn: string; args: unknown[]; inputs: { text: string; value: unknown }[] } | null;
}

const cellValue = (rows: unknown[][]) => (rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows);

/** The selected cell (the first of a selected range) with its formula's arguments read. */
export async function readMarkering(run: ExcelRun): Promise<Markering> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["address", "formulas", "values"]);
    await context.sync();
    const full = range.address;
    const bang = full.lastIndexOf("!");
    const sheet = full.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const address = full.slice(bang + 1).split(":")[0].replace(/\$/g, "");
    const formula = range.formulas[0][0];
    const value = range.values[0][0];
    const call = parseFormel(formula);
    if (!call) return { sheet, address, formula, value, anrop: null };
    const loads = call.args.map((a) => {
      if (a.kind !== "ref") return null;
      const r = context.workbook.worksheets.getItem(a.sheet ?? sheet).getRange(a.address);
      r.load("values");
      return r;
    });
    await context.sync();
    const args = call.args.map((a, i) => (a.kind === "ref" ? cellValue(loads[i]!.values) : a.kind === "tom" ? null : a.value));
    const inputs = call.args.flatMap((a, i) => (a.kind === "ref" ? [{ text: a.sheet ? `${a.sheet}!${a.address}` : a.address, value: args[i] }] : []));
    return { sheet, address, formula, value, anrop: { namn: call.namn, args, inputs } };
  });
}

/** Calls `onChange` whenever the user selects another cell; returns the unsubscribe. */
export async function onMarkering(run: ExcelRun, onChange: () => void): Promise<() => Promise<void>> {
  const handler = await run(async (context) => {
    const h = context.workbook.onSelectionChanged.add(async () => onChange());
    await context.sync();
    return h;
  });
  return async () => {
    // An event handler is removed through the context it was added in (Office.js).
    handler.remove();
    await handler.context.sync().catch(() => undefined);
  };
}

/**
 * A formula as Swedish Excel shows it (";" between arguments, decimal comma) in the form
 * range.formulas takes in every language (",", decimal point). Text in quotes is kept.
 */
export function engelskFormel(swedish: string): string {
  return swedish
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/(\d),(\d)/g, "$1.$2").replace(/;\s*/g, ", ")))
    .join("");
}

/** Writes `formula` (Swedish separators) into the active cell ("Infoga" in the Formler view). */
export async function infogaFormel(run: ExcelRun, formula: string): Promise<string> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.formulas = [[engelskFormel(formula)]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
