// 5 Ersättning, månadens utbetalning in the pane: the month's sheets written through the real
// office.js request builder (an empty workbook in a fake host), with the pin left alone.
import * as fs from "fs";
import * as path from "path";
import { ruleSetForMonth } from "../../src/rules";
import { parseText } from "../../src/workbook/indata";
import { parseManadslistning } from "../../src/workbook/manad/listning";
import { korning } from "../../src/workbook/manad/korning";
import { PIN_KEY, SHEETS_KEY } from "../../src/workbook/settings";
import { validSheetName } from "../../src/workbook/layout";
import { monthLayouts, yearLayouts } from "../../src/taskpane/useMonth";
import { writeMonthSheets } from "../../src/taskpane/monthWrite";
import { officeJsHost } from "../workbook/officejs-host";

const listing = parseManadslistning(parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-manadslistning-2026.csv"), "utf8")), 2026);
if (!listing.ok) throw new Error("example monthly listing invalid");
const units = korning(2026, (m) => ruleSetForMonth("halsoval", 2026, m), listing.manader, [], [], 5);

test("the month's sheet names: the payment list and one valid name per unit, also for a long id", () => {
  const names = monthLayouts(2026, 5, units).map((l) => l.name);
  expect(names[0]).toBe("Utbetalning 2026-05");
  expect(names).toContain("Spec VE01 2026-05");
  expect(names.length).toBe(units.length + 1);
  const long = monthLayouts(2026, 12, [{ ...units[0], id: "ENHET/MED:ETT*MYCKET[LÅNGT]ID-0001" }, { ...units[1], id: "ENHET/MED:ETT*MYCKET[LÅNGT]ID-0002" }]).map((l) => l.name);
  expect(long.every(validSheetName)).toBe(true);
  expect(long[1]).toBe("Spec ENHET_MED_ETT_MYCK 2026-12");
  expect(long[2]).toBe("Spec ENHET_MED_ETT_MY~2 2026-12");
  expect(new Set(names).size).toBe(names.length);
});

test("written through office.js: every sheet added, our sheet list recorded, the pin not touched", async () => {
  const host = officeJsHost();
  (globalThis as unknown as { Excel: unknown }).Excel = host.Excel;
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => await batch(host.context());
  const layouts = monthLayouts(2026, 5, units);
  const res = await writeMonthSheets(run, layouts, new Set(), "2026-11-23");
  expect(res).toEqual({ status: "done", sheets: layouts.map((l) => l.name), backups: [], requests: [expect.any(Number)] });
  const text = host.requests.map((r) => r.text).join("\n");
  for (const l of layouts) expect(text).toContain(JSON.stringify(l.name));
  expect(text).toContain(SHEETS_KEY);
  expect(text).not.toContain(JSON.stringify(PIN_KEY));
});

test("the year overviews written through office.js: one sheet per unit, in two requests, the pin not touched", async () => {
  const year = korning(2026, (m) => ruleSetForMonth("halsoval", 2026, m), listing.manader);
  const host = officeJsHost();
  (globalThis as unknown as { Excel: unknown }).Excel = host.Excel;
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => await batch(host.context());
  const layouts = yearLayouts(2026, year);
  expect(layouts.map((l) => l.name)).toContain("Årsöversikt VE18 2026");
  const res = await writeMonthSheets(run, layouts, new Set(), "2026-11-23");
  expect(res.status === "done" && res.sheets).toEqual(layouts.map((l) => l.name));
  expect(host.requests.length).toBe(2);
  expect(host.requests.map((r) => r.text).join("\n")).not.toContain(JSON.stringify(PIN_KEY));
});
