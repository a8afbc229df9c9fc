// The engine's explanation of =HALSOVAL.LISTAD(72; 2026), printed as JSON lines for the
// browser test (paneexplain.js) to compare with what the pane shows.
import { forklaraFunktion } from "../../src/engine/forklaring/funktioner";
import { renderaForklaring } from "../../src/engine/forklaring/text";

process.stdout.write(JSON.stringify(renderaForklaring(forklaraFunktion("HALSOVAL.LISTAD", [72, 2026], 2026)).map((l) => l.trim())));
