// Hälsoval, avsnitt 5.1 (ersättning per listad, CNI, glesbygd): the custom functions as thin
// adapters over src/engine/halsoval. The JSDoc generates the metadata (custom-functions-metadata-plugin).
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how a parameter accepts a value or a range */
import { reading, RuleSet } from "../rules";
import { age as checkAge } from "../engine/alder";
import { InputError, nonNegative, wholeCount } from "../engine/check";
import { integerTable, IntegerTable } from "../engine/halsoval/aldersvikt";
import { cniFranAndelar, socioekonomi } from "../engine/halsoval/cni";
import { glesbygdsvikt, glesbygdTal } from "../engine/halsoval/glesbygd";
import { lakemedelPris } from "../engine/halsoval/lakemedel";
import { pris, vikt } from "../engine/halsoval/listad";
import { rehabBelopp } from "../engine/halsoval/rehab";
import { Decimal } from "../engine/money";
import { arg, cells, grid, Grid, isEmpty, num, Out, ruleSet, run, toError, year } from "./adapt";
import { perRuleSet } from "../engine/perRuleSet";
import { ageTable, byAge } from "./ages";
import { scalar3 } from "./scalar";
import { PerState, rulesByYear } from "./setup";

type VikterKey = "5.1.1.vikter" | "5.1.4.vikter";
/** Per rule set (so per pinned state and year): the age → amount tables, built once. */
interface AgeSetup {
  published: Partial<Record<VikterKey, IntegerTable>>;
  /** 5.1.1 under the reading "harlett": one table per county weighted sum (a few at most). */
  byCounty: Map<number, IntegerTable>;
}
const setups = perRuleSet((): AgeSetup => ({ published: {}, byCounty: new Map() }));

/**
 * The table for `key`. 5.1.1 under the reading 5.1.1.prislage = "harlett" derives the price
 * from the total and the county's weighted sum of listed, which must then be given.
 */
function table(rs: RuleSet, key: VikterKey, county: unknown): IntegerTable {
  const s = setups(rs);
  if (key === "5.1.4.vikter") return (s.published[key] ??= integerTable(rs, key, lakemedelPris(rs)));
  if (reading(rs, "5.1.1.prislage") === "publicerat") return (s.published[key] ??= integerTable(rs, key, pris(rs)));
  if (isEmpty(county))
    throw new InputError("Länets viktade listade: priset härleds ur totalen (tolkning 5.1.1.prislage = harlett), så länets summa av vikt × listade måste anges som tredje argument.");
  const c = arg("Länets viktade listade", () => nonNegative(Array.isArray(county) ? grid(county, "Länets viktade listade")[0][0] : county, "Värdet"));
  let t = s.byCounty.get(c);
  if (!t) {
    if (s.byCounty.size >= 16) s.byCounty.clear();
    s.byCounty.set(c, (t = integerTable(rs, key, arg("Länets viktade listade", () => pris(rs, c)))));
  }
  return t;
}

/** One cell of an age table: the amount in kronor as an Excel number (integer units / scale, or the exact amount). */
function amountAt(t: IntegerTable, a: unknown): number {
  const v = t.table[a as number];
  if (v === undefined || typeof a !== "number") arg("Ålder", () => checkAge(a));
  return num(t.integral ? v / t.scale : t.exact[a as number].toNumber(), "Länets viktade listade");
}

function ageAmounts(alder: any[][], ar: any, key: VikterKey, county: unknown = null): Grid<Out> {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const t = table(rs, key, county);
    const g = grid(alder, "Åldrarna");
    return cells([g], (a) => amountAt(t, a));
  });
}

const viktCell = (rs: RuleSet, a: unknown) => num(arg("Ålder", () => vikt(rs, a)));
const rehabCell = (rs: RuleSet, a: unknown) => num(arg("Ålder", () => rehabBelopp(rs, a)));

/**
 * The fast path's tables (ages.ts): per workbook state and year, each age's number as the
 * general path computes it, by the same cell functions. 5.1.1 under the reading harlett
 * depends on the county's sum, so it always takes the general path.
 */
const listadTables = new PerState((y) => {
  const rs = ruleSet("halsoval", y);
  if (reading(rs, "5.1.1.prislage") !== "publicerat") return null;
  const t = table(rs, "5.1.1.vikter", null);
  return ageTable((a) => amountAt(t, a));
});
const lakemedelTables = new PerState((y) => {
  const t = table(ruleSet("halsoval", y), "5.1.4.vikter", null);
  return ageTable((a) => amountAt(t, a));
});
const viktTables = new PerState((y) => {
  const rs = ruleSet("halsoval", y);
  return ageTable((a) => viktCell(rs, a));
});
const rehabTables = new PerState((y) => {
  const rs = ruleSet("halsoval", y);
  return ageTable((a) => rehabCell(rs, a));
});

/**
 * Åldersvikten för ersättning per listad invånare (avsnitt 5.1.1).
 * @customfunction HALSOVAL.VIKT HALSOVAL.VIKT
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Vikten för åldersklassen.
 */
export function halsovalVikt(alder: any[][], ar?: any): any[][] {
  return (
    byAge(alder, ar, viktTables) ??
    run(() => {
      const rs = ruleSet("halsoval", year(ar));
      return cells([grid(alder)], (a) => viktCell(rs, a));
    })
  );
}

/**
 * Årlig ersättning per listad invånare: vikt × pris för vikt 1,00 (avsnitt 5.1.1).
 * @customfunction HALSOVAL.LISTAD HALSOVAL.LISTAD
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @param [lanets] Länets summa av vikt × listade; behövs bara när priset härleds ur totalen (tolkning 5.1.1.prislage = harlett).
 * @returns Kronor per år.
 */
export function halsovalListad(alder: any[][], ar?: any, lanets?: any): any[][] {
  return byAge(alder, ar, listadTables) ?? ageAmounts(alder, ar, "5.1.1.vikter", lanets);
}

/**
 * Årlig ersättning för allmänläkemedel per listad: vikt × pris för vikt 1,0 (avsnitt 5.1.4, preliminär).
 * @customfunction HALSOVAL.LAKEMEDEL HALSOVAL.LAKEMEDEL
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalLakemedel(alder: any[][], ar?: any): any[][] {
  return byAge(alder, ar, lakemedelTables) ?? ageAmounts(alder, ar, "5.1.4.vikter");
}

/**
 * Årlig ersättning för rehabkoordinator per listad (avsnitt 5.1.5); 0 utanför 16–67 år.
 * @customfunction HALSOVAL.REHAB HALSOVAL.REHAB
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalRehab(alder: any[][], ar?: any): any[][] {
  return (
    byAge(alder, ar, rehabTables) ??
    run(() => {
      const rs = ruleSet("halsoval", year(ar));
      return cells([grid(alder)], (a) => rehabCell(rs, a));
    })
  );
}

/**
 * CNI ur de sju andelarna i avsnitt 5.1.2:s ordning: Σ vikt × andel, delat med riksvärdet om det anges.
 * @customfunction HALSOVAL.CNI HALSOVAL.CNI
 * @param andelar Sju andelar (0–1) i en rad eller kolumn; flera rader om sju kolumner ger ett CNI per rad.
 * @param [riksvarde] Riksvärdet att dela med (så att riket = 1).
 * @returns CNI.
 */
export function halsovalCni(andelar: any[][], riksvarde?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(null));
    const g = grid(andelar);
    const national = isEmpty(riksvarde) ? null : arg("Riksvärde", () => nonNegative(riksvarde, "Riksvärdet"));
    const one = (shares: unknown[]): Out => {
      if (shares.every(isEmpty)) return "";
      const cni = arg("Andelar", () => {
        shares.forEach((x, i) => nonNegative(x, `Andel ${i + 1}`));
        return cniFranAndelar(rs, shares as number[], national);
      });
      return num(cni, national === null ? "andelarna" : "Riksvärde");
    };
    const guard = (shares: unknown[]): Out => {
      try {
        return one(shares);
      } catch (e) {
        return toError(e);
      }
    };
    if (g[0].length === 7) return g.map((row) => [guard(row)]);
    if (g.length === 7 && g[0].length === 1) return [[guard(g.map((r) => r[0]))]];
    throw new InputError(`Andelar: ange sju andelar i en rad eller kolumn (fick ${g.length}×${g[0].length}).`);
  });
}

/**
 * Socioekonomisk ersättning: vårdenhetens andel av CNI-budgeten efter listade × CNI (avsnitt 5.1.2).
 * @customfunction HALSOVAL.SOCIOEKONOMI HALSOVAL.SOCIOEKONOMI
 * @param listade Antal listade vid vårdenheten.
 * @param cni Vårdenhetens CNI.
 * @param lanets Summan av listade × CNI för alla vårdenheter i länet.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalSocioekonomi(listade: any[][], cni: any[][], lanets: any, ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const county = new Decimal(arg("Länets listade × CNI", () => nonNegative(lanets, "Värdet")));
    return cells([grid(listade), grid(cni)], (n, c) =>
      num(socioekonomi(rs, arg("Listade", () => wholeCount(n, "Antal listade")), arg("CNI", () => nonNegative(c, "CNI")), county), "Länets listade × CNI"),
    );
  });
}

/** Rule sets by year for the fast path of a cell filled down (scalar.ts). */
const halsovalSets = rulesByYear("halsoval");

/**
 * Glesbygdsvikt: listade viktade per intervall × avståndsvikt (avsnitt 5.1.3).
 * @customfunction HALSOVAL.GLESBYGDSVIKT HALSOVAL.GLESBYGDSVIKT
 * @param listade Antal listade vid vårdenheten.
 * @param km Avstånd i km från närmsta vårdenhet i kommunen till Östersund.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Glesbygdsvikt.
 */
export function halsovalGlesbygdsvikt(listade: any[][], km: any[][], ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(listade), grid(km)], (n, d) => num(arg("Listade/km", () => glesbygdsvikt(rs, n, d))));
  });
}

/**
 * Glesbygdsersättning: vårdenhetens andel av budgeten efter glesbygdsvikt (avsnitt 5.1.3).
 * @customfunction HALSOVAL.GLESBYGD HALSOVAL.GLESBYGD
 * @param listade Antal listade vid vårdenheten.
 * @param km Avstånd i km från närmsta vårdenhet i kommunen till Östersund.
 * @param lanets Summan av glesbygdsvikterna för länets vårdenheter.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalGlesbygd(listade: any[][], km: any[][], lanets: any, ar?: any): any[][] {
  return scalar3(halsovalSets, ar, listade, km, lanets, glesbygdTal) ?? run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const county = arg("Länets glesbygdsvikt", () => nonNegative(lanets, "Värdet"));
    return cells([grid(listade), grid(km)], (n, d) => num(arg("Listade/km", () => glesbygdTal(rs, n, d, county)), "Länets glesbygdsvikt"));
  });
}
