// Issue 13: the age functions share their result arrays between calls (made once per age
// and workbook state). Shared results must never carry one call's change into another:
// they are frozen, and a new pin gives new ones.
import { halsovalListad } from "../../src/functions";
import { setPinned } from "../../src/pin/state";
import { findRuleSet, withOverrides } from "../../src/rules";

afterEach(() => setPinned(undefined));

test("a single cell's result and a column's rows are frozen; writing into them fails and the next call is unchanged", () => {
  const one = halsovalListad([[72]], null);
  const first = one[0][0];
  expect(Object.isFrozen(one) && Object.isFrozen(one[0])).toBe(true);
  expect(() => {
    "use strict";
    (one[0] as number[])[0] = 0;
  }).toThrow(TypeError);
  expect(halsovalListad([[72]], null)[0][0]).toBe(first);
  const col = halsovalListad([[72], [5]], null);
  expect(Object.isFrozen(col[0])).toBe(true);
  expect(() => ((col[0] as number[])[0] = 0)).toThrow(TypeError);
  expect(col[0][0]).toBe(first);
  // The outer array of a range is the caller's own.
  expect(Object.isFrozen(col)).toBe(false);
});

test("a new pin gives its own results, not the shared ones of the old pin", () => {
  const before = halsovalListad([[72]], null)[0][0] as number;
  const hv = withOverrides(findRuleSet("halsoval", 2026), { parameters: { "5.1.1.pris": "2400" } });
  setPinned({ year: 2026, ruleSets: [hv] });
  const after = halsovalListad([[72]], null)[0][0] as number;
  expect(after).not.toBe(before);
  setPinned(undefined);
  expect(halsovalListad([[72]], null)[0][0]).toBe(before);
});
