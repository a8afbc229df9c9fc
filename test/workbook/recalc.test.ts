// A generated workbook recalculated headlessly (HyperFormula, our functions registered)
// gives the same totals as the engine called directly.
import { findRuleSet, withOverrides } from "../../src/rules";
import { lanetsErsattning } from "../../src/engine/halsoval/vardenhet";
import { fordela, kommunFaktorer, nyckel } from "../../src/engine/tillagg/fordelning";
import { arsbelopp } from "../../src/engine/tillagg/arsbelopp";
import { grundbelopp } from "../../src/engine/tillagg/grundbelopp";
import { fordelaUtveckling } from "../../src/engine/utveckling/fordelning";
import { manadsutbetalningar } from "../../src/engine/halsoval/manad";
import { Decimal } from "../../src/engine/money";
import { setPinned } from "../../src/functions/state";
import * as F from "../../src/functions";
import { planWorkbook, SHEETS, YearSetup } from "../../src/workbook/plan";
import { addr } from "../../src/workbook/layout";
import { buildEngine } from "../support/hyperformula";
import { exampleData, exampleSetup, exampleTillagg } from "../support/example-year";

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
const data = { vardenheter: v.rows, befolkning: b.rows };

// Example LPIK factors: NOT SKR's figures, only to exercise the arithmetic.
const tb = exampleTillagg();
const setup: YearSetup = exampleSetup({ tillagg: tb });

// The workbook pins its rule sets (with the user's LPIK) before anything recalculates.
setPinned({ year: 2026, ruleSets: [tb] });
afterAll(() => setPinned(undefined));

function recalc(s: YearSetup) {
  const layouts = planWorkbook(s, data, "2026-11-23");
  const hf = buildEngine(Object.fromEntries(layouts.map((l) => [l.name, l.rows])));
  const sheet = (name: string) => hf.getSheetId(name)!;
  const at = (name: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheet(name))!);
  return { layouts, at };
}

/** Cells where the plan's engine value and the recalculated value differ (numbers to the öre). */
function planVsRecalc(layouts: ReturnType<typeof planWorkbook>, at: (name: string, a1: string) => unknown): string[] {
  const diffs: string[] = [];
  for (const l of layouts) {
    l.values!.forEach((row, r) => row.forEach((v, c) => {
      const a1 = addr(c, r + 1);
      const got = at(l.name, a1);
      const want = typeof v === "object" ? null : v === "" ? null : v;
      const same = v === "" ? got === null || got === "" : typeof want === "number" ? typeof got === "number" && Math.abs(got - want) < 0.005 : typeof v === "object" ? typeof got === "object" && got !== null : String(got) === String(want); // "2025" typed into a cell is a number in both
      // An array formula that fails is one #VALUE! in Excel; HyperFormula spreads it over the range.
      const spread = v === "" && typeof got === "object" && got !== null && (got as { address?: string }).address !== `${l.name}!${a1}`;
      if (!same && !spread) diffs.push(`${l.name}!${a1}: plan ${JSON.stringify(v)}, recalc ${JSON.stringify(got)}`);
    }));
  }
  return diffs.slice(0, 10);
}

test("inputs left empty: the plan's values (#VALUE! where Excel shows it) equal the recalculation", () => {
  const { layouts, at } = recalc({ ...setup, anslutna: null, utvecklingBelopp: null });
  expect(planVsRecalc(layouts, at)).toEqual([]);
});

describe("the example workbook recalculated headlessly", () => {
  const { layouts, at } = recalc(setup);
  const engine = lanetsErsattning(setup.halsoval, data.vardenheter);
  const n = data.vardenheter.length;
  const close = (x: unknown, d: Decimal, tol = 1e-6) => expect(Math.abs((x as number) - d.toNumber())).toBeLessThan(tol * Math.max(1, Math.abs(d.toNumber())));

  test("no cell is an error", () => {
    const hf = buildEngine(Object.fromEntries(layouts.map((l) => [l.name, l.rows])));
    const errors: string[] = [];
    for (const l of layouts) {
      const values = hf.getSheetValues(hf.getSheetId(l.name)!);
      values.forEach((row, r) => row.forEach((c, k) => {
        if (c && typeof c === "object" && "type" in c) errors.push(`${l.name}!R${r + 1}C${k + 1}: ${(c as { message?: string }).message}`);
      }));
    }
    expect(errors).toEqual([]);
  });

  test("every cell's value computed by the engine when planning equals the recalculation, to the öre", () => {
    expect(planVsRecalc(layouts, at)).toEqual([]);
  });

  test("per unit and per component, the sheets agree with the engine", () => {
    engine.enheter.forEach((r, u) => {
      const row = u + 4;
      close(at(SHEETS.summa, `E${row}`), r.komponenter["5.1.1"]);
      close(at(SHEETS.summa, `F${row}`), r.komponenter["5.1.2"]);
      close(at(SHEETS.summa, `G${row}`), r.komponenter["5.1.3"]);
      close(at(SHEETS.summa, `H${row}`), r.komponenter["5.1.4"]);
      close(at(SHEETS.summa, `I${row}`), r.komponenter["5.1.5"]);
      close(at(SHEETS.summa, `J${row}`), r.admin);
      close(at(SHEETS.summa, `K${row}`), r.moms);
      close(at(SHEETS.summa, `L${row}`), r.summa);
    });
    close(at(SHEETS.summa, `L${n + 4}`), engine.summa.summa);
    // The CNI and sparsity budgets are shared out in full.
    close(at(SHEETS.cni, `F${n + 6}`), new Decimal(202842000));
    close(at(SHEETS.glesbygd, `F${n + 6}`), new Decimal(89489000));
  });

  test("monthly payments: the sheet's öre formula is the engine's exact twelfths of each part", () => {
    engine.enheter.forEach((r, u) => {
      const months = manadsutbetalningar(setup.halsoval, r);
      for (let m = 1; m <= 12; m++) expect(at(SHEETS.utbetalning, `${String.fromCharCode(67 + u)}${m + 3}`)).toBeCloseTo(months[m - 1].toNumber(), 6);
    });
    expect(at(SHEETS.utbetalning, "B9")).toBe(46195); // 2026-06-22, midsummer week
  });

  test("tilläggsbelopp: year's amount and its distribution agree with the engine", () => {
    // Reading 3.3.avstamning_avser = foregaende_ar (default): the count of 2025 revises
    // 2025's amount (sheet Avstämning 2025), so 2026's amount is the indexed base amount.
    const total = arsbelopp(tb, 2026, 175);
    expect(total.equals(grundbelopp(tb, 2026))).toBe(true);
    expect(at(SHEETS.tillagg, "B9")).toBe(0);
    expect(at(SHEETS.tillagg, "B10")).toBe(total.toNumber());
    const hv = setup.halsoval;
    const f = data.befolkning.map((k) => kommunFaktorer(hv, k));
    const keys = nyckel(tb, f.map((x) => x.alder), f.map((x) => x.cni), f.map((x) => x.glesbygd));
    const parts = fordela(total, keys);
    parts.forEach((p, i) => expect(at(SHEETS.tillagg, `F${16 + i}`)).toBe(p.toNumber()));
    expect(at(SHEETS.tillagg, "F24")).toBe(total.toNumber());
  });

  test("joint development: the municipalities' half by population", () => {
    const parts = fordelaUtveckling(setup.utveckling, 2000000, data.befolkning.map((k) => k.befolkning.reduce((s, x) => s + x, 0)));
    parts.forEach((p, i) => expect(at(SHEETS.utveckling, `C${8 + i}`)).toBe(p.toNumber()));
    expect(at(SHEETS.utveckling, "C16")).toBe(1000000);
  });

  test("each municipality's sheet shows its own share", () => {
    expect(at("Kommun Berg", "B5")).toBe(at(SHEETS.tillagg, "F16"));
    expect(at("Kommun Östersund", "B6")).toBe(at(SHEETS.utveckling, "C15"));
  });
});

describe("a small grid typed by an economist", () => {
  test("one unit's listed counts by band × HALSOVAL.LISTAD equals the engine", () => {
    const unit = data.vardenheter[0];
    const hf = buildEngine({
      Blad1: [
        [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100],
        [...unit.listade],
        ["=SUMPRODUCT(A2:U2,HALSOVAL.LISTAD(A1:U1))", "=HALSOVAL.LISTAD(72)", "=HALSOVAL.LISTAD(-1)", "=TILLAGG.JUSTERA(175;2024)".replace(";", ",")],
      ],
    });
    const got = hf.getCellValue({ sheet: 0, row: 2, col: 0 });
    const engine = lanetsErsattning(setup.halsoval, [unit]).enheter[0].komponenter["5.1.1"];
    expect(got).toBeCloseTo(engine.toNumber(), 6);
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 1 })).toBe(3543.54);
    const err = hf.getCellValue({ sheet: 0, row: 2, col: 2 }) as { type: string; message: string };
    expect(err.type).toBe("VALUE");
    expect(err.message).toContain("negativ");
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 3 })).toBe(155640);
    expect(F.halsovalListad([[72]])).toEqual([[3543.54]]);
  });
});

test("switch 4.fordelningsnyckel = resursfordelning: the development funds follow the §3.4 keys", () => {
  const gu = withOverrides(findRuleSet("utveckling", 2026), { readings: { "4.fordelningsnyckel": "resursfordelning" } });
  setPinned({ year: 2026, ruleSets: [tb, gu] });
  try {
    const { at } = recalc({ ...setup, utveckling: gu });
    const hv = setup.halsoval;
    const f = data.befolkning.map((k) => kommunFaktorer(hv, k));
    const keys = nyckel(tb, f.map((x) => x.alder), f.map((x) => x.cni), f.map((x) => x.glesbygd));
    fordelaUtveckling(gu, 2000000, keys).forEach((p, i) => expect(at(SHEETS.utveckling, `C${8 + i}`)).toBe(p.toNumber()));
  } finally {
    setPinned({ year: 2026, ruleSets: [tb] });
  }
});

test("switch 5.1.1.prislage = harlett: the 5.1.1 sheet passes the county's weighted count, and the price is total / Σ(weight × listed)", () => {
  const hv = withOverrides(findRuleSet("halsoval", 2026), { readings: { "5.1.1.prislage": "harlett" } });
  setPinned({ year: 2026, ruleSets: [tb, hv] });
  try {
    const { layouts, at } = recalc({ ...setup, halsoval: hv });
    expect(planVsRecalc(layouts, at)).toEqual([]);
    const engine = lanetsErsattning(hv, data.vardenheter);
    expect(at(SHEETS.listad, "Y4")).toBeCloseTo(engine.underlag.viktadeListade.toNumber(), 6);
    // The whole 5.1.1 budget is paid out (to the krona; each unit's amount is exact).
    expect(Math.round(at(SHEETS.listad, `D${6 + data.vardenheter.length}`) as number)).toBe(304262000);
  } finally {
    setPinned({ year: 2026, ruleSets: [tb] });
  }
});

test("5.1.3: the sheet shows what the municipality's distance moves compared with each unit's own (example data 2026: 5 471 248 kr)", () => {
  const { at } = recalc(setup);
  expect(Math.round(at(SHEETS.glesbygd, "B4") as number)).toBe(5471248);
  expect(at(SHEETS.glesbygd, "A4")).toBe("Tolkningen flyttar (kr)");
});
