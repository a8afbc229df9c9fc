// "Förklara" (issue 11, item 2) on the reconciliation of last year's tilläggsbelopp (3.3):
// the Avstämning Y−1 sheet's figures, and each municipality's part of the revision, shared
// by the 3.4 key (on the Avstämning sheet and on the municipality's own sheet). Written only
// under reading 3.3.avstamning_avser = foregaende_ar, as the sheets are (sheets/avstamning.ts).
import { forklaraKommunnyckel } from "../engine/forklaring/kommun";
import { forklaraFordela, forklaraGrundbelopp, forklaraJustera, forklaraJusteringsbelopp, forklaraTillaggsbelopp } from "../engine/forklaring/tillagg";
import type { Forklaring } from "../engine/forklaring/typ";
import type { Figurer } from "./forklaraBlad";
import type { Sammanhang } from "./forklaraFigurer";
import { medForegaende } from "./plan";
import { avstamningBlad, avstamningPart, FIRST as FORDELNING_FIRST } from "./sheets/avstamning";
import type { SetupData, YearSetup } from "./sheets/common";
import { tillaggKeys } from "./sheets/tillagg";

const foregaende = (s: YearSetup) => (s.foregaende ?? medForegaende(s).foregaende)?.tillagg;

/**
 * Municipality i's part of last year's revision, where the workbook has the Avstämning sheet
 * with its distribution (the same condition as the sheets); null where it has none.
 */
export function revisionsdel(s: YearSetup, d: SetupData): ((x: Sammanhang, i: number) => Forklaring) | null {
  const prev = foregaende(s);
  const n = s.anslutna;
  if (!prev || n == null) return null;
  const l = avstamningBlad(s, prev, d);
  if (!l || !avstamningPart(l, s.year, 0)) return null;
  return (x, i) => {
    const total = forklaraJustera(prev, n, s.year - 1);
    const kommun = x.data.befolkning[i].kommun;
    const f = forklaraFordela(total.belopp!, tillaggKeys(s, x.data), i);
    f.rubrik = `Avstämning ${s.year - 1}, ${kommun}s del av revideringen (3.3–3.4)`;
    f.steg = [total, forklaraKommunnyckel(s, x.data.befolkning, kommun), ...f.steg.slice(2)];
    return f;
  };
}

/** Avstämning Y−1: last year's amounts with last year's rule set, beside this year's base amount, and the revision's distribution. */
export function avstamningFigurer(s: YearSetup, d: SetupData): Figurer {
  const prev = foregaende(s);
  const n = s.anslutna;
  if (!prev || n == null) return {};
  const y = s.year;
  const del = revisionsdel(s, d);
  return {
    cells: {
      B11: () => forklaraGrundbelopp(prev, y - 1),
      C11: () => forklaraGrundbelopp(s.tillagg, y),
      B12: () => forklaraJusteringsbelopp(prev, y - 1),
      B14: () => forklaraJustera(prev, n, y - 1),
      B15: () => forklaraTillaggsbelopp(prev, n, y - 1),
    },
    tables: del
      ? [{
          first: FORDELNING_FIRST,
          count: (x) => x.data.befolkning.length,
          columns: { B: (x, i) => forklaraKommunnyckel(s, x.data.befolkning, x.data.befolkning[i].kommun), C: del },
          summa: (c) => `Summa kolumn ${c}, Avstämning ${y - 1}`,
        }]
      : [],
  };
}
