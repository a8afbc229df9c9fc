// Tilläggsbelopp, avsnitt 3: the custom functions as thin adapters over src/engine/tillagg.
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how a parameter accepts a value or a range */
import { InputError, nonNegative } from "../engine/check";
import { fordela, nyckel } from "../engine/tillagg/fordelning";
import { beraknaGrundbelopp, grundbelopp, justeringsbelopp } from "../engine/tillagg/grundbelopp";
import { justering, tillaggsbelopp } from "../engine/tillagg/justera";
import { normalvariation } from "../engine/tillagg/normalvariation";
import { arg, cells, grid, Grid, num, ruleSet, run, shareOut, values, year, largest } from "./adapt";

/**
 * Tilläggsbeloppet (grundbeloppet) indexerat med LPIK till året; 2024 är basnivån (avsnitt 3.1, 3.3).
 * @customfunction TILLAGG.GRUNDBELOPP TILLAGG.GRUNDBELOPP
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function tillaggGrundbelopp(ar?: any): any[][] {
  return run(() => {
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
  return run(() => [[num(beraknaGrundbelopp(tjanster, manadslon, po, faktor), largest([["Tjänster", tjanster], ["Månadslön", manadslon], ["PO", po], ["Faktor", faktor]]))]]);
}

/**
 * Justeringsbeloppet per ansluten person indexerat till året (avsnitt 3.2–3.3).
 * @customfunction TILLAGG.JUSTERINGSBELOPP TILLAGG.JUSTERINGSBELOPP
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function tillaggJusteringsbelopp(ar?: any): any[][] {
  return run(() => {
    const y = year(ar);
    return [[num(justeringsbelopp(ruleSet("tillagg", y), y))]];
  });
}

/**
 * Revideringen av tilläggsbeloppet för ett antal anslutna personer; 0 inom normalvariationen (avsnitt 3.3).
 * @customfunction TILLAGG.JUSTERA TILLAGG.JUSTERA
 * @param antal Antal anslutna personer som revideringen räknas på.
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor (negativt vid färre anslutna än normalvariationen).
 */
export function tillaggJustera(antal: any[][], ar?: any): any[][] {
  return run(() => {
    const y = year(ar);
    const rs = ruleSet("tillagg", y);
    return cells([grid(antal)], (n) => num(arg("Antal", () => justering(rs, n, y))));
  });
}

/**
 * Årets tilläggsbelopp reviderat med antalet anslutna: grundbelopp + revidering (avsnitt 3.3). Vilket års belopp avstämningen reviderar avgör tolkningen 3.3.avstamning_avser (standard: året som antalet gäller).
 * @customfunction TILLAGG.BELOPP TILLAGG.BELOPP
 * @param antal Antal anslutna personer som revideringen räknas på.
 * @param [ar] År. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function tillaggBelopp(antal: any[][], ar?: any): any[][] {
  return run(() => {
    const y = year(ar);
    const rs = ruleSet("tillagg", y);
    return cells([grid(antal)], (n) => num(arg("Antal", () => tillaggsbelopp(rs, n, y))));
  });
}

/**
 * Normalvariationen: medelvärde ± två standardavvikelser av årsvärdena, som nedre och övre gräns (avsnitt 3.3).
 * @customfunction TILLAGG.NORMALVARIATION TILLAGG.NORMALVARIATION
 * @param antal Antal anslutna personer per år (ett område).
 * @returns Nedre och övre gräns (spills till två celler).
 */
export function tillaggNormalvariation(antal: any[][]): any[][] {
  return run(() => {
    const nv = arg("Antal", () => normalvariation(ruleSet("tillagg", year(null)), values(grid(antal))));
    return [[nv.min, nv.max]];
  });
}

/**
 * Fördelar ett belopp efter nycklar (normaliserade med sin summa), i hela kronor som summerar exakt till beloppet (avsnitt 3.4).
 * @customfunction TILLAGG.FORDELA TILLAGG.FORDELA
 * @param belopp Beloppet att fördela.
 * @param nycklar Nycklar eller vikter, en per kommun (ett område).
 * @returns Delbelopp i samma form som nycklarna.
 */
export function tillaggFordela(belopp: any, nycklar: any[][]): any[][] {
  return run(() => shareOut(belopp, nycklar, (a, ks) => fordela(a, ks)));
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
  return run(() => {
    const [a, c, g] = [grid(aldersviktad), grid(cniviktad), grid(glesbygdsvikt)];
    const shape = (x: Grid) => `${x.length}×${x[0].length}`;
    if (shape(a) !== shape(c) || shape(a) !== shape(g)) throw new InputError(`Områdena måste ha samma storlek (${shape(a)}, ${shape(c)}, ${shape(g)}).`);
    const pick = (x: Grid, what: string) => x.flat().map((v, i) => arg(`${what}, värde ${i + 1}`, () => nonNegative(v, "Värdet")));
    const keys = arg("Nyckel", () => nyckel(ruleSet("tillagg", year(null)), pick(a, "Åldersviktad"), pick(c, "CNI-viktad"), pick(g, "Glesbygdsvikt")));
    let i = 0;
    return a.map((row) => row.map(() => num(keys[i++])));
  });
}
