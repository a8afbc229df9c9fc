// Förklaring and what-if speed (issue 11, item 5), on the EXAMPLE data (assets/exempeldata,
// made-up units; LPIK here is a made-up EXAMPLE factor). Targets: explaining a unit's
// annual total and a municipality's share ≤ 10 ms each; the what-if recomputation of the
// county for one changed input ≤ 50 ms.
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, withOverrides } from "../src/rules";
import { beraknaLanet, type Lanet } from "../src/engine/forklaring/lan";
import { forklaraTillaggsandel, forklaraUtvecklingsandel } from "../src/engine/forklaring/kommun";
import { forklaraVardenhet } from "../src/engine/forklaring/vardenhet";
import { vadOm } from "../src/engine/forklaring/vadom";
import { utfallen } from "../src/engine/forklaring/vattenfall";
import { lanetsErsattning } from "../src/engine/halsoval/vardenhet";
import { parseBefolkning, parseText, parseVardenheter } from "../src/workbook/indata";

function median(f: () => unknown, n = 25): number {
  f();
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    f();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return runs.sort((a, b) => a - b)[Math.floor(n / 2)];
}

export async function bench(): Promise<void> {
  const dir = path.resolve(__dirname, "../assets/exempeldata");
  const read = (f: string) => parseText(fs.readFileSync(path.join(dir, f), "utf8"));
  const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
  const b = parseBefolkning(read("EXEMPEL-befolkning.csv"));
  if (!v.ok || !b.ok) throw new Error("Exempeldata kunde inte läsas.");
  const hv = findRuleSet("halsoval", 2026);
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.031" } } });
  const regler = { year: 2026, halsoval: hv, tillagg: tb, utveckling: findRuleSet("utveckling", 2026) };
  const l: Lanet = { regler, enheter: v.rows, kommuner: b.rows, anslutna: 150, utvecklingBelopp: 2_000_000 };
  const lan = lanetsErsattning(hv, v.rows);
  const bas = beraknaLanet(l);
  const fmt = (ms: number, target: number) => `${ms.toFixed(3)} ms (mål ≤ ${target} ms)`;
  console.log(`\nFörklaring och vad händer om (exempeldata: ${v.rows.length} vårdenheter, ${b.rows.length} kommuner; LPIK påhittat exempel), median av 25:`);
  console.log(`   förklara en vårdenhets årssumma:          ${fmt(median(() => forklaraVardenhet(hv, lan, "VE06")), 10)}`);
  console.log(`   dito inkl. länets beräkning:              ${fmt(median(() => forklaraVardenhet(hv, lanetsErsattning(hv, v.rows), "VE06")), 10)}`);
  console.log(`   förklara en kommuns del av tilläggsbelopp: ${fmt(median(() => forklaraTillaggsandel(regler, b.rows, 150, "Berg")), 10)}`);
  console.log(`   förklara en kommuns del av utvecklingsmedel: ${fmt(median(() => forklaraUtvecklingsandel(regler, b.rows, 2_000_000, "Berg")), 10)}`);
  console.log(`   vad om: LPIK 2026 ändrat, hela länet:      ${fmt(median(() => vadOm(l, { lpik: { "2026": "1.05" } }, bas)), 50)}`);
  console.log(`   vad om: antal anslutna ändrat, hela länet: ${fmt(median(() => vadOm(l, { anslutna: 175 }, bas)), 50)}`);
  console.log(`   vad om: en vikt ändrad, hela länet:        ${fmt(median(() => vadOm(l, { vikt: { nyckel: "5.1.1.vikter", band: 14, varde: "2" } }, bas)), 50)}`);
  const fore = { ...l, regler: { ...regler, year: 2025, halsoval: findRuleSet("halsoval", 2025) } };
  console.log(`   vad ändrades 2025 → 2026 (alla steg, hela länet): ${median(() => utfallen(fore, l), 9).toFixed(1)} ms`);
}

if (require.main === module) void bench();
