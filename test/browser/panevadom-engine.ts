// The engine's figures the browser test (panevadom.js) compares the pane with, as JSON, on
// the workbook flow.js filled (example data, 2026, example LPIK 3,1 % and 2,7 %, 175
// connected persons): the first unit's 5.1.2 on its component sheet, and the what-if of
// LPIK 2026 = 4 % per municipality with the scenario sheet's name.
import { renderaForklaring } from "../../src/engine/forklaring/text";
import { vadOm } from "../../src/engine/forklaring/vadom";
import { bladForklaring } from "../../src/workbook/forklaraBlad";
import { scenarioSheet } from "../../src/workbook/sheets/scenario";
import { lanetFran } from "../../src/taskpane/useVadOm";
import { exampleData, exampleSetup } from "../support/example-year";

const setup = exampleSetup();
const data = exampleData();
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
