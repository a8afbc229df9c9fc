// `rjh arbetsbok`: exit 0 and the files on the example data; on a broken file exit 1, a
// Swedish message naming file, row and column, and nothing written. Also the real bin
// (bin/rjh.js through tsx) lists its commands in Swedish.
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/index";
import { tempDir } from "../support/tmp";
import { writeForra } from "../support/forra";

function capture() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: { line: (t: string) => lines.push(t), error: (t: string) => errors.push(t) } };
}
const tmp = () => tempDir("rjh-cli-");

test("--exempel writes the year's workbook and the eight municipality files, a line per file", async () => {
  const dir = path.join(tmp(), "ut");
  const c = capture();
  expect(await main(["arbetsbok", "--exempel", "--ut", dir], c.out)).toBe(0);
  const names = fs.readdirSync(dir).sort();
  expect(names).toHaveLength(9);
  expect(names).toContain("EXEMPEL-arbetsbok-2026.xlsx");
  expect(names).toContain("EXEMPEL-Ostersund-2026.xlsx");
  expect(c.lines.filter((l) => l.includes("skrev "))).toHaveLength(9);
  expect(c.lines[0]).toMatch(/^EXEMPELDATA/);
  // Last year's rule sets exist for 2025: the reconciliation of 2025 and the change 2025–2026 are in the workbook.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "EXEMPEL-arbetsbok-2026.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Avstämning 2025", "Förändring 2025–2026"]));
  const ws = wb.getWorksheet("Förändring 2025–2026")!;
  const parts = ws.getCell("M7").value as { formula: string; result: number };
  const change = ws.getCell("O7").value as { formula: string; result: number };
  expect(parts.formula).toBe("SUM(C7:L7)");
  expect(change.result).not.toBe(0);
  expect(parts.result).toBeCloseTo(change.result, 2);
});

test("a broken file: exit 1, file, row and column named, nothing written", async () => {
  const base = tmp();
  const src = path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-vardenheter.csv");
  const lines = fs.readFileSync(src, "utf8").split("\n");
  const cells = lines[2].split(lines[2].includes(";") ? ";" : ",");
  cells[6] = "många";
  lines[2] = cells.join(lines[2].includes(";") ? ";" : ",");
  const broken = path.join(base, "vardenheter.csv");
  fs.writeFileSync(broken, lines.join("\n"));
  const dir = path.join(base, "ut");
  const c = capture();
  const code = await main(["arbetsbok", "--ar", "2026", "--vardenheter", broken, "--befolkning", path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-befolkning.csv"), "--lpik", "2025=3,1", "--lpik", "2026=2,7", "--ut", dir], c.out);
  expect(code).toBe(1);
  expect(c.errors.join("\n")).toMatch(/vardenheter\.csv: rad 3, kolumn /);
  expect(fs.existsSync(dir)).toBe(false);
});

test("missing LPIK: the task pane's message, exit 1", async () => {
  const c = capture();
  const dir = path.join(tmp(), "ut");
  const ex = path.resolve(__dirname, "../../assets/exempeldata");
  expect(await main(["arbetsbok", "--ar", "2026", "--vardenheter", `${ex}/EXEMPEL-vardenheter.csv`, "--befolkning", `${ex}/EXEMPEL-befolkning.csv`, "--ut", dir], c.out)).toBe(1);
  expect(c.errors.join("\n")).toContain("Ange LPIK för 2025");
  expect(fs.existsSync(dir)).toBe(false);
});

test("the bin: rjh --help lists the commands in Swedish; an unknown command exits 1", () => {
  const bin = path.resolve(__dirname, "../../bin/rjh.js");
  const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("Kommandon:");
  expect(help.stdout).toContain("arbetsbok");
  expect(help.stdout).toContain("utbetalning");
  const sub = spawnSync(process.execPath, [bin, "utbetalning", "--help"], { encoding: "utf8" });
  expect(sub.status).toBe(0);
  expect(sub.stdout).toContain("--listning");
  const bad = spawnSync(process.execPath, [bin, "okänt"], { encoding: "utf8" });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain("Okänt kommando");
}, 60000);

describe("last year's data (--forra-vardenheter, --forra-befolkning)", () => {
  const ex = path.resolve(__dirname, "../../assets/exempeldata");
  const base = ["arbetsbok", "--ar", "2026", "--vardenheter", `${ex}/EXEMPEL-vardenheter.csv`, "--befolkning", `${ex}/EXEMPEL-befolkning.csv`, "--lpik", "2025=3,1", "--lpik", "2026=2,7"];

  test("both: the workbook is written and the Förändring sheet's data columns carry the data's change", async () => {
    const dir = tmp();
    const f = writeForra(dir);
    const ut = path.join(dir, "ut");
    const c = capture();
    expect(await main([...base, "--forra-vardenheter", f.vardenheter, "--forra-befolkning", f.befolkning, "--ut", ut], c.out)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ut, "arbetsbok-2026.xlsx"));
    const ws = wb.getWorksheet("Förändring 2025–2026")!;
    expect(String(ws.getCell("A2").value)).toContain("Förra årets data: den givna datamängden för 2025");
    const num = (a: string) => {
      const v = ws.getCell(a).value;
      expect(typeof v).toBe("number");
      return v as number;
    };
    // Row 7 is Berg: columns H (Antal listade), I (Ålderssammansättning), J (CNI) are data steps.
    expect(ws.getCell("A7").value).toBe("Berg");
    expect(num("H7")).not.toBe(0);
    expect(num("J7")).not.toBe(0);
    const parts = ws.getCell("M7").value as { result: number };
    const change = ws.getCell("O7").value as { result: number };
    expect(parts.result).toBeCloseTo(change.result, 2);
  });

  test("only one of them: exit 1, a Swedish message, nothing written", async () => {
    const dir = tmp();
    const f = writeForra(dir);
    const ut = path.join(dir, "ut");
    const c = capture();
    expect(await main([...base, "--forra-vardenheter", f.vardenheter, "--ut", ut], c.out)).toBe(1);
    expect(c.errors.join("\n")).toContain("ange både --forra-vardenheter <fil> och --forra-befolkning <fil>");
    expect(fs.existsSync(ut)).toBe(false);
  });

  test("a broken last-year file: exit 1, file, row and column named, nothing written", async () => {
    const dir = tmp();
    const f = writeForra(dir);
    const lines = fs.readFileSync(f.befolkning, "utf8").split("\n");
    lines[3] = lines[3].replace(/;(\d+);/, ";tre;");
    fs.writeFileSync(f.befolkning, lines.join("\n"));
    const ut = path.join(dir, "ut");
    const c = capture();
    expect(await main([...base, "--forra-vardenheter", f.vardenheter, "--forra-befolkning", f.befolkning, "--ut", ut], c.out)).toBe(1);
    expect(c.errors.join("\n")).toMatch(/forra-befolkning\.csv: rad 4, kolumn /);
    expect(fs.existsSync(ut)).toBe(false);
  });
});
