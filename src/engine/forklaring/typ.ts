// Förklaring (issue 11, item 1): one trace type for every figure the engine computes. A
// trace is built by calling the engine's own functions (engine/forklaring/*.ts never
// implements a rule a second time): it records the inputs, each rule parameter used (value,
// unit, source, date of effect, preliminary/input), the readings that applied, the
// intermediate amounts (steg) and, for totals, the additive parts (delar) that sum
// exactly to the result.
import { Decimal, sum } from "../money";

/** Where a parameter or reading comes from: the document's title and the section. */
export interface Kalla {
  dokument: string;
  avsnitt: string;
  /** The document's published address, where the region (or SKR) publishes it. */
  url?: string;
}

export interface ParameterPost {
  /** The rule-set key, with the band or name used: "5.1.1.vikter 70–74", "5.1.2.vikter.yngre_an_5". */
  nyckel: string;
  beskrivning: string;
  /** As written in the rule set (a decimal string). */
  varde: string;
  enhet: string;
  kalla: Kalla;
  /** ISO date the value took effect (the start of the rule set's validity). */
  gallerFran?: string;
  preliminar: boolean;
  /** A value the user supplies (LPIK from SKR): the rule set names the source, not the value. */
  indata: boolean;
}

export interface TolkningPost {
  nyckel: string;
  /** The option that applied (a list is joined with ", "). */
  varde: string;
  beskrivning: string;
  kalla: Kalla;
}

/** An input the figure was computed from (a cell's value, a unit's listed count …). */
export interface Indata {
  namn: string;
  varde: string;
}

export interface Forklaring {
  /** What the figure is, in Swedish: "Ersättning per listad invånare (5.1.1), 72 år". */
  rubrik: string;
  /** The section of the agreement the figure implements ("5.1.1"); "" for a pure sum. */
  avsnitt: string;
  /** The formula in words: "vikt × pris för vikt 1,00". */
  formel: string;
  /** The figure; null where the result is not a number (a text, or two bounds as steg). */
  belopp: Decimal | null;
  /** Unit of the figure: "kr", "kr/år", "vikt", "andel", "datum" … */
  enhet: string;
  /** A non-numeric result (a date, a text) as the user sees it. */
  text?: string;
  indata: Indata[];
  parametrar: ParameterPost[];
  tolkningar: TolkningPost[];
  /** Intermediate amounts (each its own trace), not additive: the factors of a product. */
  steg: Forklaring[];
  /** Additive parts: when non-empty, Σ delar.belopp equals belopp exactly. */
  delar: Forklaring[];
}

/** A trace with empty lists, to fill in. */
export function forklaring(f: Partial<Forklaring> & Pick<Forklaring, "rubrik" | "formel" | "belopp" | "enhet">): Forklaring {
  return { avsnitt: "", indata: [], parametrar: [], tolkningar: [], steg: [], delar: [], ...f };
}

/** A plain intermediate amount with no rule of its own (a county sum, an input). */
export function belopp(rubrik: string, varde: Decimal, enhet: string, formel = ""): Forklaring {
  return forklaring({ rubrik, formel, belopp: varde, enhet });
}

/** Σ delar (null where a part has no amount). */
export function summaDelar(f: Forklaring): Decimal | null {
  if (f.delar.some((d) => d.belopp === null)) return null;
  return sum(f.delar.map((d) => d.belopp as Decimal));
}

/** Every trace in a tree, depth first (the trace itself first). */
export function allaForklaringar(f: Forklaring): Forklaring[] {
  return [f, ...f.steg.flatMap(allaForklaringar), ...f.delar.flatMap(allaForklaringar)];
}

/** The documents a trace cites (parameters and readings), each once, in order of first use. */
export function allaKallor(f: Forklaring): { dokument: string; url?: string }[] {
  const seen = new Map<string, string | undefined>();
  for (const t of allaForklaringar(f)) for (const k of [...t.parametrar, ...t.tolkningar].map((x) => x.kalla)) if (!seen.has(k.dokument)) seen.set(k.dokument, k.url);
  return [...seen].map(([dokument, url]) => (url ? { dokument, url } : { dokument }));
}
