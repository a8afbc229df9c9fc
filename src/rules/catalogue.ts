// The keys every rule set of an agreement must carry, with their unit and the shape of
// their value. This is what lets the schema refuse a missing key or a wrong unit by name
// by name. A new year is a dated value in src/rules/data; a new *key* is a code change, on
// purpose: the engine must know how to use it.
import type { RuleSetData } from "./schema";

export type Agreement = "halsoval" | "tillagg" | "utveckling";

/** Units a parameter may carry. Swedish, as the parameter sheet shows them. */
export const UNITS = [
  "kr",
  "kr/år",
  "kr/månad",
  "kr/timme",
  "kr/invånare",
  "kr/listad",
  "kr/barn/år",
  "kr/plats/år",
  "kr/samtal",
  "kr/besök",
  "tkr",
  "andel",
  "vikt",
  "faktor",
  "km",
  "år",
  "antal",
  "personer",
  "dag",
] as const;
export type Unit = (typeof UNITS)[number];

/** decimal: a decimal string; bands: an age/count/distance table; record: named decimals. */
export type Shape = "decimal" | "bands" | "record";

export interface KeySpec {
  unit: Unit;
  shape: Shape;
  /** For record-shaped values: the names it must have (in this order). */
  names?: readonly string[];
}

/** 5.1.2, in the order the tender lists the variables (HALSOVAL.CNI takes them so). */
export const CNI_VARIABLER = [
  "ensamboende_over_65",
  "yngre_an_5",
  "ensamstaende_foralder",
  "lagutbildade_25_64",
  "arbetslosa_16_64",
  "fodda_utanfor_europa",
  "inflyttade",
] as const;

/** The 5.1 amounts a year without a June decision may index by LPIK (5.1.4 is excluded by the text). */
export const INDEXERBARA = ["5.1.1.pris", "5.1.1.total", "5.1.2.total", "5.1.2.snitt", "5.1.3.total", "5.1.3.snitt", "5.1.5.belopp", "5.1.5.total"] as const;

export const FAKTORER_3_4 = ["alder", "cni", "glesbygd"] as const;

const d = (unit: Unit): KeySpec => ({ unit, shape: "decimal" });
const b = (unit: Unit): KeySpec => ({ unit, shape: "bands" });

export const HALSOVAL_KEYS = {
  "5.1.total": d("tkr"),
  "5.1.1.total": d("tkr"),
  "5.1.1.pris": d("kr/år"),
  "5.1.1.vikter": b("vikt"),
  "5.1.2.total": d("tkr"),
  "5.1.2.snitt": d("kr/invånare"),
  "5.1.2.vikter": { unit: "vikt", shape: "record", names: CNI_VARIABLER },
  "5.1.3.total": d("tkr"),
  "5.1.3.snitt": d("kr/listad"),
  "5.1.3.andel": d("andel"),
  "5.1.3.minsta_avstand": d("km"),
  "5.1.3.listintervall": b("vikt"),
  "5.1.3.avstandsvikter": b("vikt"),
  "5.1.4.total": d("tkr"),
  "5.1.4.pris": d("kr/år"),
  "5.1.4.vikter": b("vikt"),
  "5.1.5.total": d("tkr"),
  "5.1.5.belopp": d("kr/år"),
  "5.1.5.alder_fran": d("år"),
  "5.1.5.alder_till": d("år"),
  "5.moms": d("andel"),
  "5.admin": d("andel"),
  "5.utbetalningsdag": d("dag"),
  "5.2.1.halsosamtal": d("kr/samtal"),
  "5.2.5.lakarbesok": d("kr/besök"),
  "5.2.5.legitimerad": d("kr/besök"),
  "5.2.5.psykosocial": d("kr/besök"),
  "5.2.5.ovrig_behandling": d("kr/besök"),
  "5.2.5.hembesok": d("kr/besök"),
  "5.2.6.lp4u_avdrag": d("andel"),
  "5.3.1.per_barn": d("kr/barn/år"),
  "5.3.1.alder_till": d("år"),
  "5.3.1.min": d("kr/år"),
  "5.3.1.max": d("kr/år"),
  "5.3.2.sarskilt_boende": d("kr/plats/år"),
  "5.3.2.korttidsplats": d("kr/plats/år"),
  "5.3.3.lakare": d("kr/timme"),
  "5.3.3.ovriga": d("kr/timme"),
  "5.3.5.andel": d("andel"),
  "5.3.5.dubbelt_boende": d("kr/månad"),
  "5.3.5.tak": d("tkr"),
  "5.3.7.andel": d("andel"),
  "5.3.7.tak": d("tkr"),
  "5.3.8.ptp_andel": d("andel"),
  "5.3.8.stp_andel": d("andel"),
  "5.3.8.tak": d("tkr"),
  "5.3.9.gaddede": d("tkr"),
  "5.3.10.folkhalsa": d("tkr"),
} as const satisfies Record<string, KeySpec>;

export const TILLAGG_KEYS = {
  "3.bas_ar": d("år"),
  "3.1.tjanster": d("antal"),
  "3.1.manadslon": d("kr/månad"),
  "3.1.po": d("andel"),
  "3.1.beredskapsfaktor": d("faktor"),
  "3.1.grundbelopp": d("kr"),
  "3.2.antal_anslutna": d("personer"),
  "3.2.justeringsbelopp": d("kr"),
  "3.3.normal_min": d("personer"),
  "3.3.normal_max": d("personer"),
  "3.3.omrakning_ar": d("år"),
  "3.3.lpik": { unit: "faktor", shape: "record" },
  "3.4.faktorvikter": { unit: "andel", shape: "record", names: FAKTORER_3_4 },
} as const satisfies Record<string, KeySpec>;

export const UTVECKLING_KEYS = {
  "4.regionens_andel": d("andel"),
  "4.kommunernas_andel": d("andel"),
} as const satisfies Record<string, KeySpec>;

/** Readings of ambiguous text: each a named switch with its options and a default in the data. */
export interface ReadingSpec {
  options: readonly string[];
  /** true: the value is a list of options (e.g. which components a supplement applies to). */
  list?: boolean;
}

export const HALSOVAL_READINGS = {
  "5.1.1.prislage": { options: ["publicerat", "harlett"] },
  "5.1.3.listintervall": { options: ["marginal", "hela"] },
  "5.1.3.avstand": { options: ["kommun", "vardenhet"] },
  "5.1.3.avstand_avrundning": { options: ["golv", "narmaste"] },
  "5.moms_komponenter": { options: ["5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5"], list: true },
  "5.admin_komponenter": { options: ["5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5"], list: true },
  "5.admin_moms": { options: ["ja", "nej"] },
  "5.manad.lansunderlag": { options: ["manad", "januari"] },
  "5.manad.avrundning": { options: ["ore", "krona"] },
  "5.3.tak_reducering": { options: ["proportionell", "i_ordning"] },
  "5.3.utbetalning": { options: ["tolftedelar", "engang"] },
  /** 5.1 "Om ersättning inte ändras genom beslut i juni …": what a derived year indexes, and how it rounds. */
  "5.1.index_belopp": { options: INDEXERBARA, list: true },
  "5.1.index_avrundning": { options: ["publicerat", "exakt"] },
} as const satisfies Record<string, ReadingSpec>;

export const TILLAGG_READINGS = {
  "3.3.index_fran": { options: ["2025", "2026"] },
  "3.3.standardavvikelse": { options: ["stickprov", "population"] },
  "3.3.granser_avrundning": { options: ["narmaste", "utat"] },
  "3.3.justering_fran": { options: ["narmaste_grans", "medelvarde"] },
  /** "Avstämning av tilläggsbeloppet": which year's amount the count of the previous year revises. */
  "3.3.avstamning_avser": { options: ["foregaende_ar", "innevarande_ar"] },
  "3.4.nyckel": { options: ["resursfordelning"] },
} as const satisfies Record<string, ReadingSpec>;

export const UTVECKLING_READINGS = {
  "4.fordelningsnyckel": { options: ["befolkning", "resursfordelning"] },
} as const satisfies Record<string, ReadingSpec>;

export const CATALOGUE = {
  halsoval: { keys: HALSOVAL_KEYS as Record<string, KeySpec>, readings: HALSOVAL_READINGS as Record<string, ReadingSpec> },
  tillagg: { keys: TILLAGG_KEYS as Record<string, KeySpec>, readings: TILLAGG_READINGS as Record<string, ReadingSpec> },
  utveckling: { keys: UTVECKLING_KEYS as Record<string, KeySpec>, readings: UTVECKLING_READINGS as Record<string, ReadingSpec> },
} as const;

/**
 * Keys added after workbooks were first pinned (2026-11-23). A pinned rule set without one
 * still validates (its hash is over what it stored), and the accessors give it the value
 * that reproduces what the workbook computed then (5.1.3.avstand: each unit's own distance,
 * the behaviour of that time) or, for a rule that did not exist then, the default.
 */
export const ADDED_LATER: { readings: Record<string, string | string[]>; parameters: Record<string, string> } = {
  readings: {
    "5.1.3.avstand": "vardenhet",
    "5.manad.lansunderlag": "manad",
    "5.manad.avrundning": "ore",
    "5.3.tak_reducering": "proportionell",
    "5.3.utbetalning": "tolftedelar",
    "5.1.index_belopp": [...INDEXERBARA],
    "5.1.index_avrundning": "publicerat",
    // Before this switch a workbook revised year Y's own amount by the count of Y−1.
    "3.3.avstamning_avser": "innevarande_ar",
  },
  parameters: { "5.2.6.lp4u_avdrag": "0.05" },
};

/** A reading's value in a set's data, else what a set made before the reading existed meant (ADDED_LATER); undefined if neither. */
export function readingValue(data: Pick<RuleSetData, "readings">, key: string): string | string[] | undefined {
  return data.readings[key]?.value ?? ADDED_LATER.readings[key];
}

export type HalsovalKey = keyof typeof HALSOVAL_KEYS;
export type TillaggKey = keyof typeof TILLAGG_KEYS;
export type UtvecklingKey = keyof typeof UTVECKLING_KEYS;
export type ParamKey = HalsovalKey | TillaggKey | UtvecklingKey;
type AllReadings = typeof HALSOVAL_READINGS & typeof TILLAGG_READINGS & typeof UTVECKLING_READINGS;
export type ReadingKey = keyof AllReadings;
/** The options of one switch, as a type: `reading(rs, K) === "typo"` does not compile. */
export type ReadingOption<K extends ReadingKey> = AllReadings[K]["options"][number];
