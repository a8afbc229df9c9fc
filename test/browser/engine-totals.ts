// The engine's 5.1 per municipality for the example data, 2026 (what the browser test
// compares the pane's result view with). Prints JSON: { kommun: whole kronor }.
import * as fs from "fs";
import * as path from "path";
import { buildSetup } from "../../src/taskpane/setup";
import { yearResult } from "../../src/taskpane/result";
import { parseText, parseVardenheter } from "../../src/workbook/indata";

const v = parseVardenheter(parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-vardenheter.csv"), "utf8")));
if (!v.ok) throw new Error("example data invalid");
const setup = buildSetup(2026, { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "175", utvecklingBelopp: "2000000" }).setup;
if (!setup) throw new Error("setup invalid");
const r = yearResult(setup, v.rows);
console.log(JSON.stringify(Object.fromEntries(r.perKommun.map((k) => [k.kommun, k.summa.toDecimalPlaces(0).toNumber()]))));
