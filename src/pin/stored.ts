// The pin as stored in the workbook's settings (per file and add-in) and read back: the
// year and the effective rule sets in full, with their hashes. A pin edited by hand or
// in an unknown format is refused, never computed with.
import { makeRuleSet, RuleSet, RuleSetData } from "../rules";
import type { PinnedState } from "./state";

export const PIN_KEY = "rjh.regelverk";

/**
 * What the task pane's first step was given beyond the shipped rules (issue 7 item 6), so
 * that a reopened workbook's pane rebuilds the same rule sets (same hashes) and shows them
 * as loaded and changed. Pins written before these were recorded have none.
 */
export interface PinRules {
  /** Values changed with the decision each comes from. */
  andringar?: { agreement: "halsoval" | "tillagg" | "utveckling"; key: string; value: string; beslut: string }[];
  /** A rule file the region published, as it was loaded (its name and text). */
  regelfil?: { name: string; text: string };
  /** The yearly counts a recomputed normal range (3.3) was computed from. */
  normalvariation?: string;
}

export interface StoredPin {
  version: 1;
  year: number;
  savedAt: string;
  ruleSets: { id: string; hash: string; data: RuleSetData }[];
  inputs: { anslutna: number | null; utvecklingBelopp: number | null } & PinRules;
}

/**
 * The state the functions compute with, from a stored pin. Each stored rule set is
 * validated again, and its hash must match what was recorded: a pin edited by hand is
 * refused rather than computed with.
 */
export function stateFromPin(raw: unknown): { state: PinnedState; pin: StoredPin } {
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new Error("Arbetsbokens sparade regelverk går inte att läsa (ogiltig JSON).");
    }
  }
  const pin = parsed as StoredPin;
  if (!pin || pin.version !== 1 || !Number.isInteger(pin.year) || !Array.isArray(pin.ruleSets))
    throw new Error("Arbetsbokens sparade regelverk har ett okänt format.");
  const ruleSets: RuleSet[] = pin.ruleSets.map((r) => {
    const rs = makeRuleSet(r.data, `${r.id} (sparat i arbetsboken)`);
    if (rs.hash !== r.hash) throw new Error(`Regelverket ${r.id} i arbetsboken har ändrats efter att det sparades (hashen stämmer inte).`);
    return rs;
  });
  return { state: { year: pin.year, ruleSets }, pin };
}
