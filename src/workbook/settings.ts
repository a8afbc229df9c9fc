// What the workbook records about itself, in the document (workbook settings, per file and
// add-in): the year, the effective rule sets in full (so a workbook reopened next year
// still computes last year's figures even if a shipped file changes), their hashes, the
// user's inputs, and which sheets the add-in created (a second run updates those).
import { PIN_KEY, stateFromPin, StoredPin } from "../pin/stored";
import type { YearSetup } from "./plan";

export { PIN_KEY, stateFromPin };
export type { StoredPin };
export const SHEETS_KEY = "rjh.blad";

export function pinFromSetup(s: YearSetup, savedAt: string): StoredPin {
  return {
    version: 1,
    year: s.year,
    savedAt,
    ruleSets: [s.halsoval, s.tillagg, s.utveckling].map((r) => ({ id: r.id, hash: r.hash, data: r.data })),
    inputs: { anslutna: s.anslutna, utvecklingBelopp: s.utvecklingBelopp, ...s.egnaRegler },
  };
}
