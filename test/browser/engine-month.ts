// The engine's month for the example monthly listing (what the browser test compares the
// pane's "Månadens utbetalning" with). Usage: tsx engine-month.ts <year> <month>. Prints JSON:
// [{ id, namn, summa, rader: [{ text, belopp }] }] with amounts in kronor to öre.
import * as fs from "fs";
import * as path from "path";
import { ruleSetForMonth } from "../../src/rules";
import { parseText } from "../../src/workbook/indata";
import { parseManadslistning } from "../../src/workbook/manad/listning";
import { korning } from "../../src/workbook/manad/korning";

const [year, month] = process.argv.slice(2).map(Number);
const listing = parseManadslistning(parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-manadslistning-2026.csv"), "utf8")), year);
if (!listing.ok) throw new Error("example monthly listing invalid");
const units = korning(year, (m) => ruleSetForMonth("halsoval", year, m), listing.manader, [], [], month);
console.log(JSON.stringify(units.map((u) => ({ id: u.id, namn: u.namn, summa: u.summa.toNumber(), rader: u.rader.map((r) => ({ text: r.text, belopp: r.belopp.toNumber() })) }))));
