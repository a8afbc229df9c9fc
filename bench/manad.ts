// Månadsutbetalningen (5 Ersättning): ett helt år av månadskörningar och en månad, för ett
// SYNTETISKT län: 30 påhittade vårdenheter med sammanlagt 132 000 listade varje månad och
// antal som glider lite från månad till månad. Inte regionens siffror.
import { findRuleSet } from "../src/rules";
import { arsErsattning, Manadslistning, manadsErsattning } from "../src/engine/halsoval/manad";
import type { Vardenhet } from "../src/engine/halsoval/vardenhet";
import { korning } from "../src/workbook/manad/korning";
import { ms as msText } from "./measure";

const hv = findRuleSet("halsoval", 2026);
const KOMMUNER = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"];

function county(month: number): Vardenhet[] {
  return Array.from({ length: 30 }, (_, k) => {
    const base = 4400 + (k % 3) * 10 - 10; // Σ 132 000
    const listade = Array.from({ length: 21 }, (_, b) => Math.floor(base / 21) + (b < base % 21 ? 1 : 0) + (b === 0 ? ((k + month) % 3) - 1 : 0));
    return { id: `S${k}`, namn: `Syntetisk ${k}`, kommun: KOMMUNER[k % 8], privat: k % 4 === 0, listade, listade16till67: 2500, cni: `${0.8 + (k % 5) * 0.1}`, avstandKm: 5 + k * 9 };
  });
}

function ms<T>(f: () => T, repeat: number): { ms: number; result: T } {
  let result = f();
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) result = f();
  return { ms: (performance.now() - t0) / repeat, result };
}

export async function bench(): Promise<void> {
  const manader: Manadslistning[] = Array.from({ length: 12 }, (_, i) => ({ manad: i + 1, enheter: county(i + 1) }));
  const listed = manader[0].enheter.reduce((s, e) => s + e.listade.reduce((a, b) => a + b, 0), 0);
  console.log(`Månadsutbetalning (syntetiskt län: 30 vårdenheter, ${listed.toLocaleString("sv-SE")} listade per månad)`);
  const year = ms(() => arsErsattning(() => hv, manader), 20);
  console.log(`   5.1 för hela året (12 månader): ${msText(year.ms)} (mål ≤ 50 ms)`);
  const month = ms(() => manadsErsattning(hv, 5, manader[4].enheter), 50);
  console.log(`   5.1 för en månad: ${msText(month.ms)} (mål ≤ 5 ms)`);
  const run = ms(() => korning(2026, () => hv, manader), 10);
  console.log(`   hela året med specifikationsrader (${run.result.length} utbetalningar): ${msText(run.ms)}`);
}
