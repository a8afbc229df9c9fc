// Last year's data for the browser test of the change from last year (issue 11, item 5):
// writes the two files made from the EXAMPLE files (test/support/forra.ts: counts at 90 %,
// the last unit absent, Berg's CNI 0,95) into the folder given, and prints, as JSON, their
// paths and the engine's waterfall per municipality (each step's change and the whole
// change, in öre) with them as last year's data.
import * as fs from "fs";
import * as path from "path";
import { buildSetup } from "../../src/taskpane/setup";
import { vattenfallUnderlag } from "../../src/taskpane/charts/vattenfallData";
import { vattenfall } from "../../src/engine/forklaring/vattenfall";
import { parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";
import { writeForra } from "../support/forra";

const into = process.argv[2];
if (!into) throw new Error("usage: engine-forra.ts <folder>");
const files = writeForra(into);
const read = (f: string) => parseText(fs.readFileSync(f, "utf8"));
const ex = (f: string) => path.resolve(__dirname, "../../assets/exempeldata", f);
const v = parseVardenheter(read(ex("EXEMPEL-vardenheter.csv")));
const b = parseBefolkning(read(ex("EXEMPEL-befolkning.csv")));
const fv = parseVardenheter(read(files.vardenheter));
const fb = parseBefolkning(read(files.befolkning));
if (!v.ok || !b.ok || !fv.ok || !fb.ok) throw new Error("example data invalid");
const setup = buildSetup(2026, { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "175", utvecklingBelopp: "2000000" }).setup;
const u = vattenfallUnderlag(setup, { vardenheter: v.rows, befolkning: b.rows }, { data: { vardenheter: fv.rows, befolkning: fb.rows }, filer: [path.basename(files.vardenheter), path.basename(files.befolkning)] });
if (!u.ok) throw new Error(u.message);
const ore = (d: { times(n: number): { toFixed(n: number): string } }) => Number(d.times(100).toFixed(0));
const kommuner = u.amnen
  .filter((a) => a.value.startsWith("kommun:"))
  .map((a) => {
    const w = vattenfall(u.utfall, a.matt);
    return { value: a.value, label: a.label, delar: w.delar.map((d) => ore(d.forandring)), forandring: ore(w.forandring) };
  });
console.log(JSON.stringify({ files, kommuner }));
