// Benchmark: the county-size year's workbook written to .xlsx (plan with the engine's
// values, then ExcelJS), and the eight values-only municipality files: time and sizes.
// The county is SYNTHETIC: 30 made-up units, 132 000 listed, not real data.
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, withOverrides } from "../src/rules";
import type { Vardenhet } from "../src/engine/halsoval/vardenhet";
import { parseBefolkning, parseText, KOMMUNER } from "../src/workbook/indata";
import { planWorkbook } from "../src/workbook/plan";
import { writeXlsx } from "../src/workbook/xlsx";
import { kommunFiles } from "../src/workbook/dela";

/** 30 synthetic units, 132 000 listed in all, spread over the 21 bands deterministically. */
function syntheticUnits(n = 30, total = 132_000): Vardenhet[] {
  const per = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => {
    const shares = Array.from({ length: 21 }, (_, b) => (b < 17 ? 10 + ((i * 7 + b * 3) % 5) : 21 - b));
    const sum = shares.reduce((a, x) => a + x, 0);
    const listade = shares.map((x) => Math.floor((x * per) / sum));
    listade[8] += per - listade.reduce((a, x) => a + x, 0) + (i === n - 1 ? total - per * n : 0);
    return { id: `S${i + 1}`, namn: `Syntetisk enhet ${i + 1}`, kommun: KOMMUNER[i % 8], privat: i % 4 === 0, listade, listade16till67: Math.round(listade.reduce((a, x) => a + x, 0) * 0.6), cni: "1", avstandKm: (i * 13) % 200 };
  });
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const fmt = (x: number) => `${Math.round(x)} ms`;

export async function bench(): Promise<void> {
  console.log("\n5. xlsx-filer (ExcelJS): årets arbetsbok och kommunfilerna, länsstorlek (syntetisk)");
  const bef = parseBefolkning(parseText(fs.readFileSync(path.join(__dirname, "../assets/exempeldata/EXEMPEL-befolkning.csv"), "utf8")));
  if (!bef.ok) throw new Error("example population invalid");
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.03" } } });
  const setup = { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 150, utvecklingBelopp: 1000000 };
  const units = syntheticUnits();
  await writeXlsx(planWorkbook(setup, { vardenheter: units, befolkning: bef.rows }, "2026-11-23")); // warm-up (module loading)
  let t0 = process.hrtime.bigint();
  const layouts = planWorkbook(setup, { vardenheter: units, befolkning: bef.rows }, "2026-11-23");
  const planMs = ms(t0);
  const book = await writeXlsx(layouts);
  const bookMs = ms(t0);
  t0 = process.hrtime.bigint();
  const files = await kommunFiles(layouts, setup, bef.rows.map((k) => k.kommun), "2026-11-23", false);
  const filesMs = ms(t0);
  const listed = units.reduce((s, u) => s + u.listade.reduce((a, b) => a + b, 0), 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`   arbetsboken: ${units.length} enheter, ${listed} listade, ${layouts.length} blad → ${kb(book.length)} på ${fmt(bookMs)} (varav planering med motorns värden ${fmt(planMs)}; mål ≤ 2 s)`);
  console.log(`   ${files.length} kommunfiler på ${fmt(filesMs)} (mål ≤ 1 s): ${files.map((f) => `${f.fileName} ${kb(f.bytes.length)}`).join(", ")}; största ${kb(Math.max(...files.map((f) => f.bytes.length)))} (mål < 100 KB)`);
}
