// 5 Ersättning, månadsutbetalning — file 002: the custom functions for what an economist
// types about a month's payment: the count-based 5.1 amount of a unit for a month, the 5.3
// supplements (AT/ST/PTP/STP claims, a county cap, a yearly amount paid in a month) and
// the 3.1.6 on-call share. Every amount comes from the engine; errors as in adapt.ts.
import { InputError, manad } from "../engine/check";
import { manadListade } from "../engine/halsoval/manad";
import { jourAndelar } from "../engine/halsoval/jour";
import { atLakare, psykolog, stLakare } from "../engine/halsoval/tillagg";
import { reduceraMotTak, tak, TakKey, tillaggForManad } from "../engine/halsoval/tillaggsuppdrag";
import { arg, cells, grid, isEmpty, num, ruleSet, run, year } from "./adapt";

function monthOf(x: unknown): number {
  const v = Array.isArray(x) ? grid(x)[0][0] : x;
  return arg("Månad", () => manad(v));
}

/**
 * Månadens ersättning för listade efter åldersklass: tolftedelen av 5.1.1 + 5.1.4 + 5.1.5 med månadens antal, i öre (avsnitt 5; 5.1.2 och 5.1.3 ingår inte).
 * @customfunction HALSOVAL.MANADSBELOPP HALSOVAL.MANADSBELOPP
 * @param listade Antal listade per femårsklass (21 kolumner: 0–4 … 100–); en rad per vårdenhet.
 * @param listade1667 Antal listade 16–67 år, ett värde per rad.
 * @param manad Månad 1–12.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor för månaden, en per rad.
 */
export function halsovalManadsbelopp(listade: any[][], listade1667: any[][], manad: any, ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const m = monthOf(manad);
    const rows = grid(listade);
    const l1667 = grid(listade1667).flat();
    if (l1667.length !== 1 && l1667.length !== rows.length)
      throw new InputError(`Listade 16–67 ska ha ett värde per rad (${rows.length}), inte ${l1667.length}.`);
    return rows.map((row, i) => {
      const n = l1667.length === 1 ? l1667[0] : l1667[i];
      if (row.every(isEmpty) && isEmpty(n)) return [""];
      return cells([[[0]]], () => {
        const p = arg("Listade", () => manadListade(rs, row, n, m));
        return num(p["5.1.1"].plus(p["5.1.4"]).plus(p["5.1.5"]));
      })[0];
    });
  });
}

/**
 * Anspråk för AT-läkare: 70 % av lönekostnaden plus 6 000 kr per månad med dubbelt boende, före länstaket (avsnitt 5.3.5).
 * @customfunction HALSOVAL.ATLAKARE HALSOVAL.ATLAKARE
 * @param lonekostnad Lönekostnad per år (kr), ett värde eller ett område.
 * @param [manaderDubbeltBoende] Månader med dubbelt boende.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalAtlakare(lonekostnad: any[][], manaderDubbeltBoende?: any, ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const extra = isEmpty(manaderDubbeltBoende) ? 0 : grid(manaderDubbeltBoende)[0][0];
    return cells([grid(lonekostnad)], (l) => num(arg("Lönekostnad", () => atLakare(rs, l, isEmpty(extra) ? 0 : extra))));
  });
}

/**
 * Anspråk för ST-läkare (60 % av medianlönen) eller PTP-/STP-psykolog (75 % / 20 %), före länstaket (avsnitt 5.3.7, 5.3.8).
 * @customfunction HALSOVAL.UTBILDNING HALSOVAL.UTBILDNING
 * @param slag "ST", "PTP" eller "STP".
 * @param medianlon Medianlön per år (kr), ett värde eller ett område.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalUtbildning(slag: any, medianlon: any[][], ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const k = String(grid(slag)[0][0] ?? "").trim().toUpperCase();
    if (k !== "ST" && k !== "PTP" && k !== "STP") throw new InputError(`Slag: "${k}" ska vara ST, PTP eller STP.`);
    return cells([grid(medianlon)], (l) => num(arg("Medianlön", () => (k === "ST" ? stLakare(rs, l) : psykolog(rs, k, l)))));
  });
}

const TAK: Record<string, TakKey> = { "5.3.5": "5.3.5.tak", "5.3.7": "5.3.7.tak", "5.3.8": "5.3.8.tak" };

/**
 * Anspråken efter länstaket: fullt inom taket, över taket minskade så att de summerar exakt till taket (avsnitt 5.3.5, 5.3.7, 5.3.8).
 * @customfunction HALSOVAL.TAK HALSOVAL.TAK
 * @param ansprak Alla vårdenheters anspråk (kr per år), ett område.
 * @param avsnitt "5.3.5", "5.3.7" eller "5.3.8": vilket tak.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Det som betalas per anspråk, samma form som anspråken.
 */
export function halsovalTak(ansprak: any[][], avsnitt: any, ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const key = TAK[String(grid(avsnitt)[0][0] ?? "").trim()];
    if (!key) throw new InputError(`Avsnitt: ange 5.3.5, 5.3.7 eller 5.3.8.`);
    const g = grid(ansprak);
    const flat: number[] = [];
    g.forEach((row, r) => row.forEach((v, c) => {
      if (isEmpty(v)) return;
      if (typeof v !== "number" || !Number.isFinite(v)) throw new InputError(`Anspråk (rad ${r + 1}, kolumn ${c + 1}): måste vara ett tal.`);
      flat.push(v);
    }));
    const paid = reduceraMotTak(rs, flat, tak(rs, key)).paid;
    let i = 0;
    return g.map((row) => row.map((v) => (isEmpty(v) ? "" : num(paid[i++]))));
  });
}

/**
 * Det som betalas ut en månad av ett årligt tilläggsbelopp: tolftedelen, eller hela beloppet med tolkningen engång (avsnitt 5.3).
 * @customfunction HALSOVAL.TILLAGGMANAD HALSOVAL.TILLAGGMANAD
 * @param arsbelopp Årsbelopp (kr), ett värde eller ett område.
 * @param manad Månad 1–12.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor för månaden.
 */
export function halsovalTillaggmanad(arsbelopp: any[][], manad: any, ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const m = monthOf(manad);
    return cells([grid(arsbelopp)], (b) => {
      if (typeof b !== "number" || !Number.isFinite(b)) throw new InputError("Årsbelopp: måste vara ett tal.");
      return num(tillaggForManad(rs, b, m));
    });
  });
}

/**
 * Vårdenheternas andelar av jouråtagandet (kronor, timmar eller pass) efter antal listade, med två decimaler som summerar exakt (avsnitt 3.1.6).
 * @customfunction HALSOVAL.JOUR HALSOVAL.JOUR
 * @param atagande Hela åtagandet (kronor, timmar eller pass).
 * @param listade Antal listade per vårdenhet, ett område.
 * @returns Varje vårdenhets andel, samma form som listade.
 */
export function halsovalJour(atagande: any, listade: any[][]): any[][] {
  return run(() => {
    const t = grid(atagande)[0][0];
    if (typeof t !== "number" || !Number.isFinite(t)) throw new InputError("Åtagande: måste vara ett tal.");
    const g = grid(listade);
    const counts = g.flat().filter((v) => !isEmpty(v));
    const shares = jourAndelar(t, counts);
    let i = 0;
    const out = g.map((row) => row.map((v) => (isEmpty(v) ? "" : num(shares[i++]))));
    return out;
  });
}
