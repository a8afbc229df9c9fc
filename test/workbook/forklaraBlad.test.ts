// "Förklara" for every figure of the filled workbook (issue 11, item 2): each cell the
// figure table maps is explained with a trace whose amount is the cell's own value (the
// layout's engine value, what Excel shows), whose parts sum exactly to it, and whose every
// parameter names a source with a title. Example data and example LPIK (not SKR's figures).
import { ruleSetForMonth } from "../../src/rules";
import * as fs from "fs";
import * as path from "path";
import { allaForklaringar, summaDelar, type Forklaring } from "../../src/engine/forklaring/typ";
import { addr } from "../../src/workbook/layout";
import { bladSvar } from "../../src/workbook/forklaraBlad";
import { manadsbladSvar } from "../../src/workbook/forklaraManadsblad";
import { medForegaende, planWorkbook } from "../../src/workbook/plan";
import { avstamningSheet } from "../../src/workbook/sheets/avstamning";
import { parseText } from "../../src/workbook/indata";
import { parseManadslistning } from "../../src/workbook/manad/listning";
import { korning } from "../../src/workbook/manad/korning";
import { monthLayouts } from "../../src/taskpane/useMonth";
import { exampleData, exampleSetup } from "../support/example-year";

const setup = medForegaende(exampleSetup());
const data = exampleData();
// The municipalities in file order (the pane may hold them so): the sheets' order is the agreements'.
const shuffled = { ...data, befolkning: [...data.befolkning].reverse() };
const layouts = planWorkbook(setup, data, "2026-11-23");

function sound(f: Forklaring, where: string): string[] {
  const bad: string[] = [];
  for (const t of allaForklaringar(f)) {
    const s = summaDelar(t);
    if (t.delar.length && (!s || !t.belopp || !s.equals(t.belopp))) bad.push(`${where} ${t.rubrik}: delar ${s} ≠ ${t.belopp}`);
    for (const p of t.parametrar) if (!p.kalla.dokument || !p.kalla.avsnitt) bad.push(`${where} ${p.nyckel}: ingen källa`);
  }
  return bad;
}

const figures = new Map<string, number>();
const problems: string[] = [];
for (const l of layouts) {
  l.values!.forEach((row, r) =>
    row.forEach((v, c) => {
      const a1 = addr(c, r + 1);
      const svar = bladSvar(l.name, a1, setup, shuffled);
      if (svar.kind === "inte-vart") problems.push(`${l.name} is not recognised as ours`);
      if (svar.kind !== "figur") return;
      const f = svar.forklaring;
      figures.set(l.name, (figures.get(l.name) ?? 0) + 1);
      if (typeof v !== "number" || !f.belopp || Math.abs(f.belopp.toNumber() - v) > 1e-6 * Math.max(1, Math.abs(v))) problems.push(`${l.name}!${a1}: trace ${f.belopp} ≠ cell ${JSON.stringify(v)}`);
      problems.push(...sound(f, `${l.name}!${a1}`));
    }),
  );
}

test("every mapped figure equals its cell; parts sum exactly; every parameter has a source", () => {
  expect(problems.slice(0, 10)).toEqual([]);
});

test.each([
  ["5.1.1 Per listad", data.vardenheter.length + 1],
  ["5.1.2 CNI", data.vardenheter.length + 1],
  ["5.1.3 Glesbygd", data.vardenheter.length + 1],
  ["5.1.4 Läkemedel", data.vardenheter.length + 1],
  ["5.1.5 Rehab", data.vardenheter.length + 1],
  ["Sammanställning", 9 * (data.vardenheter.length + 1)],
  ["Utbetalning", 13 * data.vardenheter.length],
  ["Tilläggsbelopp", 2 * (data.befolkning.length + 1)],
  ["Utveckling", data.befolkning.length + 1],
  // Five amounts, then the revision shared by the 3.4 key: key and part per municipality and their sums.
  [avstamningSheet(2026), 5 + 2 * (data.befolkning.length + 1)],
  ["Förändring 2025–2026", (10 + 2) * (data.befolkning.length + 1)],
])("%s: %i figures explained", (sheet, n) => {
  expect(figures.get(sheet)).toBe(n);
});

test("a municipality's sheet: key, both shares, its part of last year's revision and its units", () => {
  const k = data.befolkning[1].kommun;
  const units = data.vardenheter.filter((e) => e.kommun === k).length;
  expect(figures.get(`Kommun ${k}`)).toBe(4 + units);
  const del = bladSvar(`Kommun ${k}`, "B7", setup, data);
  expect(del.kind === "figur" && del.forklaring.rubrik).toBe(`Avstämning 2025, ${k}s del av revideringen (3.3–3.4)`);
});

test("a component cell explains the component, the sum row its units as parts; headings and other sheets are said so", () => {
  const s = bladSvar("5.1.3 Glesbygd", "F6", setup, data);
  expect(s.kind === "figur" && s.forklaring.avsnitt).toBe("5.1.3");
  const total = bladSvar("5.1.1 Per listad", `D${6 + data.vardenheter.length}`, setup, data);
  expect(total.kind === "figur" && total.forklaring.delar.map((d) => d.avsnitt)).toEqual(data.vardenheter.map(() => "5.1.1"));
  expect(bladSvar("5.1.1 Per listad", "B6", setup, data).kind).toBe("ingen-figur");
  expect(bladSvar("Blad1", "A1", setup, data).kind).toBe("inte-vart");
});

describe("the month's sheets", () => {
  const listing = parseManadslistning(parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-manadslistning-2026.csv"), "utf8")), 2026);
  if (!listing.ok) throw new Error("example monthly listing invalid");
  const units = korning(2026, (m) => ruleSetForMonth("halsoval", 2026, m), listing.manader, [], [], 5);
  const ls = monthLayouts(2026, 5, units);
  const m = { names: ls.map((l) => l.name), units };

  test("every amount on the payment list and the specifications equals its trace, which sums exactly", () => {
    const bad: string[] = [];
    let n = 0;
    for (const l of ls)
      l.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const a1 = addr(c, r + 1);
          const svar = manadsbladSvar(l.name, a1, m);
          const amount = r > 0 && typeof v === "number" && (l === ls[0] ? c >= 4 : c === 2);
          if (svar.kind !== "figur") return void (amount && bad.push(`${l.name}!${a1} not explained`));
          n++;
          if (!amount || Math.abs(svar.forklaring.belopp!.toNumber() - (v as number)) > 1e-9) bad.push(`${l.name}!${a1}: ${svar.forklaring.belopp} ≠ ${v}`);
          bad.push(...sound(svar.forklaring, `${l.name}!${a1}`));
        }),
      );
    expect(bad.slice(0, 10)).toEqual([]);
    expect(n).toBeGreaterThan(units.length * 6);
  });

  test("a unit's payment names the unit and month, its lines as parts", () => {
    const last = String.fromCharCode(65 + ls[0].rows[0].length - 1);
    const s = manadsbladSvar(m.names[0], `${last}2`, m);
    expect(s.kind).toBe("figur");
    if (s.kind !== "figur") return;
    expect(s.forklaring.rubrik).toContain(units[0].namn);
    expect(s.forklaring.rubrik).toContain("maj 2026");
    expect(s.forklaring.delar.length).toBe(units[0].rader.length);
    expect(manadsbladSvar("Blad1", "A1", m).kind).toBe("inte-vart");
  });
});
