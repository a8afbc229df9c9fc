// 5 Ersättning: a unit's payment as a file of its own (file 002; "a file per unit" of the
// shared-workbooks issue): the unit's specification for every month of the run and, when the
// run covers several months, its year overview. Values only (the sheets have no formulas),
// so it opens without the add-in. Pure; the task pane loads it on demand with ExcelJS.
import type { Decimal } from "../../engine/money";
import type { SheetLayout } from "../layout";
import { safeName, writeXlsx } from "../xlsx";
import { monthTag } from "./listning";
import { arsoversikt, specifikation } from "./blad";
import type { Enhetsmanad } from "./korning";

export interface EnhetsFil {
  fileName: string;
  bytes: Uint8Array;
}


/** The file's sheets: "Spec 2026-01" … for each month the unit is paid, then "Årsöversikt 2026". */
export function enhetsBlad(year: number, id: string, units: readonly Enhetsmanad[], forraAret?: Decimal): SheetLayout[] {
  const mine = units.filter((u) => u.id === id);
  if (!mine.length) throw new Error(`Vårdenhet "${id}" har ingen utbetalning i körningen.`);
  const months = new Set(units.map((u) => u.manad));
  const specs = mine.map((u) => specifikation(`Spec ${monthTag(year, u.manad)}`, u));
  return months.size > 1 ? [...specs, arsoversikt(`Årsöversikt ${year}`, id, units, forraAret)] : specs;
}

export async function enhetsFil(year: number, id: string, units: readonly Enhetsmanad[], forraAret: Decimal | undefined, exempel: boolean): Promise<EnhetsFil> {
  const sheets = enhetsBlad(year, id, units, forraAret);
  const months = [...new Set(units.filter((u) => u.id === id).map((u) => u.manad))];
  const period = months.length === 1 ? monthTag(year, months[0]) : String(year);
  return { fileName: `${exempel ? "EXEMPEL-" : ""}utbetalning-${safeName(id)}-${period}.xlsx`, bytes: await writeXlsx(sheets, true) };
}
