// 5 Ersättning, månadsutbetalning av 5.1 — file 002: "Ersättning lämnas för hel månad och
// baseras på antal listade i respektive åldersgrupp i början av innevarande månad … Detta
// gäller även för nyetableringar." Each month is computed at that month's counts with that
// month's rule set (the caller chooses it: the tertial prices of dated rule data).
//
// A month's amount per unit and component is the month's twelfth of the annual rate at the
// month's counts: the annual rate is rounded to öre (reading 5.manad.avrundning: or whole
// kronor) as Excel's ROUND, then split into twelve by largest remainder exactly as the
// annual payment is today (utbetalning.ts manadsbelopp), and month m takes twelfth m.
// So counts that never change give twelve months summing to the annual figure exactly.
import { RuleSet, reading } from "../../rules";
import { InputError, manad, wholeCount } from "../check";
import { weightedCount } from "./aldersvikt";
import { lakemedelPris } from "./lakemedel";
import { pris } from "./listad";
import { rehabForCount } from "./rehab";
import { Decimal, sum } from "../money";
import { Komponent } from "./moms";
import { EnhetsResultat, KOMPONENTER, lanetsErsattning, lansUnderlag, LansUnderlag, unikaId, Vardenhet, vardenhetErsattning } from "./vardenhet";

/** The parts of a month's 5.1 payment, in the order of the payment list. */
export const MANADSDELAR = [...KOMPONENTER, "admin", "moms"] as const;
export type Manadsdel = Komponent | "admin" | "moms";

export interface ManadsRad {
  enhet: Vardenhet;
  manad: number;
  listade: number;
  /** The annual rate at this month's counts, per part, unrounded. */
  arstakt: Record<Manadsdel, Decimal>;
  /** This month's payment per part, rounded. */
  belopp: Record<Manadsdel, Decimal>;
  summa: Decimal;
}

export interface ManadsResultat {
  manad: number;
  underlag: LansUnderlag;
  enheter: ManadsRad[];
}

/** A unit's annual amount per part of a month's payment (the five components, IT/admin, moms). */
function delar(r: EnhetsResultat): Record<Manadsdel, Decimal> {
  return { ...r.komponenter, admin: r.admin, moms: r.moms } as Record<Manadsdel, Decimal>;
}

/**
 * A unit's twelve monthly payments when its counts stay as in the year's listing (the
 * Utbetalning sheet, a month's explanation): each month the sum of every part's twelfth, as
 * the month run pays it (manadsErsattning), so the two agree to the öre.
 */
export function manadsutbetalningar(rs: RuleSet, r: EnhetsResultat): Decimal[] {
  const d = delar(r);
  return Array.from({ length: 12 }, (_, i) => sum(MANADSDELAR.map((k) => tolftedel(rs, d[k], i + 1))));
}

/** Twelfth number `month` of an annual amount, rounded per the reading 5.manad.avrundning. */
export function tolftedel(rs: RuleSet, annual: Decimal, month: number): Decimal {
  const decimals = reading(rs, "5.manad.avrundning") === "krona" ? 0 : 2;
  const total = annual.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (total.isZero()) return total;
  // distribute(total, twelve equal keys) in closed form (it is the hot path of a year's
  // run): every twelfth is floor(units / 12); the r units left over go to the first r
  // months (equal remainders and keys: earlier row first). The sign is put back after.
  const scale = decimals === 0 ? 1 : 100;
  const units = total.abs().times(scale);
  const r = units.mod(12).toNumber();
  const part = units.divToInt(12).plus(month <= r ? 1 : 0).div(scale);
  return total.isNegative() ? part.neg() : part;
}


/**
 * One month's 5.1 payment for every unit listed that month. `januari` is the January
 * listing, used for the county sums when the reading 5.manad.lansunderlag says so.
 */
export function manadsErsattning(
  rs: RuleSet,
  month: number,
  enheter: readonly Vardenhet[],
  januari?: readonly Vardenhet[],
): ManadsResultat {
  manad(month);
  if (enheter.length === 0) throw new InputError(`Månad ${month} har inga listade vårdenheter.`);
  let underlag: LansUnderlag;
  let results;
  if (reading(rs, "5.manad.lansunderlag") === "januari") {
    if (!januari || januari.length === 0) throw new InputError("Tolkningen januari kräver januarilistningen, men den saknas.");
    underlag = lansUnderlag(rs, januari);
    // Each unit of the month once; each is validated as its amount is computed.
    unikaId(enheter);
    results = enheter.map((e) => vardenhetErsattning(rs, e, underlag));
  } else {
    const lan = lanetsErsattning(rs, enheter);
    underlag = lan.underlag;
    results = lan.enheter;
  }
  const rader = results.map((r): ManadsRad => {
    const arstakt = delar(r);
    const belopp = Object.fromEntries(MANADSDELAR.map((k) => [k, tolftedel(rs, arstakt[k], month)])) as Record<Manadsdel, Decimal>;
    return { enhet: r.enhet, manad: month, listade: r.listade, arstakt, belopp, summa: sum(MANADSDELAR.map((k) => belopp[k])) };
  });
  return { manad: month, underlag, enheter: rader };
}

/**
 * The count-based parts of a unit's month (5.1.1, 5.1.4, 5.1.5): each the month's twelfth of
 * Σ count × weight × price (or listed 16–67 × amount). 5.1.2 and 5.1.3 need the county's
 * sums and come from manadsErsattning.
 */
export function manadListade(rs: RuleSet, bands: readonly unknown[], listed16to67: unknown, month: number): Record<"5.1.1" | "5.1.4" | "5.1.5", Decimal> {
  manad(month);
  const counts = bands.map((n, i) => wholeCount(n, `Antal listade i åldersklass ${i + 1}`));
  const n1667 = wholeCount(listed16to67, "Antal listade 16–67 år");
  const total = counts.reduce((a, b) => a + b, 0);
  if (n1667 > total) throw new InputError(`Antal listade 16–67 år (${n1667}) är fler än alla listade (${total}).`);
  return {
    "5.1.1": tolftedel(rs, weightedCount(rs, "5.1.1.vikter", counts).times(pris(rs)), month),
    "5.1.4": tolftedel(rs, weightedCount(rs, "5.1.4.vikter", counts).times(lakemedelPris(rs)), month),
    "5.1.5": tolftedel(rs, rehabForCount(rs, n1667), month),
  };
}

/** A month's listing: the units listed at the start of the month. */
export interface Manadslistning {
  manad: number;
  enheter: readonly Vardenhet[];
}

/**
 * Every month given, each with its own rule set (`ruleSetFor(month)`). A unit is paid only
 * in the months it is listed: one opening in April is paid April–December.
 */
export function arsErsattning(ruleSetFor: (month: number) => RuleSet, manader: readonly Manadslistning[]): ManadsResultat[] {
  const seen = new Set<number>();
  for (const m of manader) {
    if (seen.has(m.manad)) throw new InputError(`Månad ${m.manad} förekommer två gånger.`);
    seen.add(m.manad);
  }
  const januari = manader.find((m) => m.manad === 1)?.enheter;
  return [...manader].sort((a, b) => a.manad - b.manad).map((m) => manadsErsattning(ruleSetFor(m.manad), m.manad, m.enheter, januari));
}

/** The sentence for the sheets: how a year of changing counts relates to the annual figure. */
export const MANAD_OCH_AR =
  "Varje månad betalas en tolftedel av årsbeloppet vid den månadens antal listade och priser, avrundad per del, så att samma antal hela året " +
  "ger exakt årsbeloppet per del under årets tolv månader, medan ändrade antal ger summan av månadernas tolftedelar " +
  "(ungefär årsbeloppet för årets genomsnittliga antal listade), inte årsbeloppet för januari- eller decemberlistningen.";

/**
 * The sentence for a specification: the total is the sum of the rounded lines, so a year's
 * total can differ by a few öre from an annual figure rounded as a whole (today's yearly sheet).
 */
export const SUMMA_AV_RADER =
  "Summan är exakt summan av de avrundade beloppen ovan, så årets summa kan skilja sig med några öre från ett årsbelopp som avrundats som helhet.";
