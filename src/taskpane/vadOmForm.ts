// What if (issue 11, item 5): the what-if panel's choices and the change they make, as the
// engine's Andring (engine/forklaring/vadom.ts). Pure: which LPIK years, weight tables and
// readings can be changed, and the user's text read in Swedish form ("3,1" %, "1,25").
import { bandLabel } from "../rules/flatten";
import { paramBands, type ParamKey, type RuleSet } from "../rules";
import type { Andring } from "../engine/forklaring/vadom";
import { percentToFactor, wholeOrNull } from "./setup";

export type Slag = "lpik" | "anslutna" | "vikt" | "tolkning";

export interface VadOmForm {
  slag: Slag;
  lpikAr: string;
  /** Percent, as in step 1 ("3,1"). */
  lpik: string;
  anslutna: string;
  viktTabell: string;
  /** The band's number in the table, from 0. */
  viktBand: string;
  vikt: string;
  tolkning: string;
  tolkningVarde: string;
}

export interface Regelverken {
  halsoval: RuleSet;
  tillagg: RuleSet;
  utveckling: RuleSet;
}

/** The weight tables by bands that the county's figures use (Hälsoval 5.1.1, 5.1.3, 5.1.4). */
export const VIKTTABELLER: { key: ParamKey; text: string }[] = [
  { key: "5.1.1.vikter", text: "Åldersvikter 5.1.1" },
  { key: "5.1.3.listintervall", text: "Glesbygd: vikt per invånarintervall 5.1.3" },
  { key: "5.1.3.avstandsvikter", text: "Glesbygd: vikt per avstånd 5.1.3" },
  { key: "5.1.4.vikter", text: "Läkemedelsvikter 5.1.4" },
];

export function band(rs: RuleSet, key: string): { value: string; label: string; vikt: string }[] {
  return paramBands(rs, key as ParamKey).map((b, i) => ({ value: String(i), label: bandLabel(b), vikt: b.value }));
}

/** Readings with one option that can be flipped and that the year's figures depend on (not the month's payment). */
export function tolkningar(r: Regelverken): { key: string; description: string; value: string; options: Record<string, string> }[] {
  return [r.halsoval, r.tillagg, r.utveckling].flatMap((rs) =>
    Object.entries(rs.data.readings)
      .filter(([k, x]) => typeof x.value === "string" && x.options && Object.keys(x.options).length > 1 && !k.startsWith("5.manad.") && !k.startsWith("5.3."))
      .map(([key, x]) => ({ key, description: x.description, value: x.value as string, options: x.options! })),
  );
}

/** The LPIK years the tilläggsbelopp rule set holds a factor for. */
export function lpikAr(tb: RuleSet): string[] {
  return Object.keys((tb.data.parameters["3.3.lpik"]?.value ?? {}) as Record<string, string>).sort();
}

export function startForm(r: Regelverken, year: number): VadOmForm {
  const years = lpikAr(r.tillagg);
  const t = tolkningar(r)[0];
  return {
    slag: "lpik",
    lpikAr: years.includes(String(year)) ? String(year) : years[years.length - 1] ?? String(year),
    lpik: "",
    anslutna: "",
    viktTabell: VIKTTABELLER[0].key,
    viktBand: "0",
    vikt: "",
    tolkning: t?.key ?? "",
    tolkningVarde: t ? Object.keys(t.options).find((o) => o !== t.value) ?? t.value : "",
  };
}

export type Tolkad = { andring: Andring } | { fel: string } | null;

/** The change the form describes; null while nothing is entered; a Swedish problem for a bad entry. */
export function andringFran(f: VadOmForm): Tolkad {
  switch (f.slag) {
    case "lpik": {
      if (f.lpik.trim() === "") return null;
      const factor = percentToFactor(f.lpik);
      return factor ? { andring: { lpik: { [f.lpikAr]: factor } } } : { fel: `LPIK ${f.lpikAr}: skriv en procentsats, t.ex. 3,1.` };
    }
    case "anslutna": {
      const n = wholeOrNull(f.anslutna);
      if (n === null) return null;
      return n === "bad" ? { fel: "Anslutna: skriv ett helt antal personer, t.ex. 150." } : { andring: { anslutna: n } };
    }
    case "vikt": {
      const s = f.vikt.replace(/[\s\u00a0]/g, "").replace(",", ".");
      if (s === "") return null;
      return /^\d+(\.\d+)?$/.test(s) ? { andring: { vikt: { nyckel: f.viktTabell as ParamKey, band: Number(f.viktBand), varde: s } } } : { fel: "Vikt: skriv ett tal, t.ex. 1,25." };
    }
    case "tolkning":
      return f.tolkning ? { andring: { tolkning: { nyckel: f.tolkning, varde: f.tolkningVarde } } } : null;
  }
}
