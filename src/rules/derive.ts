// 5.1 Ersättning för listade invånare — a year without a June decision. "Förändring i
// ersättningsbeloppet ska beslutas senast i juni året före det år ersättningen avser. Om
// ersättning inte ändras genom beslut i juni räknas årets ersättning, exklusive läkemedel,
// upp med landstingsprisindex (LPI-K)." Which amounts are indexed and how they are rounded
// are readings (5.1.index_belopp, 5.1.index_avrundning) of the year derived from.
import { readingValue } from "./catalogue";
import { Decimal, roundKr } from "../engine/money";
import { copyRuleSet, RuleSet } from "./ruleset";
import type { RuleSetData } from "./schema";

const TOTALS = ["5.1.1.total", "5.1.2.total", "5.1.3.total", "5.1.4.total", "5.1.5.total"];

/** "härlett: 2026 uppräknat med LPIK 2027; inget junibeslut". */
export function derivedNote(from: number, year: number): string {
  return `härlett: ${from} uppräknat med LPIK ${year}; inget junibeslut`;
}

/** The Hälsoval rule set of `year` from the one of `year − 1` and the LPIK factor of `year` ("1.03" = +3,0 %). */
export function deriveHalsoval(base: RuleSet, year: number, lpik: string, lpikSource?: RuleSetData["documents"][string]): RuleSet {
  const from = year - 1;
  const indexed = [readingValue(base.data, "5.1.index_belopp") ?? []].flat();
  const rounding = String(readingValue(base.data, "5.1.index_avrundning"));
  const data: RuleSetData = JSON.parse(JSON.stringify(base.data));
  for (const key of indexed) {
    const p = data.parameters[key];
    if (!p || typeof p.value !== "string") continue;
    let v = new Decimal(p.value).times(lpik);
    // As published: whole kronor for per-person amounts, whole tkr for totals (both: integers).
    if (rounding === "publicerat") v = roundKr(v);
    p.value = v.toString();
    p.since = `${year}-01-01`;
    p.description = `${p.description.replace(/ \(\d{4} uppräknat med LPIK \d{4}\)$/, "")} (${from} uppräknat med LPIK ${year})`;
  }
  // 5.1 is the sum of 5.1.1–5.1.5, as the tender publishes it.
  const total = data.parameters["5.1.total"];
  if (total && TOTALS.some((k) => indexed.includes(k)))
  {
    total.value = TOTALS.reduce((s, k) => s.plus(String(data.parameters[k]?.value ?? "0")), new Decimal(0)).toString();
    total.since = `${year}-01-01`;
  }
  const note = derivedNote(from, year);
  const plain = data.title.replace(/ \(härlett:.*\)$/, "").replace(/ \d{4}$/, "");
  data.id = `halsoval-${year}`;
  data.years = [year];
  data.title = `${plain} ${year} (${note})`;
  data.effective = `${year}-01-01`;
  data.documents.lpik ??= lpikSource ?? { title: "Sveriges Kommuner och Regioner (SKR): Landstingsprisindex exklusive läkemedel (LPIK). Värdet matas in av användaren." };
  data.derived = { from: base.id, fromHash: base.hash, lpikYear: year, lpik, indexed, rounding, note };
  return copyRuleSet(data, `${data.id} (${note})`);
}
