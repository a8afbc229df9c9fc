// "Förklara" (issue 11, item 2) for a figure on a filled sheet: the cell is mapped to the
// engine's trace through the sheet modules' own cell finders (summaCell, tillaggCell), from
// the setup and data the pane holds. A unit's row on Sammanställning explains the unit's
// annual 5.1 payment (section 5, its components and supplements as parts); a
// municipality's row on Tilläggsbelopp its share of the tilläggsbelopp (3.3–3.4).
import { lanetsErsattning } from "../engine/halsoval/vardenhet";
import { forklaraVardenhet } from "../engine/forklaring/vardenhet";
import { forklaraTillaggsandel } from "../engine/forklaring/kommun";
import { reviderasIar } from "../engine/tillagg/arsbelopp";
import type { Forklaring } from "../engine/forklaring/typ";
import { SHEETS, type SetupData, type YearSetup } from "./sheets/common";
import { summaCell } from "./sheets/summa";
import { tillaggCell } from "./sheets/tillagg";

const cellOf = (ref: string) => {
  const m = /!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Oväntad cellreferens ${ref}`);
  return { col: m[1], row: Number(m[2]) };
};
const split = (a1: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(a1);
  return m ? { col: m[1], row: Number(m[2]) } : null;
};

/**
 * The trace of the figure in `sheet`!`address`, or null when the cell holds none of the
 * figures this maps (a heading, a name, an input).
 */
export function bladForklaring(sheet: string, address: string, setup: YearSetup, data: SetupData): Forklaring | null {
  const at = split(address);
  if (!at) return null;
  if (sheet === SHEETS.summa) {
    // Columns E (5.1.1) to M (per month): every figure of the unit's row.
    const u = at.row - cellOf(summaCell("E", 0)).row;
    if (u < 0 || u >= data.vardenheter.length || at.col.length !== 1 || at.col < "E" || at.col > "M") return null;
    const lan = lanetsErsattning(setup.halsoval, data.vardenheter);
    return forklaraVardenhet(setup.halsoval, lan, data.vardenheter[u].id);
  }
  if (sheet === SHEETS.tillagg && (setup.anslutna != null || !reviderasIar(setup.tillagg))) {
    // Columns E (key) and F (share) of a municipality's row.
    const i = at.row - cellOf(tillaggCell("F", 0)).row;
    if (i < 0 || i >= data.befolkning.length || (at.col !== "E" && at.col !== "F")) return null;
    return forklaraTillaggsandel(setup, data.befolkning, setup.anslutna, data.befolkning[i].kommun);
  }
  return null;
}
