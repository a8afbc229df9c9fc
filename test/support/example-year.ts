// The shipped example year, as several tests use it: the EXEMPEL files (made-up figures,
// labelled as such) parsed as the pane parses them, and a 2026 setup with example LPIK
// factors (1,031 and 1,027: not SKR's figures) and example inputs.
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, withOverrides } from "../../src/rules";
import { parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";
import type { SetupData, YearSetup } from "../../src/workbook/plan";

const dir = path.resolve(__dirname, "../../assets/exempeldata");
const read = (f: string) => parseText(fs.readFileSync(path.join(dir, f), "utf8"));

export function exampleData(): SetupData {
  const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
  const b = parseBefolkning(read("EXEMPEL-befolkning.csv"));
  if (!v.ok || !b.ok) throw new Error("example data invalid");
  return { vardenheter: v.rows, befolkning: b.rows };
}

/** The tillägg rule set of 2026 with example LPIK factors. */
export const exampleTillagg = () => withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });

export function exampleSetup(inputs: Partial<YearSetup> = {}): YearSetup {
  return { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: exampleTillagg(), utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: 2000000, ...inputs };
}
