// What the workbook records about itself, in the document (workbook settings, per file and
// add-in): the year, the effective rule sets in full (so a workbook reopened next year
// still computes last year's figures even if a shipped file changes), their hashes, the
// user's inputs, and which sheets the add-in created (a second run updates those).
import { makeRuleSet, RuleSet, RuleSetData } from "../rules";
import type { PinnedState } from "../functions/state";
import type { YearSetup } from "./plan";

export const PIN_KEY = "rjh.regelverk";
export const SHEETS_KEY = "rjh.blad";

export interface StoredPin {
  version: 1;
  year: number;
  savedAt: string;
  ruleSets: { id: string; hash: string; data: RuleSetData }[];
  inputs: { anslutna: number | null; utvecklingBelopp: number | null };
}

export function pinFromSetup(s: YearSetup, savedAt: string): StoredPin {
  return {
    version: 1,
    year: s.year,
    savedAt,
    ruleSets: [s.halsoval, s.tillagg, s.utveckling].map((r) => ({ id: r.id, hash: r.hash, data: r.data })),
    inputs: { anslutna: s.anslutna, utvecklingBelopp: s.utvecklingBelopp },
  };
}

/**
 * The state the functions compute with, from a stored pin. Each stored rule set is
 * validated again, and its hash must match what was recorded: a pin edited by hand is
 * refused rather than computed with.
 */
export function stateFromPin(raw: unknown): { state: PinnedState; pin: StoredPin } {
  const pin = (typeof raw === "string" ? JSON.parse(raw) : raw) as StoredPin;
  if (!pin || pin.version !== 1 || !Number.isInteger(pin.year) || !Array.isArray(pin.ruleSets))
    throw new Error("Arbetsbokens sparade regelverk har ett okänt format.");
  const ruleSets: RuleSet[] = pin.ruleSets.map((r) => {
    const rs = makeRuleSet(r.data, `${r.id} (sparat i arbetsboken)`);
    if (rs.hash !== r.hash) throw new Error(`Regelverket ${r.id} i arbetsboken har ändrats efter att det sparades (hashen stämmer inte).`);
    return rs;
  });
  return { state: { year: pin.year, ruleSets }, pin };
}
