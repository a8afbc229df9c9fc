// 5 Ersättning, månadens utbetalning: rounding (the reading 5.manad.avrundning). A unit's month
// total is exactly the sum of its rounded lines — in the engine, on the specification sheet and
// on the payment list — for the example year with 5.2 and 5.3 (a cap exceeded, an amount given
// to a tenth of an öre), in öre and in whole kronor. Over a year of constant counts, the year's
// total is the sum of each part's rounded annual figure (which can differ by a few öre from an
// annual total rounded as a whole; the specification says so).
import { readFileSync } from "fs";
import { join } from "path";
import { findRuleSet, withOverrides, RuleSet } from "../../src/rules";
import { Decimal, dec, sum } from "../../src/engine/money";
import { MANAD_OCH_AR, MANADSDELAR, SUMMA_AV_RADER } from "../../src/engine/halsoval/manad";
import { lanetsErsattning } from "../../src/engine/halsoval/vardenhet";
import { parseText } from "../../src/workbook/indata";
import { parseManadslistning } from "../../src/workbook/manad/listning";
import { parseRorlig, parseTillagg } from "../../src/workbook/manad/poster";
import { Enhetsmanad, KOLUMNER, korning } from "../../src/workbook/manad/korning";
import { specifikation, utbetalningslista } from "../../src/workbook/manad/blad";

const read = (f: string) => parseText(readFileSync(join(__dirname, "../../assets/exempeldata", f), "utf8"));
const hv = findRuleSet("halsoval", 2026);
const listing = parseManadslistning(read("EXEMPEL-manadslistning-2026.csv"), 2026);
const extraRorlig = [["2026-05", "VE02", "patientavgift", "", "1000,005", "exempel: påhittat belopp"]];
const extraTillagg = [["2026-05", "VE07", "at", "", "", "5000000"], ["2026-05", "VE09", "at", "", "", "4000000"]];
const rorlig = parseRorlig([...read("EXEMPEL-rorlig-2026.csv"), ...extraRorlig], 2026);
const tillagg = parseTillagg([...read("EXEMPEL-tillagg-2026.csv"), ...extraTillagg], 2026);
if (!listing.ok || !rorlig.ok || !tillagg.ok) throw new Error("example invalid");
const ore = (x: number) => Math.round(x * 100);

function run(rs: RuleSet): Enhetsmanad[] {
  return korning(2026, () => rs, listing.ok ? listing.manader : [], rorlig.ok ? rorlig.rows : [], tillagg.ok ? tillagg.rows : []);
}

describe.each([
  ["öre", hv, 2],
  ["hela kronor", withOverrides(hv, { readings: { "5.manad.avrundning": "krona" } }), 0],
] as const)("avrundning till %s", (_label, rs, fiveOneDecimals) => {
  const units = run(rs);

  test("every line is rounded and the total is exactly the sum of the lines, every unit and month", () => {
    expect(units.length).toBeGreaterThan(200);
    expect(units.some((u) => u.rader.some((r) => r.reduktion))).toBe(true);
    for (const u of units) {
      for (const r of u.rader) {
        expect(r.belopp.decimalPlaces()).toBeLessThanOrEqual(2);
        if (r.kolumn.startsWith("5.1") || r.kolumn === "admin" || r.kolumn === "moms") expect(r.belopp.decimalPlaces()).toBeLessThanOrEqual(fiveOneDecimals);
      }
      expect(u.summa.equals(sum(u.rader.map((r) => r.belopp)))).toBe(true);
    }
    const ve02 = units.find((u) => u.id === "VE02" && u.manad === 5)!;
    expect(ve02.rader.find((r) => r.text === "Patientavgifter")!.belopp.toFixed(2)).toBe("1000.01");
  });

  test("on the sheets: the specification's lines and the payment list's columns add up to their sum to the öre", () => {
    for (const u of units) {
      const rows = specifikation("Spec", u).rows;
      const first = rows.findIndex((r) => r[0] === "Komponent") + 1;
      const last = rows.findIndex((r) => r[0] === "Summa");
      const lines = rows.slice(first, last).map((r) => ore(r[2] as number));
      expect(lines.reduce((a, b) => a + b, 0)).toBe(ore(rows[last][2] as number));
      expect(rows.slice(last + 1).map((r) => r[0])).toEqual([MANAD_OCH_AR, SUMMA_AV_RADER]);
    }
    const list = utbetalningslista("Utbetalning", units).rows.slice(1);
    for (const row of list) {
      const cols = row.slice(4, 4 + KOLUMNER.length).map((c) => ore(c as number));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(ore(row[row.length - 1] as number));
    }
  });
});

test("constant counts: a unit's year is the sum of its parts' rounded annual figures, within a few öre of the total rounded once", () => {
  const jan = listing.ok ? listing.manader[0].enheter : [];
  const units = korning(2026, () => hv, Array.from({ length: 12 }, (_, i) => ({ manad: i + 1, enheter: jan })));
  const annual = lanetsErsattning(hv, jan);
  let differs = 0;
  for (const a of annual.enheter) {
    const year = sum(units.filter((u) => u.id === a.enhet.id).map((u) => u.summa));
    const parts = { ...a.komponenter, admin: a.admin, moms: a.moms } as Record<string, Decimal>;
    expect(year.equals(sum(MANADSDELAR.map((k) => parts[k].toDecimalPlaces(2, Decimal.ROUND_HALF_UP))))).toBe(true);
    const once = a.summa.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    expect(year.minus(once).abs().lte(dec("0.035"))).toBe(true);
    if (!year.equals(once)) differs++;
  }
  // The öre the specification's sentence speaks of are real: some example units differ.
  expect(differs).toBeGreaterThan(0);
});
