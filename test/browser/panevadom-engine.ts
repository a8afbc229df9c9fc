// The engine's figures the browser test (panevadom.js) compares the pane with, as JSON, on
// the workbook flow.js filled (example data, 2026, example LPIK 3,1 % and 2,7 %, 175
// connected persons): the first unit's 5.1.2 on its component sheet, and the what-if of
// LPIK 2026 = 4 % per municipality with the scenario sheet's name.
import * as fs from "fs";
import * as path from "path";
import { renderaForklaring } from "../../src/engine/forklaring/text";
import { vadOm } from "../../src/engine/forklaring/vadom";
import { findRuleSet, withOverrides } from "../../src/rules";
import { parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";
import { bladForklaring } from "../../src/workbook/forklaraBlad";
import { scenarioSheet } from "../../src/workbook/sheets/scenario";
import { lanetFran } from "../../src/taskpane/useVadOm";

const read = (f: string) => parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", f), "utf8"));
const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
const b = parseBefolkning(read("EXEMPEL-befolkning.csv"));
if (!v.ok || !b.ok) throw new Error("example data invalid");
const hv = findRuleSet("halsoval", 2026);
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
const setup = { year: 2026, halsoval: hv, tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: 2000000 };
const data = { vardenheter: v.rows, befolkning: b.rows };
const lines = (f: Parameters<typeof renderaForklaring>[0]) => renderaForklaring(f).map((l) => l.trim());
const cni = bladForklaring("5.1.2 CNI", "F6", setup, data);
if (!cni) throw new Error("5.1.2 CNI!F6 has no trace");
const andring = { lpik: { "2026": "1.04" } };
const r = vadOm(lanetFran(setup, { ...data, exempel: true })!, andring);
process.stdout.write(
  JSON.stringify({
    cni: lines(cni),
    kommuner: r.perKommun.map((k) => ({ namn: k.namn, fore: k.fore.toNumber(), efter: k.efter.toNumber(), effekt: k.effekt.toFixed(2) })),
    scenario: scenarioSheet(andring),
  }),
);
