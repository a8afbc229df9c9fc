// The engine's waterfall 2025 → 2026 for the example data (what the browser test compares the
// pane's view with): per subject (county, each municipality), each step's change and the
// whole change in öre. Prints JSON.
import * as fs from "fs";
import * as path from "path";
import { buildSetup } from "../../src/taskpane/setup";
import { vattenfallUnderlag } from "../../src/taskpane/charts/vattenfallData";
import { vattenfall } from "../../src/engine/forklaring/vattenfall";
import { parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";

const read = (f: string) => parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", f), "utf8"));
const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
const b = parseBefolkning(read("EXEMPEL-befolkning.csv"));
if (!v.ok || !b.ok) throw new Error("example data invalid");
const setup = buildSetup(2026, { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "175", utvecklingBelopp: "2000000" }).setup;
const u = vattenfallUnderlag(setup, { vardenheter: v.rows, befolkning: b.rows });
if (!u.ok) throw new Error(u.message);
const ore = (d: { times(n: number): { toFixed(n: number): string } }) => Number(d.times(100).toFixed(0));
const out = u.amnen
  .filter((a) => !a.value.startsWith("enhet:"))
  .map((a) => {
    const w = vattenfall(u.utfall, a.matt);
    return { value: a.value, label: a.label, delar: w.delar.map((d) => ore(d.forandring)), forandring: ore(w.forandring) };
  });
console.log(JSON.stringify(out));
