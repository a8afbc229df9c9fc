// Hostile input to every custom function (fast-check, fixed seeds, 10 000 calls each):
// no crash, no non-finite number, every error a CustomFunctions.Error with a Swedish
// message, and where the engine gives an independent answer, the same number. Also the
// range path against the scalar path, to the bit, over every age and random ranges.
import fc from "fast-check";
import * as F from "../../src/functions";
import { findRuleSet } from "../../src/rules";
import { listadBelopp, vikt } from "../../src/engine/halsoval/listad";
import { lakemedelPris } from "../../src/engine/halsoval/lakemedel";
import { weightFor } from "../../src/engine/halsoval/aldersvikt";
import { rehabBelopp } from "../../src/engine/halsoval/rehab";
import { admin, moms } from "../../src/engine/halsoval/moms";
import { beraknaGrundbelopp } from "../../src/engine/tillagg/grundbelopp";
import { newestYear } from "../../src/rules";

const RUNS = 10_000;
const SWEDISH = /[åäöÅÄÖ]|\b(måste|får|ange|finns|saknar|kan|ska|inte|eller|är)\b/;
const ENGLISH = /Cannot|undefined|is not a function|of null|Oväntat fel/;

type Fn = (...args: unknown[]) => unknown;
const functions = Object.entries(F).filter(([, f]) => typeof f === "function") as [string, Fn][];

const scalar = fc.oneof(
  fc.integer({ min: -200, max: 300 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -1e308, 1e-308, 5e-324, 0, -0, 2024, 2025, 2026, 2200, 2201, 1e16, 100.01, 0.5),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", " ", "5.1.1.pris", "3.1.grundbelopp", "5.1.3.avstand", "4.x", "abc", "1,5", "NaN"),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);
const row = fc.array(scalar, { minLength: 0, maxLength: 8 });
const hostile = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(row, { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: row },
  { weight: 1, arbitrary: fc.array(fc.oneof(row, scalar, fc.constant(null)), { minLength: 0, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom({}, [[]], [], [[[1]]], { length: 2 }) },
);

const hv = findRuleSet("halsoval", newestYear());
/** Independent answers from the engine for a valid scalar call with the default year. */
const oracle: Record<string, (args: unknown[]) => number | undefined> = {
  halsovalVikt: ([a, ar]) => (isAge(a) && ar == null ? vikt(hv, a).toNumber() : undefined),
  halsovalListad: ([a, ar, c]) => (isAge(a) && ar == null && c == null ? listadBelopp(hv, a).toNumber() : undefined),
  halsovalLakemedel: ([a, ar]) => (isAge(a) && ar == null ? weightFor(hv, "5.1.4.vikter", a).times(lakemedelPris(hv)).toNumber() : undefined),
  halsovalRehab: ([a, ar]) => (isAge(a) && ar == null ? rehabBelopp(hv, a).toNumber() : undefined),
  halsovalMoms: ([b, ar]) => (isAmount(b) && ar == null ? moms(hv, b as number).toNumber() : undefined),
  halsovalAdmin: ([b, ar]) => (isAmount(b) && ar == null ? admin(hv, b as number).toNumber() : undefined),
  tillaggBerakna: (args) => {
    if (!args.every(isAmount)) return undefined;
    const n = beraknaGrundbelopp(args[0], args[1], args[2], args[3]).toNumber();
    return Number.isFinite(n) ? n : undefined;
  },
};
function isAge(a: unknown): a is number {
  return typeof a === "number" && Number.isInteger(a) && a >= 0 && a <= 120;
}
function isAmount(a: unknown): boolean {
  return typeof a === "number" && Number.isFinite(a) && a >= 0;
}

interface Tally {
  calls: number;
  wrong: number;
  crashes: number;
  errors: number;
  swedish: number;
  failures: string[];
}

function check(name: string, args: unknown[], t: Tally): void {
  t.calls++;
  const judgeError = (e: unknown) => {
    t.errors++;
    if (!(e instanceof CustomFunctions.Error)) {
      t.crashes++;
      t.failures.push(`${name}(${JSON.stringify(args)}) threw ${String(e)}`);
      return;
    }
    const m = e.message ?? "";
    if (SWEDISH.test(m) && !ENGLISH.test(m)) t.swedish++;
    else t.failures.push(`${name}(${JSON.stringify(args)}): "${m}"`);
  };
  let out: unknown;
  try {
    out = (F as unknown as Record<string, Fn>)[name](...args);
  } catch (e) {
    judgeError(e);
    return;
  }
  if (!Array.isArray(out) || !out.every(Array.isArray)) {
    t.crashes++;
    t.failures.push(`${name}(${JSON.stringify(args)}) returned ${String(out)}`);
    return;
  }
  for (const r of out as unknown[][])
    for (const v of r) {
      if (v instanceof CustomFunctions.Error) judgeError(v);
      else if (typeof v === "number" && !Number.isFinite(v)) {
        t.wrong++;
        t.failures.push(`${name}(${JSON.stringify(args)}) gave ${v}`);
      }
    }
  const expected = oracle[name]?.(args);
  if (expected !== undefined && !Object.is((out as unknown[][])[0][0], expected)) {
    t.wrong++;
    t.failures.push(`${name}(${JSON.stringify(args)}) gave ${String((out as unknown[][])[0][0])}, the engine ${expected}`);
  }
}

describe("hostile calls to every function", () => {
  test.each(functions.map(([name, f], i) => [name, f.length, i]))("%s (%i arguments)", (name, arity, i) => {
    const t: Tally = { calls: 0, wrong: 0, crashes: 0, errors: 0, swedish: 0, failures: [] };
    fc.assert(
      fc.property(fc.array(hostile, { minLength: arity, maxLength: arity }), (args) => {
        check(name as string, args, t);
      }),
      { seed: 4711 + (i as number), numRuns: RUNS },
    );
    if (process.env.FUZZ_REPORT) console.log(`${name}: ${t.calls} anrop, ${t.wrong} fel tal, ${t.crashes} krascher, ${t.errors} fel, ${t.swedish} med svenskt meddelande`);
    if (process.env.FUZZ_REPORT) for (const f of t.failures.slice(0, 3)) console.log(f.slice(-160));
    expect(t.failures.slice(0, 5)).toEqual([]);
    expect(t.calls).toBe(RUNS);
  });

  test("all 29 functions (the catalogue's 23 and the month's 6) are fuzzed", () => {
    expect(functions).toHaveLength(29);
  });
});

describe("the range path equals the scalar path, to the bit", () => {
  const ageFns = ["halsovalListad", "halsovalLakemedel", "halsovalVikt", "halsovalRehab"] as const;
  test.each(ageFns)("%s over every age 0–120", (name) => {
    const f = F[name] as (a: unknown) => unknown[][];
    const ages = Array.from({ length: 121 }, (_, a) => [a]);
    const range = f(ages);
    ages.forEach(([a], i) => expect(Object.is(range[i][0], f(a)[0][0])).toBe(true));
  });
  test("random ranges with empty and bad cells", () => {
    const cell = fc.oneof(fc.integer({ min: -2, max: 125 }), fc.constantFrom("", null, 3.5, "x"));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(cell, { minLength: 36, maxLength: 36 }), (rows, cols, cells) => {
        const g = Array.from({ length: rows }, (_, r) => cells.slice(r * cols, r * cols + cols));
        let range: unknown[][];
        try {
          range = F.halsovalListad(g);
        } catch (e) {
          range = [[e]]; // a 1×1 range whose cell fails is thrown, so Excel shows its message
        }
        g.forEach((row, r) =>
          row.forEach((v, c) => {
            const got = range[r][c];
            if (v === "" || v === null) return expect(got).toBe("");
            let one: unknown;
            try {
              one = F.halsovalListad(v as never)[0][0];
            } catch (e) {
              one = e;
            }
            if (one instanceof CustomFunctions.Error) expect((got as CustomFunctions.Error).message).toBe(one.message);
            else expect(Object.is(got, one)).toBe(true);
          }),
        );
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
