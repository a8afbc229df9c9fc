// 5.1.1 price mode: under the reading 5.1.1.prislage = "harlett" HALSOVAL.LISTAD derives the
// price from the total and the county's weighted sum of listed, given as an argument.
import { dec } from "../../src/engine/money";
import * as F from "../../src/functions";
import { setPinned } from "../../src/pin/state";
import { findRuleSet, paramValue, withOverrides } from "../../src/rules";
import { listadBelopp, pris } from "../../src/engine/halsoval/listad";

afterEach(() => setPinned(undefined));

function harlett(year: number) {
  const rs = withOverrides(findRuleSet("halsoval", year), { readings: { "5.1.1.prislage": "harlett" } });
  setPinned({ year, ruleSets: [rs] });
  return rs;
}

test("without the county's weighted sum: #VALUE! saying what to give", () => {
  harlett(2026);
  let e: CustomFunctions.Error | undefined;
  try {
    F.halsovalListad([[40]]);
  } catch (x) {
    e = x as CustomFunctions.Error;
  }
  expect(e?.code).toBe("#VALUE!");
  expect(e?.message).toMatch(/Länets viktade listade.*harlett.*tredje argument/);
});

test("with it: weight × total / county sum, as the engine computes, for a range too", () => {
  const rs = harlett(2026);
  const county = 140000.55;
  const price = pris(rs, county);
  expect(price.toString()).toBe(dec(paramValue(rs, "5.1.1.total")).times(1000).div(county).toString());
  const ages = [[0], [7], [40], [85], [120]];
  const out = F.halsovalListad(ages, null, county);
  expect(out).toEqual(ages.map(([a]) => [listadBelopp(rs, a, price).toNumber()]));
  expect(() => F.halsovalListad([[40]], null, 0)).toThrow(/större än 0/);
  expect(() => F.halsovalListad([[40]], null, -5)).toThrow(/negativt/);
});

test("the published price ignores the county sum (default reading)", () => {
  expect(F.halsovalListad([[40]], 2026, 5)).toEqual(F.halsovalListad([[40]], 2026));
});
