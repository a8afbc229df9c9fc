// 3.1–3.3 Tilläggsbelopp: grundbelopp, justeringsbelopp och LPIK-indexering — file 000
// "Utredarnas slutsats var att utförda insatser omfattade 3 heltidstjänster. Dessa 3
// heltider kompletteras med ett påslag för 'basberedskap' om 150%. … Värdet uppskattas
// till ett värde av 3 735 428 kronor. I beräkningen har genomsnittlig månadslön 47 000 kr
// samt PO-pålägg för kommuner 2024 47,18% utgjort utgångspunkter."
// "Justeringsbeloppet är +/-25 940 per ansluten person i 2024 års nivå (tilläggsbeloppet
// delat med antalet anslutna personer)". "Från 2026-01-01 indexuppräknas beloppen årligen
// enligt LPIK".
import { RuleSet, paramRecord, paramValue, reading } from "../../rules";
import { InputError, nonNegative, wholeCount } from "../check";
import { Decimal, dec, ONE, roundKr } from "../money";

/** 3.1 arithmetic: posts × monthly salary × 12 × (1 + PO) × readiness factor. Exact. */
export function beraknaGrundbelopp(posts: unknown, monthlySalary: unknown, po: unknown, factor: unknown): Decimal {
  return dec(nonNegative(posts, "Antal tjänster"))
    .times(dec(nonNegative(monthlySalary, "Månadslön")))
    .times(12)
    .times(ONE.plus(dec(nonNegative(po, "PO-pålägg"))))
    .times(dec(nonNegative(factor, "Beredskapsfaktor")));
}

/** 3.1 from the rule set's own inputs (3 × 47 000 × 12 × 1,4718 × 1,5). */
export function grundbeloppUrUnderlag(rs: RuleSet): Decimal {
  return beraknaGrundbelopp(
    Number(paramValue(rs, "3.1.tjanster")),
    Number(paramValue(rs, "3.1.manadslon")),
    Number(paramValue(rs, "3.1.po")),
    Number(paramValue(rs, "3.1.beredskapsfaktor")),
  );
}

/** 3.2: base value / connected persons it was valued for, to whole kronor. */
export function justeringsbeloppUrUnderlag(rs: RuleSet): Decimal {
  return roundKr(dec(paramValue(rs, "3.1.grundbelopp")).div(paramValue(rs, "3.2.antal_anslutna")));
}

export function basAr(rs: RuleSet): number {
  return Number(paramValue(rs, "3.bas_ar"));
}

/**
 * The LPIK factor from the base year to `year`: the product of the factors of the years
 * from reading "3.3.index_fran" (default 2025) to `year`. The base year is 1 (unindexed).
 * The factors are user inputs (SKR's publication); a missing one is an error naming the year.
 */
export function indexfaktor(rs: RuleSet, year: unknown): Decimal {
  const y = wholeCount(year, "År");
  const base = basAr(rs);
  if (y < base) throw new InputError(`Tilläggsbeloppet har ingen nivå före basåret ${base} (${y}).`);
  const lpik = paramRecord(rs, "3.3.lpik");
  let f = ONE;
  for (let a = Math.max(Number(reading(rs, "3.3.index_fran")), base + 1); a <= y; a++) {
    const v = lpik[String(a)];
    if (v === undefined) throw new InputError(`LPIK för ${a} saknas: ange det från SKR:s publicering innan beloppet för ${y} kan räknas.`);
    if (dec(v).lte(0)) throw new InputError(`LPIK för ${a} måste vara större än 0 (${v}).`);
    f = f.times(v);
  }
  return f;
}

/** The base value indexed to `year`, to whole kronor. Year 2024 is the base level. */
export function grundbelopp(rs: RuleSet, year: unknown): Decimal {
  return roundKr(dec(paramValue(rs, "3.1.grundbelopp")).times(indexfaktor(rs, year)));
}

/** The adjustment amount indexed to `year`, to whole kronor. */
export function justeringsbelopp(rs: RuleSet, year: unknown): Decimal {
  return roundKr(dec(paramValue(rs, "3.2.justeringsbelopp")).times(indexfaktor(rs, year)));
}
