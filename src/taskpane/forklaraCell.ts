// "Förklara" (issue 11, item 2): from the selected cell to the engine's trace as Swedish
// lines. A figure on a filled sheet is mapped to its trace (workbook/forklaraBlad); a call of
// our custom functions is explained by forklaraFunktion with the values its references
// hold; anything else is said plainly not to be ours.
import { forklaraFunktion } from "../engine/forklaring/funktioner";
import { renderaForklaring } from "../engine/forklaring/text";
import type { Markering } from "../workbook/markering";
import { bladSvar } from "../workbook/forklaraBlad";
import { manadsbladSvar } from "../workbook/forklaraManadsblad";
import { allaKallor, type Forklaring } from "../engine/forklaring/typ";
import { manadsbladFor, MANADSBLAD } from "./senasteManad";
import { SHEETS, type SetupData, type YearSetup } from "../workbook/sheets/common";

export interface CellForklaring {
  /** "Blad1!A3". */
  cell: string;
  formula: string | null;
  /** "A2 = 72", one per reference. */
  inputs: string[];
  lines: string[];
  /** The documents the derivation cites, with their published addresses. */
  kallor: { dokument: string; url?: string }[];
  problem: string | null;
}

export const INTE_VAR = "Den här cellen är inte tilläggets: den innehåller ingen av tilläggets funktioner.";
export const INGEN_FIGUR = "Cellen står på ett av tilläggets blad men är en rubrik, ett namn eller indata: den har ingen beräkning att förklara.";
export const UTAN_DATA = "Cellen står på ett av tilläggets blad. För att förklara bladens siffror behöver fönstret årets data: fyll arbetsboken eller läs in data i steg 2.";
export const MANAD_OKAND =
  "Cellen står på ett av månadens blad, men månaden beräknades inte i det här fönstret. Läs in månadens listning under Månadens utbetalning och skriv bladen igen, så kan siffrorna förklaras.";

const visa = (v: unknown): string =>
  Array.isArray(v) ? v.flat(2).map(visa).join("; ") : typeof v === "number" ? String(v).replace(".", ",") : v === "" || v == null ? "(tom)" : String(v);

/**
 * The cell's value against the trace's amount: a workbook changed since it was filled (an
 * input edited on a sheet, another count) is not explained with figures it does not show.
 * A formula's value of 0 is not compared (a host that has not calculated it yet).
 */
function avviker(m: Markering, f: Forklaring): string | null {
  if (typeof m.value !== "number" || f.belopp === null || (formulaOf(m) && m.value === 0)) return null;
  const tol = f.enhet === "kr" ? 0.005 : 1e-6 * Math.max(1, Math.abs(m.value));
  if (Math.abs(f.belopp.toNumber() - m.value) <= tol) return null;
  return `Cellens värde (${visa(m.value)}) är inte det som fönstrets data och regelverk ger (${visa(f.belopp.toNumber())}): arbetsboken har ändrats eller fylldes med andra indata. Fyll arbetsboken igen (steg 3) så stämmer förklaringen med bladen.`;
}

const formulaOf = (m: Markering) => typeof m.formula === "string" && m.formula.startsWith("=");

/** `filled`: the setup and data the sheets were filled from, to explain their figures. */
export function forklaraCell(m: Markering, year: number, filled: { setup: YearSetup; data: SetupData } | null = null): CellForklaring {
  const cell = `${m.sheet}!${m.address}`;
  const formula = typeof m.formula === "string" && m.formula.startsWith("=") ? m.formula : null;
  const figur = (f: Forklaring): CellForklaring => {
    const differs = avviker(m, f);
    if (differs) return { cell, formula, inputs: [], lines: [], kallor: [], problem: differs };
    return { cell, formula, inputs: [], lines: renderaForklaring(f), kallor: allaKallor(f), problem: null };
  };
  let ours = false;
  try {
    const month = manadsbladFor(m.sheet);
    if (month) {
      const r = manadsbladSvar(m.sheet, m.address, month);
      if (r.kind === "figur") return figur(r.forklaring);
      ours = true;
    } else if (MANADSBLAD.test(m.sheet) && !m.anrop) return { cell, formula, inputs: [], lines: [], kallor: [], problem: MANAD_OKAND };
    if (filled) {
      const r = bladSvar(m.sheet, m.address, filled.setup, filled.data);
      if (r.kind === "figur") return figur(r.forklaring);
      ours ||= r.kind === "ingen-figur";
    }
  } catch (e) {
    return { cell, formula, inputs: [], lines: [], kallor: [], problem: `Siffran kan inte förklaras: ${(e as Error).message}` };
  }
  if (!m.anrop && !filled && (Object.values(SHEETS) as string[]).includes(m.sheet)) return { cell, formula, inputs: [], lines: [], kallor: [], problem: UTAN_DATA };
  if (!m.anrop && ours) return { cell, formula, inputs: [], lines: [], kallor: [], problem: INGEN_FIGUR };
  if (!m.anrop) return { cell, formula, inputs: [], lines: [], kallor: [], problem: INTE_VAR };
  const inputs = m.anrop.inputs.map((i) => `${i.text} = ${visa(i.value)}`);
  try {
    const f = forklaraFunktion(m.anrop.namn, m.anrop.args, year);
    return { cell, formula, inputs, lines: renderaForklaring(f), kallor: allaKallor(f), problem: null };
  } catch (e) {
    const msg = (e as Error).message;
    // A namespaced call that is not ours (another add-in's function).
    if (/inte en av tilläggets funktioner/.test(msg)) return { cell, formula, inputs: [], lines: [], kallor: [], problem: INTE_VAR };
    return { cell, formula, inputs, lines: [], kallor: [], problem: `Formeln kan inte förklaras: ${msg}` };
  }
}
