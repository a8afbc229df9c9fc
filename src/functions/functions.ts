// The custom functions of SPEC §6, typed exactly as in the catalogue (=HALSOVAL.LISTAD(…)).
// Each is declared once; its JSDoc generates the metadata (custom-functions-metadata-plugin).
// Thin adapters: read and check the arguments, call the engine, return numbers or errors.
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how a parameter accepts a value or a range */
import { paramBands, RuleSet, sourceText } from "../rules";
import { age as checkAge } from "../engine/alder";
import { InputError, nonNegative, wholeCount } from "../engine/check";
import { integerTable, IntegerTable } from "../engine/halsoval/aldersvikt";
import { cniFranAndelar, socioekonomi } from "../engine/halsoval/cni";
import { glesbygd, glesbygdsvikt } from "../engine/halsoval/glesbygd";
import { lakemedelPris } from "../engine/halsoval/lakemedel";
import { pris, vikt } from "../engine/halsoval/listad";
import { admin, moms } from "../engine/halsoval/moms";
import { rehabBelopp } from "../engine/halsoval/rehab";
import { familjecentral } from "../engine/halsoval/tillagg";
import { excelSerial, utbetalningsdag } from "../engine/halsoval/utbetalning";
import { fordela, nyckel } from "../engine/tillagg/fordelning";
import { beraknaGrundbelopp, grundbelopp, justeringsbelopp } from "../engine/tillagg/grundbelopp";
import { justering, tillaggsbelopp } from "../engine/tillagg/justera";
import { normalvariation } from "../engine/tillagg/normalvariation";
import { fordelaUtveckling } from "../engine/utveckling/fordelning";
import { Decimal } from "../engine/money";
import { arg, cells, finish, grid, Grid, isEmpty, num, Out, ruleSet, toError, values, whole, year } from "./adapt";


/** Age → amount tables, built once per rule set and price, reused by every call. */
const tables = new WeakMap<RuleSet, Map<string, IntegerTable>>();
function table(rs: RuleSet, key: "5.1.1.vikter" | "5.1.4.vikter", price: Decimal): IntegerTable {
  let m = tables.get(rs);
  if (!m) tables.set(rs, (m = new Map()));
  const id = `${key}@${price.toString()}`;
  let t = m.get(id);
  if (!t) m.set(id, (t = integerTable(rs, key, price)));
  return t;
}

function ageAmounts(alder: any[][], ar: any, key: "5.1.1.vikter" | "5.1.4.vikter"): Grid<Out> {
  const out = whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    const t = table(rs, key, key === "5.1.1.vikter" ? pris(rs) : lakemedelPris(rs));
    return cells([grid(alder)], (a) => {
      const v = t.table[a as number];
      if (v === undefined || typeof a !== "number") arg("Ålder", () => checkAge(a));
      return t.integral ? v / t.scale : t.exact[a as number].toNumber();
    });
  });
  return finish(out);
}

/**
 * Åldersvikten för ersättning per listad invånare (avsnitt 5.1.1).
 * @customfunction HALSOVAL.VIKT HALSOVAL.VIKT
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Vikten för åldersklassen.
 */
export function halsovalVikt(alder: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(alder)], (a) => num(arg("Ålder", () => vikt(rs, a))));
  }));
}

/**
 * Årlig ersättning per listad invånare: vikt × pris för vikt 1,00 (avsnitt 5.1.1).
 * @customfunction HALSOVAL.LISTAD HALSOVAL.LISTAD
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalListad(alder: any[][], ar?: any): any[][] {
  return ageAmounts(alder, ar, "5.1.1.vikter");
}

/**
 * Årlig ersättning för allmänläkemedel per listad: vikt × pris för vikt 1,0 (avsnitt 5.1.4, preliminär).
 * @customfunction HALSOVAL.LAKEMEDEL HALSOVAL.LAKEMEDEL
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalLakemedel(alder: any[][], ar?: any): any[][] {
  return ageAmounts(alder, ar, "5.1.4.vikter");
}

/**
 * Årlig ersättning för rehabkoordinator per listad (avsnitt 5.1.5); 0 utanför 16–67 år.
 * @customfunction HALSOVAL.REHAB HALSOVAL.REHAB
 * @param alder Ålder i hela år (0–120), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalRehab(alder: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(alder)], (a) => num(arg("Ålder", () => rehabBelopp(rs, a))));
  }));
}

/**
 * CNI ur de sju andelarna i avsnitt 5.1.2:s ordning: Σ vikt × andel, delat med riksvärdet om det anges.
 * @customfunction HALSOVAL.CNI HALSOVAL.CNI
 * @param andelar Sju andelar (0–1) i en rad eller kolumn; flera rader om sju kolumner ger ett CNI per rad.
 * @param [riksvarde] Riksvärdet att dela med (så att riket = 1).
 * @returns CNI.
 */
export function halsovalCni(andelar: any[][], riksvarde?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(null));
    const g = grid(andelar);
    const national = isEmpty(riksvarde) ? null : arg("Riksvärde", () => nonNegative(riksvarde, "Riksvärdet"));
    const one = (shares: unknown[]): Out => {
      if (shares.every(isEmpty)) return "";
      return num(arg("Andelar", () => {
        shares.forEach((x, i) => nonNegative(x, `Andel ${i + 1}`));
        return cniFranAndelar(rs, shares as number[], national);
      }));
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
  }));
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
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    const county = arg("Länets listade × CNI", () => nonNegative(lanets, "Värdet"));
    return cells([grid(listade), grid(cni)], (n, c) =>
      num(socioekonomi(rs, arg("Listade", () => wholeCount(n, "Antal listade")), arg("CNI", () => nonNegative(c, "CNI")), county)),
    );
  }));
}

/**
 * Glesbygdsvikt: listade viktade per intervall × avståndsvikt (avsnitt 5.1.3).
 * @customfunction HALSOVAL.GLESBYGDSVIKT HALSOVAL.GLESBYGDSVIKT
 * @param listade Antal listade vid vårdenheten.
 * @param km Avstånd i km från närmsta vårdenhet i kommunen till Östersund.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Glesbygdsvikt.
 */
export function halsovalGlesbygdsvikt(listade: any[][], km: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(listade), grid(km)], (n, d) => num(arg("Listade/km", () => glesbygdsvikt(rs, n, d))));
  }));
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
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    const county = arg("Länets glesbygdsvikt", () => nonNegative(lanets, "Värdet"));
    return cells([grid(listade), grid(km)], (n, d) => num(arg("Listade/km", () => glesbygd(rs, n, d, county))));
  }));
}

/**
 * Momskompensation för privat vårdenhet: 3 % av beloppet (avsnitt 5).
 * @customfunction HALSOVAL.MOMS HALSOVAL.MOMS
 * @param belopp Belopp i kronor.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function halsovalMoms(belopp: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(belopp)], (b) => num(moms(rs, arg("Belopp", () => nonNegative(b, "Beloppet")))));
  }));
}

/**
 * IT/admin-påslag för externa vårdgivare: 1,5 % av beloppet (avsnitt 5).
 * @customfunction HALSOVAL.ADMIN HALSOVAL.ADMIN
 * @param belopp Belopp i kronor.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function halsovalAdmin(belopp: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(belopp)], (b) => num(admin(rs, arg("Belopp", () => nonNegative(b, "Beloppet")))));
  }));
}

/**
 * Utbetalningsdag: den 20:e eller närmaste bankdag därefter (avsnitt 5), som Excel-datum.
 * @customfunction HALSOVAL.UTBETALNINGSDAG HALSOVAL.UTBETALNINGSDAG
 * @param ar År.
 * @param manad Månad 1–12, ett värde eller ett område.
 * @returns Datum (formatera cellen som datum).
 */
export function halsovalUtbetalningsdag(ar: any[][], manad: any[][]): any[][] {
  return finish(whole(() => {
    return cells([grid(ar), grid(manad)], (yy, m) => {
      const y = year(yy);
      return excelSerial(utbetalningsdag(y, arg("Månad", () => wholeCount(m, "Månad", 12))));
    });
  }));
}

/**
 * Familjecentral: 100 kr per listat barn 0–5 år, lägst 25 000 och högst 100 000 kr, plus lokalhyra (avsnitt 5.3.1).
 * @customfunction HALSOVAL.FAMILJECENTRAL HALSOVAL.FAMILJECENTRAL
 * @param barn Antal listade barn 0–5 år.
 * @param [hyra] Faktisk extra lokalhyra i kronor.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalFamiljecentral(barn: any[][], hyra?: any, ar?: any): any[][] {
  return finish(whole(() => {
    const rs = ruleSet("halsoval", year(ar));
    const rent = isEmpty(hyra) ? 0 : hyra;
    return cells([grid(barn)], (n) => num(arg("Barn/hyra", () => familjecentral(rs, n, rent))));
  }));
}

function findParam(key: unknown, ar: unknown): { rs: RuleSet; key: string } {
  if (typeof key !== "string" || key.trim() === "") throw new InputError("Nyckel: ange en parameternyckel som text, t.ex. \"5.1.1.pris\".");
  const y = year(ar);
  const agreement = key.startsWith("5") ? "halsoval" : key.startsWith("3") ? "tillagg" : key.startsWith("4") ? "utveckling" : null;
  if (!agreement) throw new InputError(`Nyckel: "${key}" hör inte till något avtal (5.… Hälsoval, 3.… tilläggsbelopp, 4.… utveckling).`);
  const rs = ruleSet(agreement, y);
  if (!(key in rs.data.parameters) && !(key in rs.data.readings)) throw new InputError(`Nyckel: "${key}" finns inte i regelverket ${rs.id}.`);
  return { rs, key };
}

/**
 * Ett värde ur regelverket: ett tal, en tabell (spills) eller en tolkning.
 * @customfunction HALSOVAL.PARAMETER HALSOVAL.PARAMETER
 * @param nyckel Parameterns nyckel, t.ex. "5.1.1.pris" eller "3.1.grundbelopp".
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Värdet.
 */
export function halsovalParameter(nyckel: any, ar?: any): any[][] {
  return whole(() => {
    const { rs, key } = findParam(nyckel, ar);
    const r = rs.data.readings[key];
    if (r) return [[Array.isArray(r.value) ? r.value.join(", ") : r.value]];
    const v = rs.data.parameters[key].value;
    if (typeof v === "string") return [[Number(v)]];
    if (Array.isArray(v)) return paramBands(rs, key as "5.1.1.vikter").map((b) => [b.from, b.to === null ? "" : b.to, Number(b.value)]);
    const entries = Object.entries(v);
    if (entries.length === 0) return [["(inga värden angivna)"]];
    return entries.map(([k, x]) => [k, Number(x)]);
  });
}

/**
 * Källan för ett värde i regelverket: dokument och avsnitt.
 * @customfunction HALSOVAL.KALLA HALSOVAL.KALLA
 * @param nyckel Parameterns nyckel, t.ex. "5.1.1.pris".
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Källan som text.
 */
export function halsovalKalla(nyckel: any, ar?: any): any[][] {
  return whole(() => {
    const { rs, key } = findParam(nyckel, ar);
    return [[sourceText(rs, key)]];
  });
}

/**
 * Tilläggsbeloppet (grundbeloppet) indexerat med LPIK till året; 2024 är basnivån (avsnitt 3.1, 3.3).
 * @customfunction TILLAGG.GRUNDBELOPP TILLAGG.GRUNDBELOPP
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function tillaggGrundbelopp(ar?: any): any[][] {
  return whole(() => {
    const y = year(ar);
    return [[num(grundbelopp(ruleSet("tillagg", y), y))]];
  });
}

/**
 * Beräkningen i avsnitt 3.1: tjänster × månadslön × 12 × (1 + PO) × beredskapsfaktor.
 * @customfunction TILLAGG.BERAKNA TILLAGG.BERAKNA
 * @param tjanster Antal heltidstjänster.
 * @param manadslon Genomsnittlig månadslön i kronor.
 * @param po PO-pålägg som andel (47,18 % = 0,4718).
 * @param faktor Beredskapsfaktor (150 % = 1,5).
 * @returns Kronor per år.
 */
export function tillaggBerakna(tjanster: any, manadslon: any, po: any, faktor: any): any[][] {
  return whole(() => [[num(beraknaGrundbelopp(tjanster, manadslon, po, faktor))]]);
}

/**
 * Justeringsbeloppet per ansluten person indexerat till året (avsnitt 3.2–3.3).
 * @customfunction TILLAGG.JUSTERINGSBELOPP TILLAGG.JUSTERINGSBELOPP
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function tillaggJusteringsbelopp(ar?: any): any[][] {
  return whole(() => {
    const y = year(ar);
    return [[num(justeringsbelopp(ruleSet("tillagg", y), y))]];
  });
}

/**
 * Revideringen av tilläggsbeloppet för ett antal anslutna personer; 0 inom normalvariationen (avsnitt 3.3).
 * @customfunction TILLAGG.JUSTERA TILLAGG.JUSTERA
 * @param antal Antal anslutna personer föregående år.
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor (negativt vid färre anslutna än normalvariationen).
 */
export function tillaggJustera(antal: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const y = year(ar);
    const rs = ruleSet("tillagg", y);
    return cells([grid(antal)], (n) => num(arg("Antal", () => justering(rs, n, y))));
  }));
}

/**
 * Tilläggsbeloppet efter avstämning: grundbelopp + revidering (avsnitt 3.3).
 * @customfunction TILLAGG.BELOPP TILLAGG.BELOPP
 * @param antal Antal anslutna personer föregående år.
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function tillaggBelopp(antal: any[][], ar?: any): any[][] {
  return finish(whole(() => {
    const y = year(ar);
    const rs = ruleSet("tillagg", y);
    return cells([grid(antal)], (n) => num(arg("Antal", () => tillaggsbelopp(rs, n, y))));
  }));
}

/**
 * Normalvariationen: medelvärde ± två standardavvikelser av årsvärdena, som nedre och övre gräns (avsnitt 3.3).
 * @customfunction TILLAGG.NORMALVARIATION TILLAGG.NORMALVARIATION
 * @param antal Antal anslutna personer per år (ett område).
 * @returns Nedre och övre gräns (spills till två celler).
 */
export function tillaggNormalvariation(antal: any[][]): any[][] {
  return whole(() => {
    const nv = arg("Antal", () => normalvariation(ruleSet("tillagg", year(null)), values(grid(antal))));
    return [[nv.min, nv.max]];
  });
}

function shareOut(amount: unknown, keys: any[][], f: (amount: number, ks: number[]) => Decimal[]): Grid<Out> {
  const g = grid(keys);
  const a = arg("Belopp", () => {
    if (typeof amount !== "number" || !Number.isFinite(amount)) throw new InputError("måste vara ett tal.");
    return amount;
  });
  const ks: number[] = [];
  g.forEach((row, r) =>
    row.forEach((k, c) => {
      if (!isEmpty(k)) ks.push(arg(`Nyckel på rad ${r + 1}, kolumn ${c + 1}`, () => nonNegative(k, "Nyckeln")));
    }),
  );
  const parts = arg("Nycklar", () => f(a, ks));
  let i = 0;
  return g.map((row) => row.map((k) => (isEmpty(k) ? "" : num(parts[i++]))));
}

/**
 * Fördelar ett belopp efter nycklar (normaliserade med sin summa), i hela kronor som summerar exakt till beloppet (avsnitt 3.4).
 * @customfunction TILLAGG.FORDELA TILLAGG.FORDELA
 * @param belopp Beloppet att fördela.
 * @param nycklar Nycklar eller vikter, en per kommun (ett område).
 * @returns Delbelopp i samma form som nycklarna.
 */
export function tillaggFordela(belopp: any, nycklar: any[][]): any[][] {
  return whole(() => shareOut(belopp, nycklar, (a, ks) => fordela(a, ks)));
}

/**
 * Fördelningsnycklarna i avsnitt 3.4: 0,51 × andel åldersviktad + 0,34 × andel CNI-viktad + 0,15 × andel glesbygdsvikt.
 * @customfunction TILLAGG.NYCKEL TILLAGG.NYCKEL
 * @param aldersviktad Åldersviktad befolkning per kommun.
 * @param cniviktad CNI-viktad befolkning per kommun.
 * @param glesbygdsvikt Glesbygdsvikt per kommun.
 * @returns Nycklar som summerar till 1, i samma form.
 */
export function tillaggNyckel(aldersviktad: any[][], cniviktad: any[][], glesbygdsvikt: any[][]): any[][] {
  return whole(() => {
    const [a, c, g] = [grid(aldersviktad), grid(cniviktad), grid(glesbygdsvikt)];
    const shape = (x: Grid) => `${x.length}×${x[0].length}`;
    if (shape(a) !== shape(c) || shape(a) !== shape(g)) throw new InputError(`Områdena måste ha samma storlek (${shape(a)}, ${shape(c)}, ${shape(g)}).`);
    const pick = (x: Grid, what: string) => x.flat().map((v, i) => arg(`${what}, värde ${i + 1}`, () => nonNegative(v, "Värdet")));
    const keys = arg("Nyckel", () => nyckel(ruleSet("tillagg", year(null)), pick(a, "Åldersviktad"), pick(c, "CNI-viktad"), pick(g, "Glesbygdsvikt")));
    let i = 0;
    return a.map((row) => row.map(() => num(keys[i++])));
  });
}

/**
 * Kommunernas andelar av sin hälft av de gemensamma utvecklingsmedlen, efter befolkning (avsnitt 4).
 * @customfunction UTVECKLING.FORDELA UTVECKLING.FORDELA
 * @param belopp De gemensamma utvecklingsmedlen totalt (region + kommuner).
 * @param befolkning Befolkning per kommun (ett område).
 * @returns Varje kommuns del i kronor, i samma form.
 */
export function utvecklingFordela(belopp: any, befolkning: any[][]): any[][] {
  return whole(() => {
    const rs = ruleSet("utveckling", year(null));
    return shareOut(belopp, befolkning, (a, ks) => fordelaUtveckling(rs, a, ks));
  });
}
