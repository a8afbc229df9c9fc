// Last year's data for tests of the change from last year (issue 11, item 5): the shipped
// EXAMPLE files for 2025 (made-up; scripts/exempel-forra.ts makes them from the 2026 example:
// counts at 90 %, the last unit absent, Berg's CNI 0,95), copied into a test's folder.
import * as fs from "fs";
import * as path from "path";
import { EXEMPEL_DIR, FORRA_FILER } from "../../scripts/exempel-forra";

/** Both files written into `into`; their paths. */
export function writeForra(into: string): { vardenheter: string; befolkning: string } {
  const vardenheter = path.join(into, "forra-vardenheter.csv");
  const befolkning = path.join(into, "forra-befolkning.csv");
  fs.copyFileSync(path.join(EXEMPEL_DIR, FORRA_FILER.vardenheter), vardenheter);
  fs.copyFileSync(path.join(EXEMPEL_DIR, FORRA_FILER.befolkning), befolkning);
  return { vardenheter, befolkning };
}
