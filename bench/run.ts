// npm run bench: speed and size figures, printed for the issue notes, in Swedish. Never
// run by the tests (timings on a shared machine are not assertions). Every county here is
// SYNTHETIC (bench/synthetic.ts): made-up ages and units of realistic size, not real data.
//
// Each topic is a file bench/<topic>.ts exporting `async function bench()`. To add one,
// append one import and one `queue(…)` call at the end of this file; they run in order.
import "./globals";
import { bench as engine } from "./engine";
import { bench as calls } from "./calls";
import { bench as native } from "./native";
import { bench as coldload } from "./coldload";
import { bench as fill } from "./fill";
import { bench as bundles } from "./bundles";

let chain: Promise<void> = Promise.resolve();
/** Run a topic's bench after the ones queued before it. */
function queue(bench: () => Promise<void>): void {
  chain = chain.then(bench).catch((e: unknown) => {
    console.error(`Mätningen avbröts: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  });
}

console.log("Mätningar med syntetiska data (påhittade åldrar och enheter, inte riktiga data).");
console.log("Mål ur ärendet: per skalärt anrop ≤ 0,2× en decimal.js-multiplikation; per rad i ett områdesanrop ≤ 0,15×;");
console.log("en felaktig cell ≤ 5×; kall start av funktionspaketet ≤ 25 ms i Node; inga utskrifter till konsolen;");
console.log("ifyllning av 3 000 syntetiska enheter med varje begäran under 5 MB.\n");

queue(engine);
queue(calls);
queue(native);
queue(coldload);
queue(fill);
queue(bundles);
import { bench as rules } from "./rules";
queue(rules);
import { bench as xlsx } from "./xlsx";
queue(xlsx);
import { bench as forklaring } from "./forklaring";
queue(forklaring);
import { bench as manad } from "./manad";
queue(manad);
import { bench as pane } from "./pane";
queue(pane);
import { bench as manadfyll } from "./manadfyll";
queue(manadfyll);
