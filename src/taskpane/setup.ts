// The task pane's state and how it becomes a YearSetup: pure, so it is tested without a DOM.
import { Agreement, RuleRegistry, RuleSet, shippedRules, withOverrides } from "../rules";
import { applyChanges, RuleChange, ruleSetIn } from "./yearRules";
import type { KommunUnderlag } from "../engine/tillagg/fordelning";
import type { Vardenhet } from "../engine/halsoval/vardenhet";
import { Decimal } from "../engine/money";
import { normalvariation } from "../engine/tillagg/normalvariation";
import type { YearSetup } from "../workbook/plan";

export interface PaneInputs {
  /** LPIK change per year in percent, as typed ("3,1"). */
  lpik: Record<string, string>;
  anslutna: string;
  utvecklingBelopp: string;
  /** Yearly counts of connected persons, when the normal range is recomputed this year. */
  normalvariation?: string;
  /** Keys of warnings the user has confirmed ("the value is right"). */
  bekraftade?: string[];
  /** Values changed with the decision each comes from (issue 7 item 6). */
  andringar?: RuleChange[];
  /** The published rule file in use (its name and text), recorded in the pin. */
  regelfil?: { name: string; text: string };
}

/** LPIK changes outside this band (percent) are asked about before they are used. */
export const LPIK_PLAUSIBLE = { min: 0, max: 10 } as const;

/** The years whose LPIK the tilläggsbelopp of `year` needs (2025 … year by default). */
export function lpikYears(tb: RuleSet, year: number): number[] {
  const from = Number((tb.data.readings["3.3.index_fran"]?.value as string) ?? "2025");
  const base = Number(tb.data.parameters["3.bas_ar"].value);
  const out: number[] = [];
  for (let y = Math.max(from, base + 1); y <= year; y++) out.push(y);
  return out;
}

/** "3,1" (percent) → "1.031" (factor); null if it is not a sensible number. */
export function percentToFactor(text: string): string | null {
  const s = text.replace(/\s/g, "").replace(",", ".").replace("%", "");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const p = new Decimal(s);
  if (p.lt(-20) || p.gt(30)) return null;
  return p.div(100).plus(1).toString();
}

/** "1.031" (factor) → "3,1" (percent, as the economist typed it); exact, no binary float. */
export function factorToPercent(factor: string): string {
  return new Decimal(factor).minus(1).times(100).toString().replace(".", ",");
}

/** A whole count as typed ("1 500", with spaces or not): the number, null when empty, "bad" otherwise. */
export function wholeOrNull(text: string): number | null | "bad" {
  const s = text.replace(/[\s\u00a0]/g, "");
  if (s === "") return null;
  return /^\d+$/.test(s) ? Number(s) : "bad";
}

export interface InputCheck {
  errors: Record<string, string>;
  /** Plausibility warnings; each one not confirmed holds the setup back. */
  warnings: Record<string, string>;
  setup: YearSetup | null;
  /** The year's rule sets as shown (Hälsoval, tillägg, utveckling), LPIK and changes applied where they can be. */
  sets: (RuleSet | null)[];
}

/** Validate the year step's inputs and build the effective setup (nothing is written). */
export function buildSetup(year: number, inputs: PaneInputs, rules: RuleRegistry = shippedRules()): InputCheck {
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  const of = (a: Agreement, sets?: RuleSet[]) => {
    const r = ruleSetIn(rules, a, year, sets);
    return typeof r === "string" ? null : r;
  };
  const tb = of("tillagg");
  const gu = of("utveckling");
  if (!tb) errors.year = `Det finns inget regelverk för tilläggsbeloppet ${year}.`;
  if (!gu) errors.year = `Det finns inget regelverk för gemensam utveckling ${year}.`;
  const lpik: Record<string, string> = {};
  if (tb) {
    for (const y of lpikYears(tb, year)) {
      const raw = inputs.lpik[String(y)] ?? "";
      if (raw.trim() === "") {
        errors[`lpik${y}`] = `Ange LPIK för ${y} (procent, från SKR).`;
        continue;
      }
      const f = percentToFactor(raw);
      if (!f) errors[`lpik${y}`] = `"${raw}" är inte en procentsats (t.ex. 3,1).`;
      else {
        lpik[String(y)] = f;
        const p = new Decimal(f).minus(1).times(100);
        // Issue 10 item 11: "1,031" is the factor, not a 1,031 % change.
        if (p.gte(0.9) && p.lte(1.2) && /[.,]\d{2,}/.test(raw))
          warnings[`lpik${y}`] = `LPIK ${y}: ${raw} ser ut som en faktor (1,031 betyder 3,1 %). Ange förändringen i procent, t.ex. ${factorToPercent(raw.replace(",", "."))}.`;
        else if (p.lt(LPIK_PLAUSIBLE.min) || p.gt(LPIK_PLAUSIBLE.max))
          warnings[`lpik${y}`] = `LPIK ${y}: ${raw} % ligger utanför det rimliga (${LPIK_PLAUSIBLE.min}–${LPIK_PLAUSIBLE.max} %).`;
      }
    }
  }
  const anslutna = wholeOrNull(inputs.anslutna);
  if (anslutna === "bad")
    errors.anslutna = /^-\d+$/.test(inputs.anslutna.replace(/[\s\u00a0]/g, "")) ? "Antalet anslutna får inte vara negativt." : "Antalet anslutna ska vara ett heltal.";
  const belopp = wholeOrNull(inputs.utvecklingBelopp);
  if (belopp === "bad")
    errors.utvecklingBelopp = /^-\d+$/.test(inputs.utvecklingBelopp.replace(/[\s\u00a0]/g, "")) ? "Beloppet får inte vara negativt." : "Beloppet ska anges i hela kronor.";
  // 3.3: "Normalvariationen omräknas vart tredje år": the recomputed range replaces the
  // rule set's 129–169 in the effective rule set (and so in the workbook's pin).
  const range: Record<string, string> = {};
  const nvText = (inputs.normalvariation ?? "").trim();
  if (nvText && tb) {
    const parts = nvText.split(/[\s;,]+/).filter(Boolean);
    if (parts.some((p) => !/^\d+$/.test(p))) errors.normalvariation = "Ange antal anslutna per år som heltal, åtskilda med mellanslag eller semikolon.";
    else {
      try {
        const nv = normalvariation(tb, parts.map(Number));
        range["3.3.normal_min"] = String(nv.min);
        range["3.3.normal_max"] = String(nv.max);
      } catch (e) {
        errors.normalvariation = (e as Error).message;
      }
    }
  }
  const tbSet = tb ? withOverrides(tb, { parameters: { "3.3.lpik": { ...(tb.data.parameters["3.3.lpik"].value as Record<string, string>), ...lpik }, ...range } }) : null;
  // 5.1: a year after the newest decided one is derived with the LPIK entered above.
  const hvFound = ruleSetIn(rules, "halsoval", year, tbSet ? [tbSet] : undefined);
  if (typeof hvFound === "string" && !errors[`lpik${year}`]) errors.year = hvFound;
  const sets: (RuleSet | null)[] = [typeof hvFound === "string" ? null : hvFound, tbSet, gu];
  try {
    for (let i = 0; i < sets.length; i++) if (sets[i]) sets[i] = applyChanges(sets[i]!, inputs.andringar ?? []);
  } catch (e) {
    errors.andring = (e as Error).message;
  }
  const unconfirmed = Object.keys(warnings).filter((k) => !(inputs.bekraftade ?? []).includes(k));
  if (Object.keys(errors).length || unconfirmed.length || !sets[0] || !sets[1] || !sets[2]) return { errors, warnings, setup: null, sets };
  return {
    errors,
    warnings,
    sets,
    setup: {
      year,
      halsoval: sets[0],
      tillagg: sets[1],
      utveckling: sets[2],
      anslutna: anslutna as number | null,
      utvecklingBelopp: belopp as number | null,
      ...egnaRegler(inputs, nvText),
    },
  };
}

/** What the pin records so that reopening rebuilds the same rule sets; nothing when the shipped rules were used as they are. */
function egnaRegler(inputs: PaneInputs, normalvariation: string): Pick<YearSetup, "egnaRegler"> {
  const own = {
    ...(inputs.andringar?.length ? { andringar: inputs.andringar } : {}),
    ...(inputs.regelfil ? { regelfil: inputs.regelfil } : {}),
    ...(normalvariation ? { normalvariation } : {}),
  };
  return Object.keys(own).length ? { egnaRegler: own } : {};
}

export interface PaneData {
  vardenheter: Vardenhet[] | null;
  befolkning: KommunUnderlag[] | null;
  exempel: boolean;
  /** Last year's data for the change from last year (the waterfall view); optional. */
  forra?: ForraData;
}

/** Last year's listing and population, each with the file it came from. */
export interface ForraData {
  vardenheter: Vardenhet[] | null;
  vardenheterFil: string | null;
  befolkning: KommunUnderlag[] | null;
  befolkningFil: string | null;
}

/** Last year's data when both tables are read, else undefined (this year's data is used for both). */
export function forraData(d: PaneData): { vardenheter: Vardenhet[]; befolkning: KommunUnderlag[] } | undefined {
  const f = d.forra;
  return f?.vardenheter && f.befolkning ? { vardenheter: f.vardenheter, befolkning: f.befolkning } : undefined;
}
