// "Förklara" (issue 11, item 2): a selected formula parsed into our function call, its
// references resolved, and the explanation equal to the engine's trace; figures on the
// filled Sammanställning and Tilläggsbelopp mapped to their traces.
import { engelskFormel, parseFormel, type Markering } from "../../src/workbook/markering";
import { manadSkriven } from "../../src/taskpane/senasteManad";
import { dec } from "../../src/engine/money";
import { forklaraCell, INTE_VAR, INGEN_FIGUR, MANAD_OKAND, UTAN_DATA } from "../../src/taskpane/forklaraCell";
import { forklaraFunktion } from "../../src/engine/forklaring/funktioner";
import { kr, renderaForklaring } from "../../src/engine/forklaring/text";
import { forklaraVardenhet } from "../../src/engine/forklaring/vardenhet";
import { forklaraTillaggsandel } from "../../src/engine/forklaring/kommun";
import { lanetsErsattning } from "../../src/engine/halsoval/vardenhet";
import { findRuleSet, withOverrides } from "../../src/rules";
import { parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";
import type { YearSetup } from "../../src/workbook/sheets/common";
import * as fs from "fs";
import * as path from "path";
import { exampleData, exampleSetup } from "../support/example-year";

describe("parseFormel", () => {
  it("reads a call with a reference and a number, in Office.js's and in Swedish form", () => {
    expect(parseFormel("=HALSOVAL.LISTAD(A2,2026)")).toEqual({ namn: "HALSOVAL.LISTAD", args: [{ kind: "ref", sheet: null, address: "A2" }, { kind: "tal", value: 2026 }] });
    expect(parseFormel("=halsoval.cni(B2:H2; 0,97)")).toEqual({ namn: "HALSOVAL.CNI", args: [{ kind: "ref", sheet: null, address: "B2:H2" }, { kind: "tal", value: 0.97 }] });
  });
  it("reads sheet-qualified references, texts and left-out arguments", () => {
    expect(parseFormel("='Indata vårdenheter'!$C$2")).toBeNull();
    expect(parseFormel("=TILLAGG.BELOPP('Indata år'!$B$4,)")?.args).toEqual([{ kind: "ref", sheet: "Indata år", address: "B4" }, { kind: "tom" }]);
    expect(parseFormel('=HALSOVAL.PARAMETER("5.1.1.pris",2026)')?.args[0]).toEqual({ kind: "text", value: "5.1.1.pris" });
  });
  it("is null for a value, a formula that is not one call, or two calls", () => {
    expect(parseFormel(3543.54)).toBeNull();
    expect(parseFormel("=A1+B1")).toBeNull();
    expect(parseFormel("=SUM(A1:A3)")).toBeNull();
    expect(parseFormel("=HALSOVAL.VIKT(1)+HALSOVAL.VIKT(2)")).toBeNull();
  });
  it("refuses a nested formula argument with a Swedish message", () => {
    expect(() => parseFormel("=HALSOVAL.LISTAD(A2+1,2026)")).toThrow(/varken ett tal, en text eller en cellreferens/);
  });
});

describe("engelskFormel", () => {
  it("turns Swedish separators into the form range.formulas takes, leaving texts alone", () => {
    expect(engelskFormel("=HALSOVAL.CNI(B2:H2; 0,97)")).toBe("=HALSOVAL.CNI(B2:H2, 0.97)");
    expect(engelskFormel('=HALSOVAL.UTBILDNING("a;1,5"; 52000)')).toBe('=HALSOVAL.UTBILDNING("a;1,5", 52000)');
  });
});

const mark = (formula: unknown, anrop: Markering["anrop"]): Markering => ({ sheet: "Blad1", address: "B2", formula, value: 0, anrop });

describe("forklaraCell", () => {
  it("explains a LISTAD formula with the engine's own trace and names the input cell", () => {
    const r = forklaraCell(mark("=HALSOVAL.LISTAD(A2,2026)", { namn: "HALSOVAL.LISTAD", args: [72, 2026], inputs: [{ text: "A2", value: 72 }] }), 2026);
    expect(r.problem).toBeNull();
    expect(r.inputs).toEqual(["A2 = 72"]);
    expect(r.lines).toEqual(renderaForklaring(forklaraFunktion("HALSOVAL.LISTAD", [72, 2026], 2026)));
    expect(r.lines[0]).toContain("3 543,54 kr");
  });
  it("says plainly when a cell is not ours", () => {
    expect(forklaraCell(mark(12, null), 2026).problem).toBe(INTE_VAR);
    expect(forklaraCell(mark("=ANNAN.FUNKTION(1)", { namn: "ANNAN.FUNKTION", args: [1], inputs: [] }), 2026).problem).toBe(INTE_VAR);
  });
  it("names the problem when the inputs are bad", () => {
    const r = forklaraCell(mark("=HALSOVAL.LISTAD(A2)", { namn: "HALSOVAL.LISTAD", args: ["sjuttio"], inputs: [{ text: "A2", value: "sjuttio" }] }), 2026);
    expect(r.problem).toMatch(/^Formeln kan inte förklaras: .*Ålder/);
  });
});

describe("forklaraCell on a filled sheet", () => {
  // The example data and the 2026 setup, as the pane holds them after a fill.
  const read = (f: string) => parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", f), "utf8"));
  const v = parseVardenheter(read("EXEMPEL-vardenheter.csv"));
  const b = parseBefolkning(read("EXEMPEL-befolkning.csv"));
  if (!v.ok || !b.ok) throw new Error("example data invalid");
  const data = { vardenheter: v.rows, befolkning: b.rows };
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
  const setup: YearSetup = { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: 2000000 };
  const at = (sheet: string, address: string): Markering => ({ sheet, address, formula: "=SUM(E4:K4)", value: 0, anrop: null });
  it("explains a unit's total on Sammanställning with the engine's trace of that unit", () => {
    const r = forklaraCell(at("Sammanställning", "L4"), 2026, { setup, data });
    const lan = lanetsErsattning(setup.halsoval, data.vardenheter);
    expect(r.lines).toEqual(renderaForklaring(forklaraVardenhet(setup.halsoval, lan, data.vardenheter[0].id)));
    expect(r.lines[0]).toContain(kr(lan.enheter[0].summa));
  });
  it("explains a municipality's share on Tilläggsbelopp", () => {
    const r = forklaraCell(at("Tilläggsbelopp", "F17"), 2026, { setup, data });
    expect(r.lines).toEqual(renderaForklaring(forklaraTillaggsandel(setup, data.befolkning, setup.anslutna!, data.befolkning[1].kommun)));
  });
  it("a heading or a cell outside the rows of our sheet has no figure; another sheet is not ours", () => {
    expect(forklaraCell(at("Sammanställning", "B3"), 2026, { setup, data }).problem).toBe(INGEN_FIGUR);
    expect(forklaraCell(at("Sammanställning", `L${4 + data.vardenheter.length + 5}`), 2026, { setup, data }).problem).toBe(INGEN_FIGUR);
    expect(forklaraCell(at("Blad1", "B3"), 2026, { setup, data }).problem).toBe(INTE_VAR);
    expect(forklaraCell(at("Sammanställning", "L4"), 2026, null).problem).toBe(UTAN_DATA);
  });
});

describe("forklaraCell on the month's sheets", () => {
  const cellAt = (sheet: string, address: string, value: unknown = 1000.5): Markering => ({ sheet, address, formula: value, value, anrop: null });
  it("before the month view wrote them in this pane: says so; after: the unit's payment", () => {
    expect(forklaraCell(cellAt("Utbetalning 2031-05", "E2"), 2031).problem).toBe(MANAD_OKAND);
    const u = { id: "VE01", namn: "Exempelenheten", manad: 5, datum: { year: 2031, month: 5, day: 20 }, rader: [{ kolumn: "5.1.1" as const, text: "Listade (ålder)", underlag: "100 listade", belopp: dec("1000.50") }], summa: dec("1000.50") };
    manadSkriven({ names: ["Utbetalning 2031-05", "Spec VE01 2031-05"], units: [u] });
    const r = forklaraCell(cellAt("Utbetalning 2031-05", "E2"), 2031);
    expect(r.problem).toBeNull();
    expect(r.lines[0]).toBe("Listade (ålder) (5.1.1), Exempelenheten, maj 2031: 1 000,50 kr");
    expect(forklaraCell(cellAt("Spec VE01 2031-05", "C5"), 2031).lines[0]).toBe("Utbetalning maj 2031, Exempelenheten (VE01): 1 000,50 kr");
    expect(forklaraCell(cellAt("Spec VE01 2031-05", "A1", "Utbetalningsspecifikation"), 2031).problem).toBe(INGEN_FIGUR);
    expect(forklaraCell(cellAt("Utbetalning 2031-05", "E2", 999), 2031).problem).toMatch(/^Cellens värde \(999\)/);
  });
});

describe("forklaraCell: a figure whose cell shows another value", () => {
  const setup = exampleSetup();
  const data = exampleData();
  it("is not explained with figures the sheet does not show", () => {
    const m = (value: unknown, formula: unknown = value): Markering => ({ sheet: "Tilläggsbelopp", address: "F16", formula, value, anrop: null });
    const right = forklaraCell(m(0, "=TILLAGG.FORDELA(B10,E16:E23)"), 2026, { setup, data });
    expect(right.problem).toBeNull();
    const shown = Number(/: ([\d\s ]+,\d\d) kr$/.exec(right.lines[0])![1].replace(/\s/g, "").replace(",", "."));
    expect(forklaraCell(m(shown, "=TILLAGG.FORDELA(B10,E16:E23)"), 2026, { setup, data }).problem).toBeNull();
    const wrong = forklaraCell(m(shown + 1, "=TILLAGG.FORDELA(B10,E16:E23)"), 2026, { setup, data });
    expect(wrong.problem).toMatch(/^Cellens värde .* är inte det som fönstrets data och regelverk ger/);
    expect(wrong.lines).toEqual([]);
  });
});
