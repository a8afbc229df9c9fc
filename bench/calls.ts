// The custom functions as Excel calls them, on 132 000 synthetic ages: the fill-down
// pattern (one call per cell), one range call, and a failing cell; each per element beside
// decimal.js multiplies (of two ready decimals, and of a cell's number as the issue measured
// it) and a plain number loop measured in the same run. Then 5.1.3 (GLESBYGD) filled down
// over synthetic units: an exact quotient per call.
// Omitted optional arguments are passed as Excel passes them (null), the year included.
// The functions are the production bundle's (dist/, loaded as Excel loads it: bundle.ts)
// when it is built, else the source's (slower: every import goes through a getter).
// Runnable alone: npx tsx -e 'import("./bench/calls.ts").then((m) => m.default.bench())'
import "./globals";
import * as source from "../src/functions";
import { loadFunctions } from "./bundle";
import { glesbygdsvikt } from "../src/engine/halsoval/glesbygd";
import { findRuleSet, newestYear } from "../src/rules";
import { perElement, time, us, yardsticks } from "./measure";
import { syntheticAges, syntheticUnits } from "./synthetic";

const N = 132_000;

export async function bench(): Promise<void> {
  const ages = syntheticAges(N);
  const y = yardsticks(ages);
  const built = loadFunctions();
  const halsovalListad = built?.["HALSOVAL.LISTAD"] ?? source.halsovalListad;
  const halsovalGlesbygd = built?.["HALSOVAL.GLESBYGD"] ?? source.halsovalGlesbygd;
  const from = built ? "produktionspaketet dist/functions.js" : "källkoden (dist/ saknas: kör npm run build för produktionspaketet)";
  console.log(`Anpassade funktioner anropade som Excel anropar dem (${from}), ${N.toLocaleString("sv-SE")} syntetiska åldrar`);
  console.log(`   Måttstockar i samma körning, per element: decimal.js-multiplikation av två färdiga decimaltal ${us(y.decimalMul)}, av en cells tal (new Decimal(x).times(pris), som ett anrop med decimal.js gör; ärendets mått) ${us(y.decimalFromCell)}, vanlig talloop ${us(y.plainLoop)}`);

  // Fill-down: =HALSOVAL.LISTAD(A2) in every row, Excel calls the function once per cell with a 1×1 range.
  const cells = Array.from(ages, (a) => [[a]]);
  const scalar = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += halsovalListad(cells[i], null)[0][0] as number;
    return s;
  }, 5);
  console.log(perElement("=HALSOVAL.LISTAD(A2) ifylld nedåt (ett anrop per cell)", (scalar.ms * 1000) / N, y, { factor: 0.2, text: "≤ 0,2× decimal.js" }));

  // One range call: =HALSOVAL.LISTAD(A2:A132001) once, a 132 000 × 1 result.
  const column = Array.from(ages, (a) => [a]);
  const range = time(() => halsovalListad(column, null), 9);
  console.log(perElement("=HALSOVAL.LISTAD(A2:A132001) (ett anrop, per rad)", (range.ms * 1000) / N, y, { factor: 0.15, text: "≤ 0,15× decimal.js" }));
  // The floor for any range result: only building the 132 000 rows of one number each (Excel needs rows of arrays).
  const floor = time(() => {
    const out: number[][] = new Array(N);
    for (let r = 0; r < N; r++) out[r] = [column[r][0] * 1.5];
    return out;
  }, 9);
  console.log(perElement("   jämförelse: bara bygga en ny rad [tal] per rad (det som undviks: raderna per ålder görs en gång och delas)", (floor.ms * 1000) / N, y));

  // The error path: a cell with text where an age belongs (Excel shows #VALUE! with a message).
  const bad = Array.from({ length: 10_000 }, (_, i) => [[i % 2 ? "femtio" : -1]]);
  const errors = time(() => {
    let n = 0;
    for (const c of bad) {
      try {
        const v = halsovalListad(c, null)[0][0];
        if (v instanceof Error) n++;
      } catch {
        n++;
      }
    }
    return n;
  }, 5);
  console.log(perElement(`en felaktig cell (text eller -1 som ålder; ${errors.result.toLocaleString("sv-SE")} av ${bad.length.toLocaleString("sv-SE")} gav fel)`, (errors.ms * 1000) / bad.length, y, { factor: 5, text: "≤ 5× decimal.js" }));

  // =HALSOVAL.GLESBYGD(B2;C2;$D$1) filled down: listed and km per unit, the county's sum of weights.
  const units = syntheticUnits(300, ages);
  const rs = findRuleSet("halsoval", newestYear());
  const listed = units.map((u) => u.listade.reduce((a, b) => a + b, 0));
  const county = units.reduce((sum, u, i) => sum + glesbygdsvikt(rs, listed[i], u.avstandKm).toNumber(), 0);
  const calls = 30_000;
  // Each cell's arguments as Excel passes them (1×1 ranges), made before the clock starts, as for LISTAD.
  const args = Array.from({ length: calls }, (_, i) => [[[listed[i % 300]]], [[units[i % 300].avstandKm]]]);
  const gles = time(() => {
    let s = 0;
    for (let i = 0; i < calls; i++) s += halsovalGlesbygd(args[i][0], args[i][1], county, null)[0][0] as number;
    return s;
  }, 5);
  console.log(perElement(`=HALSOVAL.GLESBYGD(B2;C2;$D$1) ifylld nedåt (${calls.toLocaleString("sv-SE")} anrop över 300 enheter)`, (gles.ms * 1000) / calls, y, { factor: 0.2, text: "≤ 0,2× decimal.js" }));
  console.log("");
}
