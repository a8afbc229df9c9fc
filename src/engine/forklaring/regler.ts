// Förklaring: a rule parameter or reading as the trace records it, read from the rule set
// the engine computed with (value, unit, source with the document's title, date of effect,
// preliminary/input). Only reads the rule set; the rule itself lives in the engine.
import { bandLabel } from "../../rules/flatten";
import { paramBands, type ParamKey, type ReadingKey, type RuleSet } from "../../rules";
import { bandIndex } from "../alder";
import type { Kalla, ParameterPost, TolkningPost } from "./typ";

function kalla(rs: RuleSet, source: { document: string; section: string }): Kalla {
  const doc = rs.data.documents[source.document];
  if (!doc) throw new Error(`Regelverket ${rs.id} saknar källdokumentet ${source.document}.`);
  return doc.url ? { dokument: doc.title, avsnitt: source.section, url: doc.url } : { dokument: doc.title, avsnitt: source.section };
}

/**
 * The date a value took effect: a dated rule set may give it per parameter; otherwise the
 * value holds from the start of the first year the rule set is valid for.
 */
function gallerFran(rs: RuleSet, p: object): string | undefined {
  const since = (p as { since?: unknown }).since;
  if (typeof since === "string") return since;
  return rs.years.length ? `${Math.min(...rs.years)}-01-01` : undefined;
}

function post(rs: RuleSet, key: ParamKey, nyckel: string, varde: string): ParameterPost {
  const p = rs.data.parameters[key];
  if (!p) throw new Error(`Regelverket ${rs.id} saknar parametern ${key}.`);
  return {
    nyckel,
    beskrivning: p.description,
    varde,
    enhet: p.unit,
    kalla: kalla(rs, p.source),
    gallerFran: gallerFran(rs, p),
    preliminar: Boolean(p.preliminary),
    indata: Boolean(p.input),
  };
}

/** A decimal parameter. */
export function parameter(rs: RuleSet, key: ParamKey): ParameterPost {
  const v = rs.data.parameters[key]?.value;
  if (typeof v !== "string") throw new Error(`Parametern ${key} i ${rs.id} är inte ett tal.`);
  return post(rs, key, key, v);
}

/** The band of a table that a whole number (an age, a count, a distance) falls in. */
export function band(rs: RuleSet, key: ParamKey, n: number): ParameterPost {
  const bands = paramBands(rs, key);
  const b = bands[bandIndex(bands, n)];
  return post(rs, key, `${key} ${bandLabel(b)}`, b.value);
}

/** Band i of a table (in the rule set's order). */
export function bandNr(rs: RuleSet, key: ParamKey, i: number): ParameterPost {
  const b = paramBands(rs, key)[i];
  return post(rs, key, `${key} ${bandLabel(b)}`, b.value);
}

/** Every band of a table (used where a figure sums over all bands). */
export function allaBand(rs: RuleSet, key: ParamKey): ParameterPost[] {
  return paramBands(rs, key).map((_, i) => bandNr(rs, key, i));
}

/** One name of a named table ("5.1.2.vikter.yngre_an_5", "3.3.lpik.2026"). */
export function namn(rs: RuleSet, key: ParamKey, name: string): ParameterPost {
  const v = rs.data.parameters[key]?.value as Record<string, string> | undefined;
  if (!v || typeof v !== "object" || Array.isArray(v) || v[name] === undefined)
    throw new Error(`Parametern ${key}.${name} saknas i ${rs.id}.`);
  return post(rs, key, `${key}.${name}`, v[name]);
}

export function tolkning(rs: RuleSet, key: ReadingKey): TolkningPost {
  const r = rs.data.readings[key];
  if (!r) throw new Error(`Regelverket ${rs.id} saknar tolkningen ${key}.`);
  return { nyckel: key, varde: Array.isArray(r.value) ? r.value.join(", ") : r.value, beskrivning: r.description, kalla: kalla(rs, r.source) };
}
