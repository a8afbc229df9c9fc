// 3.3 Normalvariation — file 000
// "Normalvariation för antalet anslutna personer är för länet 129–169 (baseras på åren
// 2019–2024, två standardavvikelser). Normalvariationen omräknas vart tredje år."
// Reading: mean ± 2 × standard deviation; sample SD (as STDEV.S) by default, bounds
// rounded to the nearest whole person; switches allow population SD and outward rounding.
import { RuleSet, reading } from "../../rules";
import { InputError, wholeCount } from "../check";
import { Decimal, sum } from "../money";

export interface Normalvariation {
  medel: Decimal;
  standardavvikelse: Decimal;
  min: number;
  max: number;
}

export function normalvariation(rs: RuleSet, yearlyCounts: readonly unknown[]): Normalvariation {
  const xs = yearlyCounts.map((c, i) => new Decimal(wholeCount(c, `Antal anslutna (värde ${i + 1})`)));
  const sample = reading(rs, "3.3.standardavvikelse") === "stickprov";
  if (xs.length < (sample ? 2 : 1)) throw new InputError(`Normalvariationen behöver minst ${sample ? 2 : 1} årsvärden.`);
  const medel = sum(xs).div(xs.length);
  const ss = sum(xs.map((x) => x.minus(medel).pow(2)));
  const sd = ss.div(sample ? xs.length - 1 : xs.length).sqrt();
  const lo = medel.minus(sd.times(2));
  const hi = medel.plus(sd.times(2));
  const outward = reading(rs, "3.3.granser_avrundning") === "utat";
  const min = outward ? lo.floor() : lo.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const max = outward ? hi.ceil() : hi.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return { medel, standardavvikelse: sd, min: Math.max(0, min.toNumber()), max: max.toNumber() };
}
