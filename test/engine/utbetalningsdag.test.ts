// 5 Utbetalningsdag for any year 2000–2100: the calendar, with the day of the year's rule set
// where the workbook has one.
import { excelSerial, utbetalningsdag, betalningsdag } from "../../src/engine/halsoval/utbetalning";
import { InputError } from "../../src/engine/check";
import { findRuleSet, withOverrides } from "../../src/rules";
import { setPinned } from "../../src/pin/state";
import * as F from "../../src/functions";

const iso = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

test.each([
  [2000, 1, "2000-01-20"], // Thursday
  [2000, 5, "2000-05-22"], // Saturday → Monday
  [2003, 6, "2003-06-23"], // midsummer eve on the 20th → Monday
  [2098, 6, "2098-06-23"],
  [2100, 1, "2100-01-20"],
  [2100, 3, "2100-03-22"], // Saturday → Monday
  [2100, 12, "2100-12-20"],
])("%i-%i is paid on %s", (y, m, expected) => {
  expect(iso(utbetalningsdag(y, m))).toBe(expected);
});

test("no rule set for the year is needed: 2031 and 2100 work with no LPIK entered", () => {
  expect(() => findRuleSet("halsoval", 2031)).toThrow(/LPIK/);
  expect(F.halsovalUtbetalningsdag([[2031]], [[1]])).toEqual([[47868]]); // 2031-01-20, a Monday
  expect(F.halsovalUtbetalningsdag([[2100]], [[1]])).toEqual([[73070]]);
});

test("the day of month comes from the rule data (5: den 20:e)", () => {
  expect(betalningsdag(2000)).toBe(20);
  expect(betalningsdag(2100)).toBe(20);
});

test("a year outside 2000–2100 is refused by name", () => {
  expect(() => utbetalningsdag(1999, 1)).toThrow(InputError);
  expect(() => utbetalningsdag(2101, 1)).toThrow(/2000 och 2100/);
});

test("HALSOVAL.UTBETALNINGSDAG takes the day of the workbook's pinned rule set, as its explanation does", () => {
  const hv = findRuleSet("halsoval", 2026);
  const shipped = F.halsovalUtbetalningsdag([[2026]], [[3]])[0][0];
  // A changed set paying on the 25th: 2026-03-25 is a Wednesday.
  setPinned({ year: 2026, ruleSets: [withOverrides(hv, { parameters: { "5.utbetalningsdag": "25" } })] });
  try {
    expect(F.halsovalUtbetalningsdag([[2026]], [[3]])[0][0]).toBe(excelSerial({ year: 2026, month: 3, day: 25 }));
    expect(F.halsovalUtbetalningsdag([[2026]], [[3]])[0][0]).not.toBe(shipped);
    // A year without rules still has a payment day, from the nearest data.
    expect(F.halsovalUtbetalningsdag([[2040]], [[1]])[0][0]).toBe(excelSerial(utbetalningsdag(2040, 1)));
  } finally {
    setPinned(undefined);
  }
});
