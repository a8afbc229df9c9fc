// The engine's explanations the browser test (paneexplain.js) compares the pane with, as
// JSON: =HALSOVAL.LISTAD(72; 2026), and on the workbook flow.js filled (example data, 2026,
// LPIK 3,1 % and 2,7 %, 175 connected persons) the first unit's total on Sammanställning and
// the second municipality's tilläggsbelopp.
import * as fs from "fs";
import * as path from "path";
import { forklaraFunktion } from "../../src/engine/forklaring/funktioner";
import { forklaraTillaggsandel } from "../../src/engine/forklaring/kommun";
import { renderaForklaring } from "../../src/engine/forklaring/text";
import { forklaraVardenhet } from "../../src/engine/forklaring/vardenhet";
import { lanetsErsattning } from "../../src/engine/halsoval/vardenhet";
import { findRuleSet, withOverrides } from "../../src/rules";
import { parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";

const read = (f: string) => parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", f), "utf8"));
const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
const b = parseBefolkning(read("EXEMPEL-befolkning.csv"));
if (!v.ok || !b.ok) throw new Error("example data invalid");
const hv = findRuleSet("halsoval", 2026);
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
const setup = { year: 2026, halsoval: hv, tillagg: tb, utveckling: findRuleSet("utveckling", 2026) };
const lines = (f: Parameters<typeof renderaForklaring>[0]) => renderaForklaring(f).map((l) => l.trim());
process.stdout.write(
  JSON.stringify({
    listad: lines(forklaraFunktion("HALSOVAL.LISTAD", [72, 2026], 2026)),
    enhet: lines(forklaraVardenhet(hv, lanetsErsattning(hv, v.rows), v.rows[0].id)),
    tillagg: lines(forklaraTillaggsandel(setup, b.rows, 175, b.rows[1].kommun)),
    kommun: b.rows[1].kommun,
  }),
);
