// The example data (assets/exempeldata, EXEMPEL: made-up units and age splits) for the
// trace and waterfall tests.
import * as fs from "fs";
import * as path from "path";
import type { Vardenhet } from "../../../src/engine/halsoval/vardenhet";
import type { KommunUnderlag } from "../../../src/engine/tillagg/fordelning";
import { parseBefolkning, parseText, parseVardenheter } from "../../../src/workbook/indata";

const dir = path.resolve(__dirname, "../../../assets/exempeldata");
const read = (f: string) => parseText(fs.readFileSync(path.join(dir, f), "utf8"));

export function exempelVardenheter(): Vardenhet[] {
  const p = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.rows;
}

export function exempelBefolkning(): KommunUnderlag[] {
  const p = parseBefolkning(read("EXEMPEL-befolkning.csv"));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.rows;
}
