// Issue 8: monthly listings, 5.2/5.3 tables, the payment run and its sheets.
import { readFileSync } from "fs";
import { join } from "path";
import { findRuleSet } from "../../src/rules";
import { parseText } from "../../src/workbook/indata";
import { parseForraAret, parseManadslistning, parseMonth } from "../../src/workbook/manad/listning";
import { parseRorlig, parseTillagg } from "../../src/workbook/manad/poster";
import { RORLIGA_POSTER } from "../../src/engine/halsoval/rorlig";
import { korning, kolumnBelopp } from "../../src/workbook/manad/korning";
import { arsoversikt, specifikation, utbetalningslista, utbetalningslistaCsv } from "../../src/workbook/manad/blad";
import { Decimal, sum } from "../../src/engine/money";

const dir = join(__dirname, "..", "..", "assets", "exempeldata");
const read = (f: string) => parseText(readFileSync(join(dir, f), "utf8"));
const hv = findRuleSet("halsoval", 2026);
const year = read("EXEMPEL-manadslistning-2026.csv");

describe("månadslistning", () => {
  test("the example year parses, with the new establishment and the missing unit noted", () => {
    const r = parseManadslistning(year, 2026);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.manader.map((m) => m.manad)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.notices.some((p) => /VE18.*första gången i månad 4/.test(p.message))).toBe(true);
    expect(r.notices.filter((p) => /VE17.*saknas i månad/.test(p.message))).toHaveLength(3);
  });

  test("months as 1–12 or yyyy-mm; a month outside the year and a unit twice are refused by row", () => {
    expect(parseMonth("5", 2026)).toBe(5);
    expect(parseMonth("2026-05", 2026)).toBe(5);
    expect(parseMonth("2025-05", 2026)).toMatch(/utanför året 2026/);
    expect(parseMonth("13", 2026)).toMatch(/ingen månad/);
    const bad = [year[0], year[1], year[1], ["2025-03", ...year[2].slice(1)], ["x", ...year[3].slice(1)]];
    const r = parseManadslistning(bad, 2026);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { row: 3, column: "Id", message: expect.stringMatching(/VE01" finns två gånger i månad 1 \(även på rad 2\)/) },
      { row: 4, column: "Månad", message: expect.stringMatching(/utanför året/) },
      { row: 5, column: "Månad", message: expect.stringMatching(/ingen månad/) },
    ]);
  });

  test("a bad cell is named with the row of the whole table", () => {
    const rows = year.slice(0, 25).map((r) => [...r]);
    rows[21][8] = "-4"; // row 22, a band column
    const r = parseManadslistning(rows, 2026);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].row).toBe(22);
    expect(parseManadslistning([["id"]], 2026).ok).toBe(false);
  });
});

describe("körning och blad", () => {
  const listing = parseManadslistning(year, 2026);
  if (!listing.ok) throw new Error("example");
  const rorlig = parseRorlig(read("EXEMPEL-rorlig-2026.csv"), 2026);
  const tillagg = parseTillagg(read("EXEMPEL-tillagg-2026.csv"), 2026);
  if (!rorlig.ok || !tillagg.ok) throw new Error("example");

  test("May: lines per unit sum to the total; the on-call commitment's twelfth is shared exactly", () => {
    const units = korning(2026, () => hv, listing.manader, rorlig.rows, tillagg.rows, 5);
    expect(units).toHaveLength(18);
    for (const u of units) expect(sum(u.rader.map((r) => r.belopp)).equals(u.summa)).toBe(true);
    expect(sum(units.map((u) => kolumnBelopp(u, "3.1.6"))).toFixed(2)).toBe("200000.00");
    expect(units[0].datum).toEqual({ year: 2026, month: 5, day: 20 });
    const ve15 = units.find((u) => u.id === "VE15")!;
    expect(kolumnBelopp(ve15, "5.2.6").toFixed(2)).toBe("-6000.00");
    expect(kolumnBelopp(ve15, "5.2").toFixed(2)).toBe("48500.00");
  });

  test("the unit opening in April is paid April–December; the closing unit not after September", () => {
    const units = korning(2026, () => hv, listing.manader);
    expect(units.filter((u) => u.id === "VE18").map((u) => u.manad)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(units.filter((u) => u.id === "VE17").map((u) => u.manad)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const over = arsoversikt("Årsöversikt", "VE18", units, new Decimal(1000));
    expect(over.rows[2][1]).toBe(0);
    expect(over.rows[5][1]).toBeGreaterThan(0);
    expect(over.rows.find((r) => r[0] === "Förändring")![1]).toBeCloseTo(sum(units.filter((u) => u.id === "VE18").map((u) => u.summa)).toNumber() - 1000, 2);
  });

  test("rows for a unit not listed that month are refused with the row", () => {
    expect(() => korning(2026, () => hv, listing.manader, [{ ...rorlig.rows[0], id: "VE99" }])).toThrow(/rörlig rad 2: vårdenhet "VE99" är inte listad i månad 5/);
    expect(() => korning(2026, () => hv, listing.manader, [], [], 13)).toThrow(/ingen rad för månad 13/);
    expect(parseRorlig([["manad", "id", "post", "antal", "belopp", "kalla"], ["5", "VE01", "patientavgift", "", "100", ""]], 2026).ok).toBe(false);
    expect(parseTillagg([["manad", "id", "post", "antal", "antal2", "belopp"], ["5", "VE01", "okand", "", "", ""]], 2026).ok).toBe(false);
  });

  test("5.2 and 5.3 numbers follow the input files' rules: \"1,000\" as a count is refused as ambiguous, never read as 1", () => {
    const r = parseRorlig([["manad", "id", "post", "antal", "belopp", "kalla"], ["5", "VE01", Object.keys(RORLIGA_POSTER)[0], "1,000", "", ""]], 2026);
    expect(r.ok ? [] : r.problems.map((p) => `${p.row}|${p.column}|${p.message}`)).toEqual(['2|Antal|"1,000" är tvetydigt: tusentalsavgränsare eller decimaler? Skriv 1000 eller 1 utan ",".']);
    const t = parseTillagg([["manad", "id", "post", "antal", "antal2", "belopp"], ["5", "VE01", "gaddede", "", "", "2 400 000,50"]], 2026);
    expect(t.ok && t.rows[0].belopp).toBe(2400000.5);
  });

  test("layouts are rectangular and the CSV uses semicolons and decimal comma", () => {
    const units = korning(2026, () => hv, listing.manader, rorlig.rows, tillagg.rows, 5);
    const list = utbetalningslista("Utbetalningslista", units);
    expect(new Set(list.rows.map((r) => r.length)).size).toBe(1);
    const spec = specifikation("Spec", units[0]);
    expect(new Set(spec.rows.map((r) => r.length)).size).toBe(1);
    const csv = utbetalningslistaCsv(units).split("\r\n");
    expect(csv[0].startsWith("id;vardenhet;manad;utbetalningsdag;5.1.1")).toBe(true);
    expect(csv[1]).toMatch(/^VE01;Vårdenhet Berg A \(exempel\);5;2026-05-20;\d+,\d\d;/);
  });
});

test("last year's totals: read by the input files' number rules (a negative total, thousands by spaces only)", () => {
  const ok = parseForraAret([["id", "summa"], ["VE01", "-1 234,50"], ["VE02", "12 345,00"]]);
  expect(ok.ok && [...ok.totals].map(([k, v]) => [k, v.toString()])).toEqual([["VE01", "-1234.5"], ["VE02", "12345"]]);
  // Spaces that do not separate thousands were silently dropped before ("12 34 5" read as 12 345).
  const bad = parseForraAret([["id", "summa"], ["VE01", "12 34 5"]]);
  expect(bad.ok).toBe(false);
});
