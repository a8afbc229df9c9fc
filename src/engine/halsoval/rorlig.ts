// 5.2 Rörlig ersättning — file 002: 5.2.1 riktade hälsosamtal and 5.2.5 visits by
// residents listed elsewhere ("prislista … exkl. patientavgift"). Patient fees,
// out-of-region patients, asylum seekers and education come from other documents: the
// add-in takes those amounts as inputs and invents none.
import { RuleSet, paramValue, type HalsovalKey } from "../../rules";
import { nonNegative, wholeCount } from "../check";
import { Decimal, dec, roundOre, ZERO } from "../money";

export const RORLIGA_POSTER = {
  halsosamtal: { key: "5.2.1.halsosamtal", label: "Riktade hälsosamtal" },
  lakarbesok: { key: "5.2.5.lakarbesok", label: "Läkarbesök inkl. provtagning" },
  legitimerad: { key: "5.2.5.legitimerad", label: "Besök hos legitimerad personal" },
  psykosocial: { key: "5.2.5.psykosocial", label: "Besök hos psykosocial resurs" },
  ovrig_behandling: { key: "5.2.5.ovrig_behandling", label: "Övriga sjukvårdande behandlingar" },
  hembesok: { key: "5.2.5.hembesok", label: "Tillägg hembesök" },
} as const satisfies Record<string, { key: HalsovalKey; label: string }>;

export type RorligPost = keyof typeof RORLIGA_POSTER;

export function rorligErsattning(rs: RuleSet, counts: Partial<Record<RorligPost, number>>): Decimal {
  let total = ZERO;
  for (const [post, n] of Object.entries(counts) as [RorligPost, number][]) {
    total = total.plus(dec(paramValue(rs, RORLIGA_POSTER[post].key)).times(wholeCount(n, RORLIGA_POSTER[post].label)));
  }
  return total;
}

/**
 * 5.2.6 LP4U: "5 % av GU-ALF-beloppet" is deducted (parameter 5.2.6.lp4u_avdrag). Returns
 * the deduction as a positive amount in öre; the payment shows it negative.
 */
export function lp4uAvdrag(rs: RuleSet, guAlfBelopp: unknown): Decimal {
  const b = dec(nonNegative(guAlfBelopp, "GU-ALF-belopp"));
  return roundOre(b.times(paramValue(rs, "5.2.6.lp4u_avdrag")));
}
