// The yearly fill (planWorkbook + fillWorkbook) at example size, at 30 and at 3 000
// synthetic units: how many context.sync() calls it makes and the size of each write
// request as the writer estimates it (workbook/batches.ts, calibrated against office.js),
// beside Excel on the web's 5 MB limit per request. Excel is a recording stand-in here.
import "./globals";
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, withOverrides } from "../src/rules";
import type { Vardenhet } from "../src/engine/halsoval/vardenhet";
import { REQUEST_LIMIT } from "../src/workbook/batches";
import { parseBefolkning, parseText, parseVardenheter } from "../src/workbook/indata";
import { planWorkbook } from "../src/workbook/plan";
import { pinFromSetup } from "../src/workbook/settings";
import { ExcelRun, fillWorkbook } from "../src/workbook/writer";
import { meets, ms, sv } from "./measure";
import { syntheticUnits } from "./synthetic";

/** An Excel stand-in that accepts every call and counts the syncs. */
export function recorder(): { run: ExcelRun; syncs: () => number } {
  let syncs = 0;
  const any: unknown = new Proxy(() => undefined, {
    get: (_t, key) => (key === "then" ? undefined : key === "items" ? [] : key === "isNullObject" ? true : any),
    set: () => true,
    apply: () => any,
  });
  const context = new Proxy({}, { get: (_t, key) => (key === "sync" ? async () => { syncs++; } : any) });
  return { run: async (batch) => await batch(context as Excel.RequestContext), syncs: () => syncs };
}

const read = (f: string) => parseText(fs.readFileSync(path.join(__dirname, "../assets/exempeldata", f), "utf8"));

async function fill(label: string, units: Vardenhet[]): Promise<void> {
  const befolkning = parseBefolkning(read("EXEMPEL-befolkning.csv"));
  if (!befolkning.ok) throw new Error("example population invalid");
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.03" } } });
  const setup = { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 150, utvecklingBelopp: 1000000 };
  const t0 = process.hrtime.bigint();
  const layouts = planWorkbook(setup, { vardenheter: units, befolkning: befolkning.rows }, "2026-11-23");
  const r = recorder();
  // A first fill: the rule sets change, so the writer also recalculates the whole workbook.
  const res = await fillWorkbook(r.run, layouts, pinFromSetup(setup, "2026-11-23"), new Set(), { recalculateAll: true });
  const took = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== "done") throw new Error("fill did not finish");
  const mb = (b: number) => `${sv(b / 1e6, 2)} MB`;
  const under = res.requests.every((b) => b < REQUEST_LIMIT);
  console.log(`   ${label}: ${units.length.toLocaleString("sv-SE")} enheter → ${layouts.length} blad, ${r.syncs()} context.sync() (1 läsning, ${res.requests.length} skrivande, 1 omräkning); skrivbegäranden ${res.requests.map(mb).join(" + ")}; var och en under 5 MB → ${meets(under)}; planering + skrivning ${ms(took)}`);
}

export async function bench(): Promise<void> {
  console.log("Fyll arbetsboken: antal synkroniseringar och storleken på varje skrivande begäran (uppskattad som office.js serialiserar den)");
  const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
  if (v.ok) await fill("exempeldata", v.rows);
  await fill("30 syntetiska enheter", syntheticUnits(30));
  await fill("3 000 syntetiska enheter", syntheticUnits(3000));
  console.log("   (mål: ifyllningen med 3 000 syntetiska enheter lyckas med varje begäran under 5 MB; 30 enheter med lika många synkroniseringar som förut)\n");
}
