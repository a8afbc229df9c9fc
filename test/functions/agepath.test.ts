// The age functions (5.1.1, 5.1.4, 5.1.5 and the weight) against the engine, cell by cell:
// every age of every shipped Hälsoval year and random ranges with blanks, text, negatives,
// fractions, booleans, non-finite numbers and error values inside them. Each cell must be
// exactly the engine's number (to the bit) or the error the functions have always given
// ("Ålder: " + the engine's message, #VALUE!). The set-up kept per workbook state must
// follow the pin: a new pin, a pin being read, a pin that failed.
import fc from "fast-check";
import * as F from "../../src/functions";
import { allRuleSets, RuleSet, withOverrides } from "../../src/rules";
import { listadBelopp, vikt } from "../../src/engine/halsoval/listad";
import { weightFor } from "../../src/engine/halsoval/aldersvikt";
import { lakemedelPris } from "../../src/engine/halsoval/lakemedel";
import { rehabBelopp } from "../../src/engine/halsoval/rehab";
import { setPinned, setPinStatus } from "../../src/pin/state";

afterEach(() => setPinned(undefined));

type AgeFn = (alder: unknown, ar?: unknown) => unknown[][];
const engine: Record<string, (rs: RuleSet, a: unknown) => number> = {
  halsovalListad: (rs, a) => listadBelopp(rs, a).toNumber(),
  halsovalLakemedel: (rs, a) => weightFor(rs, "5.1.4.vikter", a).times(lakemedelPris(rs)).toNumber(),
  halsovalVikt: (rs, a) => vikt(rs, a).toNumber(),
  halsovalRehab: (rs, a) => rehabBelopp(rs, a).toNumber(),
};
const years = allRuleSets().filter((r) => r.agreement === "halsoval");

/** What a cell must give: "" when empty, the engine's number, or #VALUE! with "Ålder: " + the engine's message. */
function expected(rs: RuleSet, name: string, v: unknown): unknown {
  if (v === "" || v === null || v === undefined) return "";
  try {
    return engine[name](rs, v);
  } catch (e) {
    return { code: "#VALUE!", message: `Ålder: ${(e as Error).message}` };
  }
}
function same(got: unknown, want: unknown): boolean {
  if (typeof want === "object" && want !== null) {
    const w = want as { code: string; message: string };
    return got instanceof CustomFunctions.Error && got.code === w.code && got.message === w.message;
  }
  return Object.is(got, want);
}
/** A call as Excel sees it: a 1×1 result that is an error is thrown. */
function call(name: string, g: unknown, ar?: unknown): unknown[][] {
  try {
    return (F[name as keyof typeof F] as AgeFn)(g, ar);
  } catch (e) {
    return [[e]];
  }
}

const odd = [-0, -1, -2, 0.5, 3.5, 120.0001, 121, 1e300, NaN, Infinity, -Infinity, "x", "40", " ", true, false, {}, [], "", null, undefined];
const cell = fc.oneof(fc.integer({ min: -3, max: 125 }), fc.constantFrom(...odd), fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "saknas")));

describe.each(Object.keys(engine))("%s, cell by cell as the engine", (name) => {
  test.each(years.map((rs) => [rs.years[0], rs] as const))("every age and odd value, alone and in one column, year %i", (y, rs) => {
    const values = [...Array.from({ length: 126 }, (_, a) => a), ...odd];
    for (const v of values) expect(same(call(name, [[v]], y)[0][0], expected(rs, name, v))).toBe(true);
    for (const v of values) if (!Array.isArray(v) && typeof v !== "object") expect(same(call(name, v, y)[0][0], expected(rs, name, v))).toBe(true);
    const column = call(name, values.map((v) => [v]), y);
    values.forEach((v, i) => expect(same(column[i][0], expected(rs, name, v))).toBe(true));
  });

  test("random ranges, the year omitted or given", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(cell, { minLength: 28, maxLength: 28 }),
        fc.constantFrom(undefined, null, "", ...years.map((r) => r.years[0])),
        (rows, cols, cells, y) => {
          const g = Array.from({ length: rows }, (_, r) => cells.slice(r * cols, r * cols + cols));
          const rs = years.find((r) => r.years[0] === (typeof y === "number" ? y : Math.max(...years.map((x) => x.years[0]))))!;
          const out = call(name, g, y);
          expect(out.length).toBe(rows);
          g.forEach((row, r) => {
            expect(out[r].length).toBe(cols);
            row.forEach((v, c) => expect(same(out[r][c], expected(rs, name, v))).toBe(true));
          });
        },
      ),
      { seed: 1313, numRuns: 400 },
    );
  });
});

describe("the set-up follows the workbook's pin", () => {
  const shipped = years[years.length - 1];
  const y = shipped.years[0];

  test("a new pin with another price gives that price's amounts; no pin gives the shipped ones again", () => {
    const before = F.halsovalListad([[40]], y)[0][0];
    const dearer = withOverrides(shipped, { parameters: { "5.1.1.pris": "3000" } });
    setPinned({ year: y, ruleSets: [dearer] });
    expect(F.halsovalListad([[40]], y)[0][0]).toBe(listadBelopp(dearer, 40).toNumber());
    expect(F.halsovalListad([[40], [41]])).toEqual([[listadBelopp(dearer, 40).toNumber()], [listadBelopp(dearer, 41).toNumber()]]);
    expect(F.halsovalListad([[40]], y)[0][0]).not.toBe(before);
    setPinned(undefined);
    expect(F.halsovalListad([[40]], y)[0][0]).toBe(before);
  });

  test("the pinned year is the default year, and follows a new pin", () => {
    const older = years[0];
    setPinned({ year: older.years[0], ruleSets: [] });
    expect(F.halsovalListad([[40]])[0][0]).toBe(listadBelopp(older, 40).toNumber());
    setPinned({ year: y, ruleSets: [] });
    expect(F.halsovalListad([[40]])[0][0]).toBe(listadBelopp(shipped, 40).toNumber());
  });

  test("while the pin is read every call waits; a pin that failed makes every call #N/A", async () => {
    F.halsovalListad([[40]], y); // set up for the shipped rules first
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    setPinStatus({ kind: "loading", done });
    const waiting = F.halsovalListad([[40]], y) as unknown;
    expect(waiting).toBeInstanceOf(Promise);
    setPinStatus({ kind: "ready" });
    release();
    expect(await waiting).toEqual([[listadBelopp(shipped, 40).toNumber()]]);
    setPinStatus({ kind: "failed", reason: "Arbetsbokens regelverk är ogiltigt: prov" });
    expect(() => F.halsovalListad([[40]], y)).toThrow(/ogiltigt: prov/);
    expect(() => F.halsovalListad([[40], [41]], y)).toThrow(/ogiltigt: prov/);
    setPinStatus({ kind: "ready" });
  });
});
