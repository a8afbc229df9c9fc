// The engine's month for the example monthly listing (what the browser test compares the
// pane's "Månadens utbetalning" with), optionally with a 5.2 and a 5.3 file, read and run as
// `rjh utbetalning --rorlig/--tillagg` does. Usage: tsx engine-month.ts <year> <month>
// [rorlig.csv|-] [tillagg.csv|-] [--ar]. Prints JSON: [{ id, namn, summa, rader: [{ text,
// underlag, belopp, reduktion }] }] with amounts in kronor to öre; with --ar every month.
import * as fs from "fs";
import * as path from "path";
import { ruleSetForMonth } from "../../src/rules";
import { parseText } from "../../src/workbook/indata";
import { readMonthInputs, runMonth } from "../../src/workbook/manad/underlag";

const args = process.argv.slice(2);
const [year, month] = args.slice(0, 2).map(Number);
const table = (file: string | undefined) => (file && file !== "-" && !file.startsWith("--") ? { rows: parseText(fs.readFileSync(file, "utf8")), source: path.basename(file) } : null);
const sources = {
  listning: table(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-manadslistning-2026.csv"))!,
  rorlig: table(args[2]),
  tillagg: table(args[3]),
};
const input = readMonthInputs(year, sources);
if (!input.ok) throw new Error(input.problems.join("\n"));
const ran = runMonth(year, (m) => ruleSetForMonth("halsoval", year, m), input.value, sources, args.includes("--ar") ? undefined : month);
if (!ran.ok) throw new Error(ran.problems.join("\n"));
console.log(
  JSON.stringify(
    ran.value.map((u) => ({
      id: u.id,
      namn: u.namn,
      manad: u.manad,
      summa: u.summa.toNumber(),
      rader: u.rader.map((r) => ({ text: r.text, underlag: r.underlag, belopp: r.belopp.toNumber(), reduktion: r.reduktion ? r.reduktion.toNumber() : null })),
    })),
  ),
);
