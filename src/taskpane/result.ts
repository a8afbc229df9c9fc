// The year's result after a fill: 5.1 per municipality and per component, computed by the
// engine (lanetsErsattning) from the same setup and data the sheets were written from.
import { KOMPONENTER, lanetsErsattning } from "../engine/halsoval/vardenhet";
import type { Komponent } from "../engine/halsoval/moms";
import { Decimal, sum } from "../engine/money";
import type { YearSetup } from "../workbook/plan";
import type { Vardenhet } from "../engine/halsoval/vardenhet";

export const KOMPONENT_NAMN: Record<Komponent, string> = {
  "5.1.1": "Per listad (5.1.1)",
  "5.1.2": "Socioekonomi, CNI (5.1.2)",
  "5.1.3": "Glesbygd (5.1.3)",
  "5.1.4": "Läkemedel (5.1.4)",
  "5.1.5": "Rehabilitering (5.1.5)",
};

export interface YearResult {
  perKommun: { kommun: string; summa: Decimal }[];
  perKomponent: { namn: string; summa: Decimal }[];
  summa: Decimal;
}

export function yearResult(setup: YearSetup, vardenheter: readonly Vardenhet[]): YearResult {
  const r = lanetsErsattning(setup.halsoval, vardenheter);
  const kommuner = [...new Set(r.enheter.map((e) => e.enhet.kommun))].sort((a, b) => a.localeCompare(b, "sv"));
  return {
    perKommun: kommuner.map((k) => ({ kommun: k, summa: sum(r.enheter.filter((e) => e.enhet.kommun === k).map((e) => e.summa)) })),
    perKomponent: [
      ...KOMPONENTER.map((k) => ({ namn: KOMPONENT_NAMN[k], summa: r.summa[k] })),
      { namn: "Administration, privata utförare", summa: r.summa.admin },
      { namn: "Momskompensation, privata utförare", summa: r.summa.moms },
    ],
    summa: r.summa.summa,
  };
}
