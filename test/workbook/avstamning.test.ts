// 3.3 Avstämning, reading 3.3.avstamning_avser: whichever year's amount the count of Y−1
// revises, the filled workbook holds the revision exactly once. Example data and example
// LPIK factors (not SKR's figures); 175 connected persons (6 above the range 129–169).
import { withOverrides } from "../../src/rules";
import { grundbelopp } from "../../src/engine/tillagg/grundbelopp";
import { justering } from "../../src/engine/tillagg/justera";
import { setPinned } from "../../src/functions/state";
import { medForegaende, planWorkbook, SHEETS, kommunSheet, type YearSetup } from "../../src/workbook/plan";
import { addr, type SheetLayout } from "../../src/workbook/layout";
import { avstamningSheet } from "../../src/workbook/sheets/avstamning";
import { buildEngine } from "../support/hyperformula";
import { exampleData, exampleSetup, exampleTillagg } from "../support/example-year";

const data = exampleData();
const n = data.befolkning.length;

function plan(option: "foregaende_ar" | "innevarande_ar") {
  const tb = withOverrides(exampleTillagg(), { readings: { "3.3.avstamning_avser": option } });
  const setup: YearSetup = medForegaende(exampleSetup({ tillagg: tb }));
  const layouts = planWorkbook(setup, data, "2026-11-23");
  const sheet = (name: string) => layouts.find((l) => l.name === name);
  const at = (l: SheetLayout, row: number, col: number) => l.values![row - 1][col] as number;
  return { tb, setup, layouts, sheet, at };
}

const sumCol = (l: SheetLayout, col: number, first: number, count: number) => l.values!.slice(first - 1, first - 1 + count).reduce((s, r) => s + (r[col] as number), 0);

test("the shipped data's default is foregaende_ar, with a Swedish explanation of both options", () => {
  const { tb } = plan("foregaende_ar");
  const r = exampleTillagg().data.readings["3.3.avstamning_avser"];
  expect(r.value).toBe("foregaende_ar");
  expect(Object.keys(r.options!)).toEqual(["foregaende_ar", "innevarande_ar"]);
  expect(r.ambiguity).toMatch(/inte vilket års tilläggsbelopp/);
  expect(tb.data.readings["3.3.avstamning_avser"].value).toBe("foregaende_ar");
});

describe("foregaende_ar (default): 2025's amount is revised on Avstämning 2025, 2026's amount is not", () => {
  const { tb, setup, sheet, at } = plan("foregaende_ar");
  const tl = sheet(SHEETS.tillagg)!;
  const av = sheet(avstamningSheet(2026))!;
  const revision2025 = justering(setup.foregaende!.tillagg, 175, 2025).toNumber();

  test("Tilläggsbelopp: no revision in 2026's amount; the indexed base amount is shared", () => {
    expect(at(tl, 9, 1)).toBe(0);
    expect(at(tl, 10, 1)).toBe(grundbelopp(tb, 2026).toNumber());
    expect(sumCol(tl, 5, 16, n)).toBe(grundbelopp(tb, 2026).toNumber());
    expect(String(tl.rows[3][0])).toContain("Avstämning 2025");
    expect(tl.rows[9][1]).toBe("=B5");
  });

  test("Avstämning 2025: the revision once, shared among the municipalities to the krona", () => {
    expect(revision2025).toBe(6 * 26744); // 25 940 × 1,031 = 26 744,14 → 26 744 per person
    expect(at(av, 14, 1)).toBe(revision2025);
    const parts = av.values!.slice(18, 18 + n).map((r) => r[2] as number);
    expect(parts.every((p) => Number.isInteger(p) && p > 0)).toBe(true);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(revision2025);
    expect(av.values![18 + n][2]).toBe(revision2025);
    expect(av.rows[18][2]).toBe("=TILLAGG.FORDELA(B14,B19:B26)");
  });

  test("summed over every sheet, the revision appears exactly once", () => {
    const inYear = at(tl, 10, 1) - at(tl, 5, 1);
    const kommuner = data.befolkning.reduce((s, k) => s + (sheet(kommunSheet(k.kommun))!.values![4][1] as number), 0);
    expect(inYear + at(av, 14, 1)).toBe(revision2025);
    expect(kommuner).toBe(grundbelopp(tb, 2026).toNumber());
  });

  test("each municipality's sheet (and so its shared file) shows its part of the 2025 revision beside its 2026 share", () => {
    const parts = data.befolkning.map((k, i) => {
      const l = sheet(kommunSheet(k.kommun))!;
      expect(String(l.rows[6][0])).toBe("Avstämning 2025: kommunens del av revideringen (3.3)");
      expect(l.rows[6][1]).toBe(`='Avstämning 2025'!C${19 + i}`);
      return l.values![6][1] as number;
    });
    expect(parts.reduce((s, p) => s + p, 0)).toBe(revision2025);
  });
});

describe("innevarande_ar: 2026's amount is revised by the count of 2025, no separate reconciliation", () => {
  const { tb, layouts, sheet, at } = plan("innevarande_ar");
  const tl = sheet(SHEETS.tillagg)!;
  const revision2026 = justering(tb, 175, 2026).toNumber();

  test("no Avstämning sheet; the revision is in 2026's amount and shared with it", () => {
    expect(sheet(avstamningSheet(2026))).toBeUndefined();
    expect(layouts.filter((l) => l.name.startsWith("Kommun ")).every((l) => !String(l.rows[6][0]).startsWith("Avstämning"))).toBe(true);
    expect(revision2026).toBe(6 * 27466); // 25 940 × 1,031 × 1,027 = 27 466,23 → 27 466
    expect(at(tl, 9, 1)).toBe(revision2026);
    expect(at(tl, 10, 1)).toBe(grundbelopp(tb, 2026).toNumber() + revision2026);
    expect(sumCol(tl, 5, 16, n)).toBe(at(tl, 10, 1));
    expect(tl.rows[9][1]).toBe("=TILLAGG.BELOPP(B4,B3)");
  });

  test("recalculated with HyperFormula, the Tilläggsbelopp sheet equals the plan", () => {
    setPinned({ year: 2026, ruleSets: [tb] });
    try {
      const hf = buildEngine(Object.fromEntries(layouts.map((l) => [l.name, l.rows])));
      const id = hf.getSheetId(SHEETS.tillagg)!;
      for (const a1 of ["B9", "B10", ...data.befolkning.map((_, i) => `F${16 + i}`)]) {
        const [c, r] = [a1.charCodeAt(0) - 65, Number(a1.slice(1))];
        expect([a1, hf.getCellValue(hf.simpleCellAddressFromString(addr(c, r), id)!)]).toEqual([a1, at(tl, r, c)]);
      }
    } finally {
      setPinned(undefined);
    }
  });
});
