// Cold load of the production functions bundle (dist/functions.js, from npm run build) in
// a fresh Node process, as Excel's runtime loads it: with the CustomFunctions and Office
// globals it expects (stand-ins that record the registrations), timing the require and
// counting everything the bundle writes to the console while loading and during the
// first call of the payment-day function (the one that needs the holiday calendar).
import { execFileSync } from "child_process";
import { functionScripts } from "./bundle";
import { meets, ms } from "./measure";

const CHILD = `
let printed = 0;
for (const k of ["log", "info", "warn", "error", "debug", "trace"]) console[k] = () => { printed++; };
let registered = 0;
const fns = {};
globalThis.CustomFunctions = { associate: (id, f) => { registered++; fns[id] = f; }, Error: class extends Error {}, ErrorCode: {} };
globalThis.Office = { onReady: () => Promise.resolve({}), actions: { associate: () => undefined }, context: {} };
globalThis.window = globalThis; globalThis.self = globalThis;
// As the page: webpack's runtime takes its public path from the current script.
globalThis.document = { currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/runtime.js" }, getElementsByTagName: () => [] };
const t0 = process.hrtime.bigint();
for (const f of process.argv.slice(1)) require(f);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const atLoad = printed;
const t1 = process.hrtime.bigint();
try { fns["HALSOVAL.UTBETALNINGSDAG"]([[2026]], [[3]]); } catch {}
const firstCall = Number(process.hrtime.bigint() - t1) / 1e6;
process.stdout.write(JSON.stringify({ ms, printed: atLoad, registered, firstCall, printedOnCall: printed - atLoad }));
`;

export async function bench(): Promise<void> {
  console.log("Kall start av funktionspaketet i en ny Node-process: de skript taskpane.html laddar, utom åtgärdsrutans (runtime, delad kod, functions.js)");
  const files = functionScripts();
  if (!files) {
    console.log("   dist/ saknas (kör npm run build först)\n");
    return;
  }
  const runs: { ms: number; printed: number; registered: number; firstCall: number; printedOnCall: number }[] = [];
  for (let i = 0; i < 5; i++) {
    try {
      runs.push(JSON.parse(execFileSync(process.execPath, ["-e", CHILD, ...files], { encoding: "utf8" })));
    } catch (e) {
      console.log(`   paketet gick inte att läsa in: ${(e as Error).message.split("\n")[0]}\n`);
      return;
    }
  }
  runs.sort((a, b) => a.ms - b.ms);
  const mid = runs[Math.floor(runs.length / 2)];
  console.log(`   inläsning: ${ms(mid.ms)} (median av ${runs.length} nya processer); mål ≤ 25 ms → ${meets(mid.ms <= 25)}`);
  console.log(`   utskrifter till konsolen under inläsningen: ${mid.printed}; mål 0 → ${meets(mid.printed === 0)}`);
  console.log(`   registrerade funktioner (CustomFunctions.associate): ${mid.registered}`);
  console.log(`   första anropet av HALSOVAL.UTBETALNINGSDAG(2026; 3) (bygger helgdagskalendern): ${ms(mid.firstCall)}, ${mid.printedOnCall} utskrifter till konsolen; mål 0 → ${meets(mid.printedOnCall === 0)}\n`);
}
