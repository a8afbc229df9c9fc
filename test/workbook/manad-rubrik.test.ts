// The month tables find their header as the year's tables do (tablehead.ts): below title
// rows, with blank rows skipped and row numbers as the user sees them; a missing column says
// what was found and what is missing; the other table in the wrong slot gets a hint.
import { readFileSync } from "fs";
import { join } from "path";
import { parseText } from "../../src/workbook/indata";
import { parseForraAret, parseManadslistning } from "../../src/workbook/manad/listning";
import { parseRorlig, parseTillagg } from "../../src/workbook/manad/poster";

const dir = join(__dirname, "..", "..", "assets", "exempeldata");
const read = (f: string) => parseText(readFileSync(join(dir, f), "utf8"));
const titled = (rows: string[][]) => [["Utdrag ur listningssystemet"], ["Region Jämtland Härjedalen, 2026"], [], ...rows];

test("monthly listing below two title rows: the same months and units, errors on the file's own rows", () => {
  const plain = parseManadslistning(read("EXEMPEL-manadslistning-2026.csv"), 2026);
  const withTitles = parseManadslistning(titled(read("EXEMPEL-manadslistning-2026.csv")), 2026);
  if (!plain.ok || !withTitles.ok) throw new Error("the example should read");
  expect(withTitles.manader).toEqual(plain.manader);
  const bad = titled(read("EXEMPEL-manadslistning-2026.csv"));
  bad[5] = [...bad[5]];
  bad[5][0] = "2026-13";
  const r = parseManadslistning(bad, 2026);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems[0]).toMatchObject({ row: 6, column: "Månad" });
});

test("a year's listing (no month column): a hint to add it; a table lacking columns: what was found and what is missing, once", () => {
  const rows = read("EXEMPEL-manadslistning-2026.csv").map((r) => r.slice(1));
  const r = parseManadslistning(rows, 2026);
  expect(!r.ok && r.problems.map((p) => p.message)).toEqual(["Det här ser ut som den andra tabellen. Det är en listning utan kolumnen manad: lägg till den (t.ex. 2026-05 eller 5) på varje rad."]);
  const noCni = read("EXEMPEL-manadslistning-2026.csv").map((x) => x.filter((_, j) => j !== 5));
  const m = parseManadslistning(noCni, 2026);
  expect(!m.ok && m.problems).toEqual([expect.objectContaining({ row: 1, column: "CNI", message: expect.stringMatching(/^Hittade på rad 1: Månad, .*Saknas: CNI\.$/) })]);
});

test("5.2 and 5.3 below a title row and with a blank row: read, numbered as the file", () => {
  const rorlig = parseRorlig([["Rörlig ersättning maj"], ...read("EXEMPEL-rorlig-2026.csv").slice(0, 3), [""], ["2026-05", "VE02", "Lakarbesok", "3", "", ""]], 2026);
  expect(rorlig.ok && rorlig.rows.map((x) => [x.row, x.id, x.post])).toEqual([[3, "VE01", "halsosamtal"], [4, "VE01", "lakarbesok"], [6, "VE02", "lakarbesok"]]);
  const tillagg = parseTillagg([["Tilläggsersättning"], ...read("EXEMPEL-tillagg-2026.csv").slice(0, 3)], 2026);
  expect(tillagg.ok && tillagg.rows.map((x) => x.row)).toEqual([3, 4]);
});

test("the 5.3 table put where 5.2 belongs, and the other way round: a hint, not every column", () => {
  const r = parseRorlig(read("EXEMPEL-tillagg-2026.csv"), 2026);
  expect(!r.ok && r.problems.map((p) => p.message)).toEqual(["Det här ser ut som den andra tabellen. Tabellen med antal2 är tilläggsersättningen (5.3): den hör hemma i fältet för tilläggsersättning."]);
  const t = parseTillagg(read("EXEMPEL-rorlig-2026.csv"), 2026);
  expect(!t.ok && t.problems[0].message).toMatch(/den rörliga ersättningen \(5\.2\)/);
});

test("last year's payment list below a title row; a doubled column is refused", () => {
  const ok = parseForraAret([["Utbetalningslista 2025"], ["id", "vardenhet", "summa"], ["VE01", "A", "1 000,50"]]);
  expect(ok.ok && ok.totals.get("VE01")?.toString()).toBe("1000.5");
  const twice = parseForraAret([["id", "summa", "summa"], ["VE01", "1", "2"]]);
  expect(!twice.ok && twice.problems[0].message).toMatch(/Kolumnen finns 2 gånger/);
});
