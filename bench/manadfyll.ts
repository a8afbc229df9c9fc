// Månadens ifyllning (5 Ersättning, månadens utbetalning) för 300 SYNTETISKA vårdenheter:
// påhittade enheter (bench/synthetic.ts), inte regionens siffror. Panelens skrivväg
// (monthLayouts + writeMonthSheets, samma som knappen "Skriv månadens blad") mot den
// inspelande Excel-ersättaren i bench/fill.ts: antal context.sync() och största skrivande
// begäran (uppskattad som office.js serialiserar den, workbook/batches.ts). Även årsöversikterna.
import { ruleSetForMonth } from "../src/rules";
import type { Manadslistning } from "../src/engine/halsoval/manad";
import { REQUEST_LIMIT } from "../src/workbook/batches";
import { korning } from "../src/workbook/manad/korning";
import type { RorligRad, TillaggRad } from "../src/workbook/manad/poster";
import type { SheetLayout } from "../src/workbook/layout";
import { monthLayouts, yearLayouts } from "../src/taskpane/monthSheets";
import { writeMonthSheets } from "../src/taskpane/monthWrite";
import { recorder } from "./fill";
import { meets, ms, sv } from "./measure";
import { syntheticUnits } from "./synthetic";

const UNITS = 300;
const mb = (b: number) => `${sv(b / 1e6, 2)} MB`;

async function write(label: string, layouts: SheetLayout[]): Promise<void> {
  const r = recorder();
  const t0 = process.hrtime.bigint();
  const res = await writeMonthSheets(r.run, layouts, new Set(), "2026-11-23");
  const took = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== "done") throw new Error("the month's fill did not finish");
  const largest = Math.max(...res.requests);
  console.log(
    `   ${label}: ${layouts.length} blad, ${r.syncs()} context.sync() (mål ≤ 3 → ${meets(r.syncs() <= 3)}); ` +
      `största begäran ${mb(largest)} (mål under 5 MB → ${meets(largest < REQUEST_LIMIT)}); skrivbegäranden ${res.requests.map(mb).join(" + ")}; skrivning ${ms(took)}`,
  );
}

export async function bench(): Promise<void> {
  const units = syntheticUnits(UNITS);
  const manader: Manadslistning[] = Array.from({ length: 12 }, (_, i) => ({ manad: i + 1, enheter: units }));
  // Every unit with a 5.2 line and the 3.1.6 on-call share, as a month with both inputs has.
  const rorlig: RorligRad[] = units.map((u, i) => ({ manad: 5, id: u.id, post: "halsosamtal", antal: 10 + (i % 7), belopp: 0, kalla: "", row: i + 2 }));
  const tillagg: TillaggRad[] = [{ manad: 5, id: "", post: "jour", antal: 0, antal2: 0, belopp: 2_400_000, row: 2 }];
  const run = korning(2026, (m) => ruleSetForMonth("halsoval", 2026, m), manader, rorlig, tillagg);
  console.log(`Månadens ifyllning från panelen (${UNITS} syntetiska vårdenheter, påhittade siffror)`);
  await write("maj: utbetalningslista + en specifikation per enhet", monthLayouts(2026, 5, run.filter((u) => u.manad === 5)));
  await write("årsöversikt per enhet", yearLayouts(2026, run));
  console.log("");
}
