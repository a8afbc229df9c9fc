// The engine's exact array entry point (5.1.1 over a whole county, integers in öre)
// against a plain float loop over the same 132 000 synthetic ages.
import { findRuleSet, paramBands } from "../src/rules";
import { bandIndex } from "../src/engine/alder";
import { integerTable, sumOverAges } from "../src/engine/halsoval/aldersvikt";
import { meets, ms, ratio, sv, time } from "./measure";
import { syntheticAges } from "./synthetic";

export async function bench(): Promise<void> {
  const hv = findRuleSet("halsoval", 2026);
  const ages = syntheticAges(132_000);
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
  console.log("Motorn: 5.1.1 för hela det syntetiska länet (median av 25 körningar)");
  console.log(`   exakt (heltal i öre): ${ms(exact.ms)}, summa ${sv(Number(exact.result))} kr; inklusive att bygga tabellen ${ms(withTable.ms)}`);
  console.log(`   vanlig flyttalsloop: ${ms(float.ms)}, summa ${sv(float.result)} kr (flyttal)`);
  console.log(`   kvot exakt/flyttal: ${ratio(exact.ms / float.ms)}; mål ≤ 5× → ${meets(exact.ms / float.ms <= 5)}\n`);
}
