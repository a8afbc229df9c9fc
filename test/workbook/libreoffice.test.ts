// A real spreadsheet opens every file: LibreOffice Calc (headless) converts the example
// year's workbook and a municipality file to CSV, and the values equal the engine's (the
// plan's computed values) to the öre; the municipality file is rendered to PDF and PNG in
// test-results/ for a person to look at. Few soffice runs (each converts several files), a
// private profile directory.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { findRuleSet } from "../../src/rules";
import { planWorkbook, YearSetup } from "../../src/workbook/plan";
import { writeXlsx } from "../../src/workbook/xlsx";
import { kommunFiles } from "../../src/workbook/dela";
import { addr, ComputedValue } from "../../src/workbook/layout";
import { exampleData, exampleTillagg } from "../support/example-year";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const SOFFICE = has("soffice");
const PDFTOPPM = has("pdftoppm");
const GS = has("gs");
if (!SOFFICE) console.warn("LibreOffice saknas: testerna hoppas över. Installera: apt-get install -y libreoffice-calc");
const lo = SOFFICE ? test : test.skip;
const skipName = SOFFICE ? "" : " (hoppas över: apt-get install -y libreoffice-calc)";

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
const tb = exampleTillagg();
const setup: YearSetup = { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: 2000000 };
const layouts = planWorkbook(setup, { vardenheter: v.rows, befolkning: b.rows }, "2026-11-23");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "rjh-lo-"));
const results = path.resolve(__dirname, "../../test-results");
const soffice = (args: string[]) => {
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${work}/profil`, "--headless", ...args], { cwd: work, encoding: "utf8", timeout: 120000 });
  if (r.status !== 0) throw new Error(`soffice: ${r.stderr}`);
};
/** Every sheet as its own CSV, raw values (not as shown), UTF-8. */
const CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') q = false; else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Differences between a sheet's CSV and the plan's values (numbers to the öre). */
function compare(name: string, csv: string[][], values: ComputedValue[][]): string[] {
  const diffs: string[] = [];
  values.forEach((row, r) => row.forEach((want, c) => {
    const got = csv[r]?.[c] ?? "";
    if (typeof want === "object") return void (got.startsWith("#") || diffs.push(`${name}!${addr(c, r + 1)}: ${got} ≠ ${want.error}`));
    if (typeof want === "number") {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(got) ? (Date.parse(got) - Date.UTC(1899, 11, 30)) / 86400000 : Number(got);
      if (!(Math.abs(d - want) < 0.005)) diffs.push(`${name}!${addr(c, r + 1)}: ${got} ≠ ${want}`);
    } else if (got !== String(want)) diffs.push(`${name}!${addr(c, r + 1)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }));
  return diffs;
}

let files: { fileName: string; bytes: Uint8Array }[] = [];
beforeAll(async () => {
  if (!SOFFICE) return;
  files = [{ fileName: "arbetsbok-2026.xlsx", bytes: await writeXlsx(layouts) }, ...(await kommunFiles(layouts, setup, ["Berg"], "2026-11-23", true))];
  for (const f of files) fs.writeFileSync(path.join(work, f.fileName), f.bytes);
  soffice(["--convert-to", CSV, "--outdir", path.join(work, "csv"), ...files.map((f) => f.fileName)]);
}, 180000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

lo(`the year's workbook in LibreOffice: every sheet's values equal the engine's to the öre${skipName}`, () => {
  const diffs = layouts.flatMap((l) => {
    const file = path.join(work, "csv", `arbetsbok-2026-${l.name}.csv`);
    return compare(l.name, parseCsv(fs.readFileSync(file, "utf8")), l.values!);
  });
  expect(diffs.slice(0, 10)).toEqual([]);
});

lo(`a municipality file in LibreOffice: header, values, rendered to PDF and PNG${skipName}`, () => {
  const csv = parseCsv(fs.readFileSync(path.join(work, "csv", "EXEMPEL-Berg-2026-Kommun Berg.csv"), "utf8"));
  expect(csv[0][0]).toMatch(/^EXEMPELDATA/);
  expect(csv[1][2]).toBe(`sha256 ${setup.halsoval.hash}`);
  const plan = layouts.find((l) => l.name === "Kommun Berg")!;
  expect(compare("Kommun Berg", csv.slice(7), plan.values!)).toEqual([]);
  fs.mkdirSync(results, { recursive: true });
  soffice(["--convert-to", "pdf", "--outdir", results, path.join(work, files[1].fileName)]);
  const pdf = path.join(results, files[1].fileName.replace(/xlsx$/, "pdf"));
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
}, 180000);

// PNG of the PDF's first page: pdftoppm, or Ghostscript (headless Calc has no PNG export).
const png = SOFFICE && (PDFTOPPM || GS) ? test : test.skip;
png(`the municipality file as PNG in test-results/${SOFFICE ? (PDFTOPPM || GS ? "" : " (hoppas över: apt-get install -y poppler-utils)") : skipName}`, () => {
  const pdf = path.join(results, files[1].fileName.replace(/xlsx$/, "pdf"));
  const out = pdf.replace(/pdf$/, "png");
  fs.rmSync(out, { force: true });
  if (PDFTOPPM) spawnSync("pdftoppm", ["-png", "-r", "80", "-singlefile", pdf, out.replace(/\.png$/, "")]);
  else spawnSync("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r80", "-dFirstPage=1", "-dLastPage=1", `-sOutputFile=${out}`, pdf]);
  expect(fs.readFileSync(out).subarray(1, 4).toString()).toBe("PNG");
});
