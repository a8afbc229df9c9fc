// The what-if sheet (issue 11, item 5): a scenario on the example data (example LPIK, not
// SKR's figures), recalculated with HyperFormula and read back from the .xlsx.
import ExcelJS from "exceljs";
import { findRuleSet, withOverrides } from "../../src/rules";
import { vadOm } from "../../src/engine/forklaring/vadom";
import type { Lanet } from "../../src/engine/forklaring/lan";
import { addr, validSheetName } from "../../src/workbook/layout";
import { writeXlsx } from "../../src/workbook/xlsx";
import { scenarioBlad, scenarioSheet } from "../../src/workbook/sheets/scenario";
import { buildEngine } from "../support/hyperformula";
import { exampleData, exampleTillagg } from "../support/example-year";

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
// The count of connected persons moves this year's figures only when it revises this year's
// amount (reading 3.3.avstamning_avser = innevarande_ar); by default it revises last year's.
const tb = withOverrides(exampleTillagg(), { readings: { "3.3.avstamning_avser": "innevarande_ar" } });
const lanet: Lanet = {
  regler: { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026) },
  enheter: v.rows, kommuner: b.rows, anslutna: 175, utvecklingBelopp: 2000000,
};

describe.each([
  [{ anslutna: 150 }, "Scenario 150 anslutna"],
  [{ vikt: { nyckel: "5.1.1.vikter" as const, band: 14, varde: "2" } }, "Scenario 5.1.1.vikter nr 15 = 2"],
])("scenario %j", (andring, name) => {
  const l = scenarioBlad(lanet, andring);
  const r = vadOm(lanet, andring);
  const hf = buildEngine({ [l.name]: l.rows });
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(l.name)!)!);

  test("named after the change, a valid sheet name, marked as a scenario", () => {
    expect(l.name).toBe(name);
    expect(validSheetName(l.name)).toBe(true);
    expect(String(l.rows[0][0])).toMatch(/^SCENARIO: /);
    expect(String(l.rows[1][0])).toContain("inte årets beräkning");
  });

  test("every value equals the recalculation to the öre; effects are the engine's", () => {
    const diffs: string[] = [];
    l.values!.forEach((row, i) => row.forEach((want, c) => {
      const got = at(addr(c, i + 1));
      const same = want === "" ? got === null || got === "" : typeof want === "number" ? typeof got === "number" && Math.abs(got - want) < 0.005 : String(got) === String(want);
      if (!same) diffs.push(`${addr(c, i + 1)}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`);
    }));
    expect(diffs).toEqual([]);
    r.perKommun.forEach((k, i) => expect(at(`D${6 + i}`)).toBeCloseTo(k.effekt.toNumber(), 2));
    const eFirst = 6 + r.perKommun.length + 4;
    r.perEnhet.forEach((e, i) => expect(at(`E${eFirst + i}`)).toBeCloseTo(e.effekt.toNumber(), 2));
    expect(r.perKommun.some((k) => !k.effekt.isZero())).toBe(true);
  });

  test("the .xlsx holds it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeXlsx([l])) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(l.name)!;
    expect(ws.getCell("B6").value).toBe(r.perKommun[0].fore.toNumber());
  });
});

test("a long change is cut to Excel's 31 characters", () => {
  expect(scenarioSheet({ lpik: { "2025": "1.031", "2026": "1.05" } }).length).toBeLessThanOrEqual(31);
});
