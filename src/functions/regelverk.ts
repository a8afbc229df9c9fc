// HALSOVAL.PARAMETER and HALSOVAL.KALLA: any value of a rule set and its source, for every
// agreement (5.… Hälsoval, 3.… tilläggsbelopp, 4.… utveckling).
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how a parameter accepts a value or a range */
import { paramBands, RuleSet, sourceText } from "../rules";
import { InputError } from "../engine/check";
import { ruleSet, run, year } from "./adapt";

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
  return run(() => {
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
  return run(() => {
    const { rs, key } = findParam(nyckel, ar);
    return [[sourceText(rs, key)]];
  });
}
