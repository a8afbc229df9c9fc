// Issue 8: `rjh utbetalning`, the command function called directly.
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { utbetalning, UTBETALNING_HJALP } from "../../src/cli/utbetalning";
import { tempDir } from "../support/tmp";

const ex = join(__dirname, "..", "..", "assets", "exempeldata");
const sink = () => { let s = ""; return { write: (x: string) => void (s += x), text: () => s }; };

test("writes May's payment list and one specification per unit", async () => {
  const ut = tempDir();
  const out = sink(), err = sink();
  const code = await utbetalning(["--ar", "2026", "--manad", "5", "--listning", join(ex, "EXEMPEL-manadslistning-2026.csv"), "--rorlig", join(ex, "EXEMPEL-rorlig-2026.csv"), "--tillagg", join(ex, "EXEMPEL-tillagg-2026.csv"), "--ut", ut], { out, err });
  expect(err.text()).toBe("");
  expect(code).toBe(0);
  const files = readdirSync(ut).sort();
  expect(files).toContain("utbetalningslista-2026-05.csv");
  expect(files.filter((f) => f.startsWith("specifikation-"))).toHaveLength(18);
  const list = readFileSync(join(ut, "utbetalningslista-2026-05.csv"), "utf8").trim().split("\r\n");
  expect(list).toHaveLength(19);
  const spec = readFileSync(join(ut, "specifikation-VE01-2026-05.csv"), "utf8").trim().split("\r\n");
  expect(spec.at(-1)).toMatch(/^summa;;\d+,\d\d;$/);
  expect(spec.slice(6).every((l) => /;-?\d+,\d\d;[\d.]*$/.test(l))).toBe(true);
  expect(out.text()).toMatch(/nyetablering/);
});

test("all months when --manad is left out; xlsx through the writer given", async () => {
  const ut = tempDir();
  const written: string[] = [];
  const code = await utbetalning(["--ar", "2026", "--listning", join(ex, "EXEMPEL-manadslistning-2026.csv"), "--ut", ut], { out: sink(), err: sink(), xlsx: async (f, sheets) => void written.push(`${f}:${sheets.length}`) });
  expect(code).toBe(0);
  expect(readFileSync(join(ut, "utbetalningslista-2026.csv"), "utf8").trim().split("\r\n")).toHaveLength(1 + 12 * 17 + 9 - 3);
  const over = readFileSync(join(ut, "arsoversikt-VE18-2026.csv"), "utf8").split("\r\n");
  expect(over[2]).toBe("januari;0,00");
  expect(over[5]).toMatch(/^april;\d+,\d\d$/);
  // Last year's list gives the change from last year in the overview.
  const last = join(tempDir(), "forra.csv");
  writeFileSync(last, "id;vardenhet;summa\r\nVE01;x;1000,50\r\nVE01;x;999,50\r\n");
  const ut2 = tempDir();
  expect(await utbetalning(["--ar", "2026", "--listning", join(ex, "EXEMPEL-manadslistning-2026.csv"), "--forra", last, "--ut", ut2], { out: sink(), err: sink() })).toBe(0);
  const o1 = readFileSync(join(ut2, "arsoversikt-VE01-2026.csv"), "utf8").split("\r\n");
  expect(o1[15]).toBe("Förra året;2000,00");
  expect(o1[16]).toMatch(/^Förändring;\d+,\d\d$/);
  writeFileSync(last, "id;summa\r\nVE01;tusen\r\n");
  const e4 = sink();
  expect(await utbetalning(["--ar", "2026", "--listning", join(ex, "EXEMPEL-manadslistning-2026.csv"), "--forra", last, "--ut", tempDir()], { out: sink(), err: e4 })).toBe(1);
  expect(e4.text()).toBe(`${last}, rad 2, kolumn summa: "tusen" är inte ett belopp.\n`);
  expect(written[0]).toMatch(/utbetalningslista-2026\.xlsx:201$/);
});

test("an xlsx listing reads as the CSV does", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Listning");
  const lines = readFileSync(join(ex, "EXEMPEL-manadslistning-2026.csv"), "utf8").trim().split("\r\n");
  for (const l of lines) ws.addRow(l.split(";"));
  const dir = tempDir();
  const file = join(dir, "listning.xlsx");
  await wb.xlsx.writeFile(file);
  const a = join(dir, "a"), b = join(dir, "b");
  expect(await utbetalning(["--ar", "2026", "--manad", "5", "--listning", file, "--ut", a], { out: sink(), err: sink() })).toBe(0);
  expect(await utbetalning(["--ar", "2026", "--manad", "5", "--listning", join(ex, "EXEMPEL-manadslistning-2026.csv"), "--ut", b], { out: sink(), err: sink() })).toBe(0);
  expect(readFileSync(join(a, "utbetalningslista-2026-05.csv"), "utf8")).toBe(readFileSync(join(b, "utbetalningslista-2026-05.csv"), "utf8"));
});

test("bad input: Swedish message naming file, row and column, exit 1, nothing written", async () => {
  const ut = tempDir();
  const bad = join(tempDir(), "bad.csv");
  const rows = readFileSync(join(ex, "EXEMPEL-manadslistning-2026.csv"), "utf8").split("\r\n");
  rows[3] = rows[3].replace(/^2026-01/, "2025-01");
  writeFileSync(bad, rows.join("\r\n"));
  const err = sink();
  expect(await utbetalning(["--ar", "2026", "--manad", "5", "--listning", bad, "--ut", ut], { out: sink(), err })).toBe(1);
  expect(err.text()).toContain(`${bad}, rad 4, kolumn Månad: Månaden 2025-01 ligger utanför året 2026.`);
  expect(readdirSync(ut)).toEqual([]);
  const e2 = sink();
  expect(await utbetalning(["--ar", "2026", "--ut", ut], { out: sink(), err: e2 })).toBe(1);
  expect(e2.text()).toMatch(/Saknas: --listning/);
  expect(await utbetalning(["--ar", "2026", "--manad", "13", "--listning", bad, "--ut", ut], { out: sink(), err: sink() })).toBe(1);
  const tl = join(tempDir(), "tl.csv");
  writeFileSync(tl, "manad;id;post;antal;antal2;belopp\r\n2026-05;VE99;st;;;500000\r\n");
  const e3 = sink();
  expect(await utbetalning(["--ar", "2026", "--manad", "5", "--listning", join(ex, "EXEMPEL-manadslistning-2026.csv"), "--tillagg", tl, "--ut", ut], { out: sink(), err: e3 })).toBe(1);
  expect(e3.text()).toBe(`${tl}, rad 2: vårdenhet "VE99" är inte listad i månad 5.\n`);
  expect(readdirSync(ut)).toEqual([]);
  expect(await utbetalning(["--bogus"], { out: sink(), err: sink() })).toBe(1);
  const help = sink();
  expect(await utbetalning(["--help"], { out: help, err: sink() })).toBe(0);
  expect(help.text()).toBe(UTBETALNING_HJALP);
});
