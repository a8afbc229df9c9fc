// 5.1.3 Glesbygdsfaktor — file 002: "Avståndet från närmsta vårdenhet i kommunen till
// Östersund" is a property of the municipality, not of each unit. Reading "5.1.3.avstand":
// kommun (default) gives every unit of a municipality the municipality's distance — the
// distance given for the municipality, else its nearest unit's; vardenhet keeps each
// unit's own distance (the earlier behaviour).
import { RuleSet, reading } from "../../rules";
import { InputError, nonNegative } from "../check";

/** What the distance needs of a unit. */
export interface MedAvstand {
  namn: string;
  kommun: string;
  avstandKm: number;
}

/**
 * The distance each municipality's units compute with under the reading kommun, or null
 * under vardenhet. `givna` (optional) is a distance per municipality; it wins over the units'.
 */
export function kommunernasAvstand(
  rs: RuleSet,
  enheter: readonly MedAvstand[],
  givna?: Readonly<Record<string, number>>,
): ReadonlyMap<string, number> | null {
  if (reading(rs, "5.1.3.avstand") === "vardenhet") return null;
  const out = new Map<string, number>();
  for (const e of enheter) {
    const km = nonNegative(e.avstandKm, `Vårdenhet "${e.namn}": Avstånd (km)`);
    const before = out.get(e.kommun);
    if (before === undefined || km < before) out.set(e.kommun, km);
  }
  for (const [kommun, km] of Object.entries(givna ?? {})) {
    if (typeof km !== "number" || !Number.isFinite(km) || km < 0)
      throw new InputError(`Kommunen ${kommun}: avståndet måste vara ett icke-negativt tal (${String(km)}).`);
    out.set(kommun, km);
  }
  return out;
}

/** The distance a unit computes with: its municipality's (reading kommun) or its own. */
export function avstandFor(e: MedAvstand, kommuner: ReadonlyMap<string, number> | null | undefined): number {
  return kommuner?.get(e.kommun) ?? e.avstandKm;
}

/**
 * Warnings (Swedish, for the input check to show) where units of one municipality give
 * different distances: under the default reading they all get the smallest one.
 */
export function avstandVarningar(enheter: readonly MedAvstand[]): string[] {
  const byKommun = new Map<string, MedAvstand[]>();
  for (const e of enheter) byKommun.set(e.kommun, [...(byKommun.get(e.kommun) ?? []), e]);
  const out: string[] = [];
  for (const [kommun, es] of byKommun) {
    const distinct = [...new Set(es.map((e) => e.avstandKm))];
    if (distinct.length < 2) continue;
    const list = es.map((e) => `${e.namn} ${String(e.avstandKm).replace(".", ",")} km`).join(", ");
    const min = String(Math.min(...distinct)).replace(".", ",");
    out.push(`${kommun}: vårdenheterna anger olika avstånd till Östersund (${list}). Avståndet gäller kommunen; alla räknas med ${min} km (kommunens närmsta vårdenhet) om inget avstånd anges för kommunen.`);
  }
  return out;
}
