// The engine's explanations the browser test (paneexplain.js) compares the pane with, as
// JSON: =HALSOVAL.LISTAD(72; 2026), and on the workbook flow.js filled (example data, 2026,
// LPIK 3,1 % and 2,7 %, 175 connected persons) the first unit's total on Sammanställning and
// the second municipality's tilläggsbelopp.
import { forklaraFunktion } from "../../src/engine/forklaring/funktioner";
import { forklaraTillaggsandel } from "../../src/engine/forklaring/kommun";
import { renderaForklaring } from "../../src/engine/forklaring/text";
import { forklaraVardenhet } from "../../src/engine/forklaring/vardenhet";
import { lanetsErsattning } from "../../src/engine/halsoval/vardenhet";
import { exampleData, exampleSetup } from "../support/example-year";

const setup = exampleSetup();
const hv = setup.halsoval;
const { vardenheter: units, befolkning: kommuner } = exampleData();
const lines = (f: Parameters<typeof renderaForklaring>[0]) => renderaForklaring(f).map((l) => l.trim());
process.stdout.write(
  JSON.stringify({
    listad: lines(forklaraFunktion("HALSOVAL.LISTAD", [72, 2026], 2026)),
    enhet: lines(forklaraVardenhet(hv, lanetsErsattning(hv, units), units[0].id)),
    tillagg: lines(forklaraTillaggsandel(setup, kommuner, 175, kommuner[1].kommun)),
    kommun: kommuner[1].kommun,
  }),
);
