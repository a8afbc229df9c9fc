// The workbook writer against office-addin-mock: what is written, where, and how many
// context.sync() calls it takes.
import { OfficeMockObject } from "office-addin-mock";
import { planWorkbook, YearSetup } from "../../src/workbook/plan";
import { pinFromSetup, PIN_KEY, SHEETS_KEY, stateFromPin } from "../../src/workbook/settings";
import { dimensions } from "../../src/workbook/a1";
import { backupName, ExcelRun, fillWorkbook, shareSheet } from "../../src/workbook/writer";
import { areaOf, validSheetName } from "../../src/workbook/layout";
import { exampleData, exampleSetup, exampleTillagg } from "../support/example-year";

(globalThis as unknown as { Excel: unknown }).Excel = { CalculationType: { full: "Full" } };

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
const tb = exampleTillagg();
const setup: YearSetup = exampleSetup({ anslutna: 150, utvecklingBelopp: 1000000 });
const layouts = planWorkbook(setup, { vardenheter: v.rows, befolkning: b.rows }, "2026-11-23");
const pin = pinFromSetup(setup, "2026-11-23");

interface Written {
  formulas: Record<string, unknown[][]>;
  values: Record<string, unknown[][]>;
  formats: string[];
  tables: string[];
  protected: string[];
  cleared: string[];
  added: string[];
  copies: string[];
  settings: Record<string, string>;
}

/** A workbook with some sheets already there; `ours` is what the add-in made before. */
function workbook(existing: string[], ours: string[] | null, usedValues: unknown[][] = [["x"]], existingTables: string[] = []) {
  const w: Written = { formulas: {}, values: {}, formats: [], tables: [], protected: [], cleared: [], added: [], copies: [], settings: {} };
  const sheet = (name: string) => ({
    name,
    tables: { items: [] as { name: string; delete: () => void }[], add: (range: string) => { const t = { name: "" }; setTimeout(() => w.tables.push(`${name}!${range}=${t.name}`)); return t; } },
    getRange: (a1?: string) => ({
      set formulas(x: unknown[][]) { w.formulas[`${name}!${a1}`] = x; },
      set values(x: unknown[][]) { w.values[`${name}!${a1}`] = x; },
      set numberFormat(x: string[][]) { w.formats.push(`${name}!${a1}=${x[0][0]}`); },
      format: { font: {}, fill: {}, autofitColumns: () => undefined },
      clear: () => w.cleared.push(name),
    }),
    getUsedRange: () => ({ values: usedValues, numberFormat: usedValues.map((r) => r.map(() => "General")), load: () => undefined }),
    getRangeByIndexes: (r: number, c: number, h: number, wd: number) => ({
      set values(x: unknown[][]) { w.values[`${name}!${r},${c},${h},${wd}`] = x; },
      set numberFormat(_x: unknown) { /* recorded through values */ },
      format: { autofitColumns: () => undefined },
    }),
    protection: { protect: () => w.protected.push(name), unprotect: () => undefined },
    copy: (position: string) => ({ set name(n: string) { w.copies.push(`${name} → ${n} (${position}) before clear ${w.cleared.length}`); } }),
    freezePanes: { freezeRows: () => undefined },
    isNullObject: false,
    load: () => undefined,
  });
  const seed = {
    workbook: {
      worksheets: {
        items: existing.map(sheet),
        add: (name: string) => { w.added.push(name); return sheet(name); },
        getItem: (name: string) => sheet(name),
        getItemOrNullObject: (name: string) => (existing.includes(name) ? sheet(name) : { isNullObject: true, load: () => undefined }),
      },
      settings: {
        getItemOrNullObject: (key: string) =>
          key === SHEETS_KEY && ours ? { isNullObject: false, value: JSON.stringify(ours), load: () => undefined } : { isNullObject: true, load: () => undefined },
        add: (key: string, value: string) => { w.settings[key] = value; },
      },
      tables: {
        items: existingTables.map((name) => ({ name })),
        getItem: (name: string) => ({ delete: () => w.cleared.push(`table ${name}`) }),
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined, calculate: () => undefined },
    },
    application: { suspendApiCalculationUntilNextSync: () => undefined },
  };
  const context = new OfficeMockObject(seed);
  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => { syncs++; await sync(); };
  const run: ExcelRun = async (batch) => await batch(context as unknown as Excel.RequestContext);
  return { w, run, syncs: () => syncs };
}

describe("fillWorkbook", () => {
  test("a new workbook: every sheet added and written in two syncs, pin and sheet list recorded", async () => {
    const { w, run, syncs } = workbook(["Blad1"], null);
    const res = await fillWorkbook(run, layouts, pin, new Set());
    expect(res.status).toBe("done");
    expect(syncs()).toBe(2);
    expect(w.added).toEqual(layouts.map((l) => l.name));
    expect(w.formulas["5.1.1 Per listad!A1:Y23"][2][1]).toBe("=HALSOVAL.LISTAD(B2,'Parametrar'!$B$2,$Y$4)");
    expect(w.protected).toEqual(["Parametrar"]);
    expect(w.formats).toContain("Sammanställning!E4:M21=#,##0 \"kr\"");
    const stored = stateFromPin(w.settings[PIN_KEY]);
    expect(stored.state.year).toBe(2026);
    expect(stored.state.ruleSets.map((r) => r.hash)).toEqual([setup.halsoval.hash, tb.hash, setup.utveckling.hash]);
    expect(JSON.parse(w.settings[SHEETS_KEY])).toEqual(layouts.map((l) => l.name));
    await new Promise((r) => setTimeout(r));
    expect(w.tables).toContain("Indata vårdenheter!A1:AB18=RJH_Vardenheter");
    if (res.status === "done") expect(res.payloadBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test("keepOurs: a sheet the add-in wrote is asked about too, then copied before it is replaced", async () => {
    const date = "2026-11-23";
    const first = workbook(["Sammanställning"], ["Sammanställning"]);
    expect(await fillWorkbook(first.run, layouts, null, new Set(), { date, keepOurs: true })).toEqual({ status: "conflicts", conflicts: ["Sammanställning"] });
    expect(first.w.copies).toEqual([]);
    const again = workbook(["Sammanställning"], ["Sammanställning"]);
    const res = await fillWorkbook(again.run, layouts, null, new Set(["Sammanställning"]), { date, keepOurs: true });
    expect(res.status === "done" && [res.replaced, res.backups, res.updated]).toEqual([["Sammanställning"], ["Sammanställning (kopia 261123)"], []]);
    expect(again.w.copies).toEqual(["Sammanställning → Sammanställning (kopia 261123) (End) before clear 0"]);
  });

  test("a user's sheet with the same name: nothing is written, the name is returned", async () => {
    const { w, run, syncs } = workbook(["Blad1", "Sammanställning"], null);
    const res = await fillWorkbook(run, layouts, pin, new Set());
    expect(res).toEqual({ status: "conflicts", conflicts: ["Sammanställning"] });
    expect(syncs()).toBe(1);
    expect(w.added).toEqual([]);
    expect(Object.keys(w.formulas)).toEqual([]);
    expect(w.settings).toEqual({});
  });

  test("confirmed, the user's sheet is copied, then cleared and rewritten in place, in the same two syncs", async () => {
    const date = new Date().toISOString().slice(0, 10);
    // Excel's 31 characters shorten the date; an earlier copy of the same day is kept too.
    const kort = date.slice(2).replace(/-/g, "");
    const { w, run, syncs } = workbook(["Sammanställning", `Sammanställning (kopia ${kort})`], null);
    const res = await fillWorkbook(run, layouts, pin, new Set(["Sammanställning"]));
    expect(res.status).toBe("done");
    expect(w.cleared).toEqual(["Sammanställning"]);
    expect(w.added).not.toContain("Sammanställning");
    const name = `Sammanställnin (kopia ${kort} 2)`;
    expect(w.copies).toEqual([`Sammanställning → ${name} (End) before clear 0`]);
    if (res.status === "done") expect([res.replaced, res.backups, res.updated]).toEqual([["Sammanställning"], [name], []]);
    expect(syncs()).toBe(2);
  });

  test("a backup's name stays within Excel's 31 characters and is not already taken", () => {
    expect(backupName("Utveckling", "2026-11-23", new Set())).toBe("Utveckling (kopia 2026-11-23)");
    const long = backupName("Kommun Strömsund med tillägg", "2026-11-23", new Set());
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toBe("Kommun Strömsund (kopia 261123)");
    // A unit's year overview keeps its unit in the copy's name.
    expect(backupName("Årsöversikt VE01 2026", "2026-11-23", new Set())).toBe("Årsöversikt VE01 (kopia 261123)");
    expect(backupName("Årsöversikt VE01 2026", "2026-11-23", new Set(["Årsöversikt VE01 (kopia 261123)"]))).toBe("Årsöversikt VE (kopia 261123 2)");
    expect(backupName("A", "2026-11-23", new Set(["A (kopia 2026-11-23)"]))).toBe("A (kopia 2026-11-23 2)");
  });

  test("a second run updates the sheets the first created instead of duplicating them", async () => {
    const names = layouts.map((l) => l.name);
    const { w, run, syncs } = workbook(names, names, [["x"]], ["RJH_Vardenheter", "RJH_Befolkning"]);
    const res = await fillWorkbook(run, layouts, pin, new Set());
    expect(res.status === "done" && res.updated.length).toBe(names.length);
    expect(w.cleared).toContain("table RJH_Vardenheter");
    expect(w.added).toEqual([]);
    expect(syncs()).toBe(2);
  });

  test("when the rule sets changed, a third sync recalculates the whole workbook", async () => {
    const { run, syncs } = workbook([], null);
    await fillWorkbook(run, layouts, pin, new Set(), { recalculateAll: true });
    expect(syncs()).toBe(3);
  });

  test("every layout is a rectangle exactly the size of the range it is written to, formats too", () => {
    for (const l of layouts) {
      const { rows, cols } = dimensions(areaOf(l));
      expect([l.name, l.rows.length, l.rows.every((r) => r.length === cols)]).toEqual([l.name, rows, true]);
      for (const f of l.formats ?? []) expect(dimensions(f.range).rows).toBeGreaterThan(0);
    }
  });

  test("every sheet name is one Excel accepts", () => {
    for (const l of layouts) expect([l.name, validSheetName(l.name)]).toEqual([l.name, true]);
    expect(validSheetName("a/b")).toBe(false);
    expect(validSheetName("x".repeat(32))).toBe(false);
  });

  test("dimensions of an address", () => {
    expect(dimensions("B3:V3")).toEqual({ rows: 1, cols: 21 });
    expect(dimensions("$A$1")).toEqual({ rows: 1, cols: 1 });
  });
});

describe("shareSheet", () => {
  test("the municipality's sheet as values with the note above, in two syncs", async () => {
    const { w, run, syncs } = workbook(["Kommun Berg"], ["Kommun Berg"], [["Berg", 12], ["Tilläggsbelopp", 480000]]);
    const res = await shareSheet(run, "Kommun Berg", "Dela Berg", ["Berg: underlag 2026", "Beräknat 2026-11-23 med halsoval-2026"], false);
    expect(res.status).toBe("done");
    expect(syncs()).toBe(2);
    expect(w.added).toEqual(["Dela Berg"]);
    const written = Object.entries(w.values).find(([k]) => k.startsWith("Dela Berg!"))![1];
    expect(written[0][0]).toBe("Berg: underlag 2026");
    expect(written[3]).toEqual(["Berg", 12]);
    expect(JSON.parse(w.settings[SHEETS_KEY])).toContain("Dela Berg");
  });

  test("a user's own sheet with the share name is not overwritten without confirmation", async () => {
    const { w, run } = workbook(["Kommun Berg", "Dela Berg"], ["Kommun Berg"]);
    expect(await shareSheet(run, "Kommun Berg", "Dela Berg", ["n"], false)).toEqual({ status: "conflict" });
    expect(Object.keys(w.values)).toEqual([]);
  });
});

describe("the stored pin", () => {
  test("a pin edited by hand is refused, not computed with", () => {
    const tampered = JSON.parse(JSON.stringify(pin));
    tampered.ruleSets[0].data.parameters["5.1.1.pris"].value = "9999";
    expect(() => stateFromPin(tampered)).toThrow(/hashen stämmer inte/);
    expect(() => stateFromPin({ version: 2 })).toThrow(/okänt format/);
  });
});
