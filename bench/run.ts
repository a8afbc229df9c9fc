// npm run bench: speed and size figures, printed for the issue notes. Never run by the
// tests (timings on a shared machine are not assertions). Every county here is
// SYNTHETIC: made-up ages and units of realistic size (132 000 persons), not real data.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { HyperFormula } from "hyperformula";
import { findRuleSet, paramBands, withOverrides } from "../src/rules";
import { bandIndex } from "../src/engine/alder";
import { integerTable, sumOverAges } from "../src/engine/halsoval/aldersvikt";
import type { Vardenhet } from "../src/engine/halsoval/vardenhet";
import { lanetsErsattning } from "../src/engine/halsoval/vardenhet";
import { halsovalListad } from "../src/functions/functions";
import { parseBefolkning, parseText } from "../src/workbook/indata";
import { planWorkbook } from "../src/workbook/plan";
import { pinFromSetup } from "../src/workbook/settings";
import { ExcelRun, fillWorkbook } from "../src/workbook/writer";
import { bench as benchPane } from "./pane";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: class extends Error {}, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
(globalThis as unknown as { Excel: unknown }).Excel = { CalculationType: { full: "Full" } };

const N = 132_000;
const hv = findRuleSet("halsoval", 2026);

/** Deterministic synthetic ages 0–105 (mulberry32), shaped roughly like a Swedish county. */
function syntheticAges(n: number): Int32Array {
  let s = 20261123;
  const rnd = () => {
    s |= 0;
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ages = new Int32Array(n);
  for (let i = 0; i < n; i++) ages[i] = Math.min(105, Math.floor(rnd() * 85 + (rnd() < 0.2 ? rnd() * 20 : 0)));
  return ages;
}

function time<T>(f: () => T, repeat: number): { ms: number; result: T } {
  let result = f(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    result = f();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)], result };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;
const ages = syntheticAges(N);
console.log(`Syntetiskt län: ${N} listade med påhittade åldrar (inte riktiga data).\n`);

// 1. The engine's exact array entry point vs a plain float loop over the same rows.
{
  const bands = paramBands(hv, "5.1.1.vikter");
  const weightOfAge = new Float64Array(121).map((_, a) => Number(bands[bandIndex(bands, a)].value));
  const table = integerTable(hv, "5.1.1.vikter", 2301);
  const exact = time(() => sumOverAges(table, ages), 25);
  const float = time(() => {
    let s = 0;
    for (let i = 0; i < ages.length; i++) s += weightOfAge[ages[i]] * 2301;
    return s;
  }, 25);
  const withTable = time(() => sumOverAges(integerTable(hv, "5.1.1.vikter", 2301), ages), 25);
  console.log("1. Motorn, 5.1.1 för hela länet (median av 25 körningar)");
  console.log(`   exakt (heltal i öre):   ${fmt(exact.ms)}  summa ${exact.result.toFixed(2)} kr`);
  console.log(`   inkl. att bygga tabellen: ${fmt(withTable.ms)}`);
  console.log(`   flyttalsloop:           ${fmt(float.ms)}  summa ${float.result.toFixed(2)} kr (flyttal)`);
  console.log(`   kvot exakt/flyttal:     ${(exact.ms / float.ms).toFixed(2)}× (mål ≤ 5×); med tabellbygge ${(withTable.ms / float.ms).toFixed(2)}×\n`);
}

// 2. HALSOVAL.LISTAD over a 132 000-row range in one call vs native formulas in HyperFormula.
{
  const column = Array.from(ages, (a) => [a]);
  const cf = time(() => halsovalListad(column, 2026), 9);
  const bands = paramBands(hv, "5.1.1.vikter");
  const lookup = bands.map((b) => [b.from, Number(b.value)]);
  const native = time(() => {
    const rows = column.map((r, i) => [r[0], `=VLOOKUP(A${i + 1},$D$1:$E$21,2,1)*2301`, "", i < 21 ? lookup[i][0] : null, i < 21 ? lookup[i][1] : null]);
    const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3", maxRows: N + 10 });
    const v = hf.getCellValue({ sheet: 0, row: 0, col: 1 });
    hf.destroy();
    return v;
  }, 1);
  console.log("2. Anpassad funktion mot inbyggda formler, 132 000 rader");
  console.log(`   =HALSOVAL.LISTAD(A1:A132000) i ett anrop: ${fmt(cf.ms)} (median av 9)`);
  console.log(`   =VLOOKUP(ålder;vikter;2;1)*2301 per rad, byggt och beräknat i HyperFormula: ${fmt(native.ms)}`);
  console.log(`   kvot: den anpassade funktionen är ${(native.ms / cf.ms).toFixed(0)}× snabbare (mål ≥ 10×)`);
  console.log(`   (första cellen: funktionen ${cf.result[0][0]}, formeln ${native.result})\n`);
}

// 3. The fill: syncs and payload at example size and at county size.
class Counter {
  syncs = 0;
  run: ExcelRun = async (batch) => {
    const sheet = () => ({
      getRange: () => ({ format: { font: {}, fill: {}, autofitColumns: () => undefined }, clear: () => undefined }),
      tables: { add: () => ({}) },
      protection: { protect: () => undefined, unprotect: () => undefined },
      freezePanes: { freezeRows: () => undefined },
    });
    const ctx = {
      workbook: {
        worksheets: { load: () => undefined, items: [], add: sheet },
        tables: { load: () => undefined, items: [] },
        settings: { getItemOrNullObject: () => ({ isNullObject: true, load: () => undefined }), add: () => undefined },
        application: { calculate: () => undefined },
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      sync: async () => {
        this.syncs++;
      },
    };
    return await batch(ctx as never);
  };
}

function countyUnits(n: number): Vardenhet[] {
  const kommuner = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"];
  const counts = Array.from({ length: n }, () => Array<number>(21).fill(0));
  const working = Array<number>(n).fill(0);
  ages.forEach((a, i) => {
    counts[i % n][Math.min(20, Math.floor(a / 5))]++;
    if (a >= 16 && a <= 67) working[i % n]++;
  });
  return counts.map((listade, i) => ({
    id: `S${i + 1}`, namn: `Syntetisk enhet ${i + 1}`, kommun: kommuner[i % 8], privat: i % 4 === 0,
    listade, listade16till67: working[i], cni: "1", avstandKm: (i * 13) % 200,
  }));
}

async function fillFigures(label: string, units: Vardenhet[]) {
  const befolkning = parseBefolkning(parseText(fs.readFileSync(path.join(__dirname, "../assets/exempeldata/EXEMPEL-befolkning.csv"), "utf8")));
  if (!befolkning.ok) throw new Error("example population invalid");
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.03" } } });
  const setup = { year: 2026, halsoval: hv, tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 150, utvecklingBelopp: 1000000 };
  const t0 = process.hrtime.bigint();
  const layouts = planWorkbook(setup, { vardenheter: units, befolkning: befolkning.rows }, "2026-11-23");
  const c = new Counter();
  // A first fill: the rule sets change, so the writer also recalculates the whole workbook.
  const res = await fillWorkbook(c.run, layouts, pinFromSetup(setup, "2026-11-23"), new Set(), undefined, true);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = res.status === "done" ? res.payloadBytes : 0;
  const engine = time(() => lanetsErsattning(hv, units), 3);
  console.log(`   ${label}: ${units.length} enheter, ${units.reduce((s, u) => s + u.listade.reduce((a, b) => a + b, 0), 0)} listade → ${layouts.length} blad, ${c.syncs} context.sync() (läs, skriv, räkna om), största begäran ≈ ${(bytes / 1024).toFixed(0)} KB (gräns 5 MB); planering + skrivning ${fmt(ms)}; motorn för hela länet ${fmt(engine.ms)}`);
}

async function main() {
  console.log("3. Fyll arbetsboken (räknat på det som skickas i den enda skrivande synkroniseringen)");
  const exempel = parseText(fs.readFileSync(path.join(__dirname, "../assets/exempeldata/EXEMPEL-vardenheter.csv"), "utf8"));
  const { parseVardenheter } = await import("../src/workbook/indata");
  const v = parseVardenheter(exempel);
  if (v.ok) await fillFigures("exempelstorlek", v.rows);
  await fillFigures("länsstorlek (syntetisk)", countyUnits(30));

  console.log("\n4. Paketstorlekar (gzip -9), ur dist/ efter npm run build");
  const dist = path.join(__dirname, "../dist");
  for (const [file, target] of [["taskpane.js", 400], ["functions.js", 150]] as const) {
    const p = path.join(dist, file);
    if (!fs.existsSync(p)) {
      console.log(`   ${file}: saknas (kör npm run build först)`);
      continue;
    }
    const gz = zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length;
    console.log(`   ${file}: ${(gz / 1024).toFixed(1)} KB (mål ≤ ${target} KB)`);
  }
  const lazy = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => /^\d+\.js$/.test(f)) : [];
  for (const f of lazy) console.log(`   ${f} (SheetJS, laddas först när en xlsx-fil väljs): ${(zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length / 1024).toFixed(1)} KB`);
}

void main().then(() => benchPane());
