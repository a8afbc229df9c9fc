// "Förklara" (issue 11, item 2): from the selected cell to the engine's trace as Swedish
// lines. A figure on a filled sheet is mapped to its trace (workbook/forklaraBlad); a call of
// our custom functions is explained by forklaraFunktion with the values its references
// hold; anything else is said plainly not to be ours.
import { forklaraFunktion } from "../engine/forklaring/funktioner";
import { renderaForklaring } from "../engine/forklaring/text";
import type { Markering } from "../workbook/markering";
import { bladForklaring } from "../workbook/forklaraBlad";
import type { SetupData, YearSetup } from "../workbook/sheets/common";

export interface CellForklaring {
  /** "Blad1!A3". */
  cell: string;
  formula: string | null;
  /** "A2 = 72", one per reference. */
  inputs: string[];
  lines: string[];
  problem: string | null;
}

export const INTE_VAR = "Den här cellen är inte tilläggets: den innehåller ingen av tilläggets funktioner.";

const visa = (v: unknown): string =>
  Array.isArray(v) ? v.flat(2).map(visa).join("; ") : typeof v === "number" ? String(v).replace(".", ",") : v === "" || v == null ? "(tom)" : String(v);

/** `filled`: the setup and data the sheets were filled from, to explain their figures. */
export function forklaraCell(m: Markering, year: number, filled: { setup: YearSetup; data: SetupData } | null = null): CellForklaring {
  const cell = `${m.sheet}!${m.address}`;
  const formula = typeof m.formula === "string" && m.formula.startsWith("=") ? m.formula : null;
  if (filled) {
    try {
      const f = bladForklaring(m.sheet, m.address, filled.setup, filled.data);
      if (f) return { cell, formula, inputs: [], lines: renderaForklaring(f), problem: null };
    } catch (e) {
      return { cell, formula, inputs: [], lines: [], problem: `Siffran kan inte förklaras: ${(e as Error).message}` };
    }
  }
  if (!m.anrop) return { cell, formula, inputs: [], lines: [], problem: INTE_VAR };
  const inputs = m.anrop.inputs.map((i) => `${i.text} = ${visa(i.value)}`);
  try {
    const f = forklaraFunktion(m.anrop.namn, m.anrop.args, year);
    return { cell, formula, inputs, lines: renderaForklaring(f), problem: null };
  } catch (e) {
    const msg = (e as Error).message;
    // A namespaced call that is not ours (another add-in's function).
    if (/inte en av tilläggets funktioner/.test(msg)) return { cell, formula, inputs: [], lines: [], problem: INTE_VAR };
    return { cell, formula, inputs, lines: [], problem: `Formeln kan inte förklaras: ${msg}` };
  }
}
