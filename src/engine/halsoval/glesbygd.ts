// 5.1.3 Glesbygdsfaktor — file 002
// "vårdenheter belägna mer än tre mil från sjukhuset … är berättigade till ersättningen.
// Antal listade invånare vid vårdenheten viktas i tre intervaller. Avståndet från närmsta
// vårdenhet i kommunen till Östersund … är indelad i fem avståndsintervaller."
import { RuleSet, paramBands, paramValue, reading } from "../../rules";
import { bandIndex } from "../alder";
import { InputError, nonNegative, wholeCount } from "../check";
import { nearestProduct, Ratio, ratio } from "../kvot";
import { Decimal, dec, DecimalInput, ZERO } from "../money";
import { perRuleSet } from "../perRuleSet";

/** A band with its weight as a whole number of 1/scale (0.8 → 8 tenths), parsed once. */
interface Band {
  from: number;
  to: number | null;
  units: number;
}

/**
 * A weight by whole number (listed persons, km) looked up rather than computed: `table[n]`
 * below its length, then `base + slope × n` (the last band is open: from its start on, each
 * further person or km adds the same). Made from the band rule itself (byBands, byKm).
 */
interface Lookup {
  table: Float64Array;
  base: number;
  slope: number;
}

/**
 * The 5.1.3 rule data of one rule set, parsed once and reused by every call (no decimal
 * parsing per call). Weights are whole numbers of 1/listScale and 1/avstandScale, so a
 * unit's weight is an exact whole number of 1/(listScale × avstandScale).
 */
interface Setup {
  listBands: Band[];
  listScale: number;
  hela: boolean;
  narmaste: boolean;
  minsta: number;
  avstandBands: Band[];
  avstandScale: number;
  /** listedUnits and distanceUnits as lookups, or null where the bands do not allow one. */
  listed: Lookup | null;
  km: Lookup | null;
  /** The largest listed count whose weight stays an exact whole number in a double. */
  maxListed: number;
  budget: Decimal;
  /** The budget as a double when that is exact, else NaN (then every amount goes through decimal.js). */
  budgetNumber: number;
  /** The last county sum seen, with budget / (scales × county) made ready: a column shares one. */
  county?: { value: number; r: Ratio | null };
}

/** The bands with their weights as whole numbers of 1/scale, scale the smallest power of ten that allows it. */
function parse(rs: RuleSet, key: "5.1.3.listintervall" | "5.1.3.avstandsvikter"): { bands: Band[]; scale: number } {
  const raw = paramBands(rs, key).map((b) => ({ ...b, value: dec(b.value) }));
  const scale = 10 ** Math.max(0, ...raw.map((b) => b.value.decimalPlaces()));
  const bands = raw.map((b) => ({ from: b.from, to: b.to, units: b.value.times(scale).toNumber() }));
  if (!bands.every((b) => Number.isSafeInteger(b.units))) throw new RangeError(`${key}: vikterna har för många siffror för en exakt beräkning.`);
  return { bands, scale };
}

const setup = perRuleSet((rs: RuleSet): Setup => {
  const list = parse(rs, "5.1.3.listintervall");
  const avstand = parse(rs, "5.1.3.avstandsvikter");
  const top = (bands: Band[]) => Math.max(1, ...bands.map((b) => b.units));
  const budget = dec(paramValue(rs, "5.1.3.total")).times(1000);
  const s: Setup = {
    listBands: list.bands,
    listScale: list.scale,
    hela: reading(rs, "5.1.3.listintervall") === "hela",
    narmaste: reading(rs, "5.1.3.avstand_avrundning") === "narmaste",
    minsta: Number(paramValue(rs, "5.1.3.minsta_avstand")),
    avstandBands: avstand.bands,
    avstandScale: avstand.scale,
    maxListed: Math.floor(Number.MAX_SAFE_INTEGER / (top(list.bands) * top(avstand.bands))),
    budget,
    budgetNumber: budget.eq(budget.toNumber()) ? budget.toNumber() : NaN,
    listed: null,
    km: null,
  };
  s.listed = lookup(list.bands, 0, (n) => byBands(s, n));
  s.km = lookup(avstand.bands, s.minsta, (km) => byKm(s, km));
  return s;
});

/**
 * `f` as a table up to where it becomes affine (the start of the last band, which is open,
 * and not before `least`, where the weight begins) and as a line from there; null when the
 * bands do not end that way or the table would be large.
 */
function lookup(bands: Band[], least: number, f: (n: number) => number): Lookup | null {
  const last = bands[bands.length - 1];
  const start = Math.max(last.from, least);
  if (last.to !== null || !(start >= 0 && start < 65536) || bands.some((b) => b !== last && (b.to === null || b.to >= last.from))) return null;
  const table = Float64Array.from({ length: start + 1 }, (_, n) => f(n));
  const slope = f(start + 1) - table[start];
  return { table, base: table[start] - slope * start, slope };
}

function look(l: Lookup, n: number): number {
  return n < l.table.length ? l.table[n] : l.base + l.slope * n;
}

/** listadViktat in whole 1/listScale: exact, as every term is a whole number below 2^53. */
function listedUnits(s: Setup, listed: unknown): number {
  // The check inline for a column's calls; wholeCount only to say what is wrong.
  const n = typeof listed === "number" && Number.isInteger(listed) && listed >= 0 && listed <= s.maxListed ? listed : wholeCount(listed, "Antal listade", s.maxListed);
  return s.listed ? look(s.listed, n) : byBands(s, n);
}

/** The 5.1.3 interval weighting of n listed persons, band by band (reading 5.1.3.listintervall). */
function byBands(s: Setup, n: number): number {
  const bands = s.listBands;
  if (s.hela) return bands[bandIndex(bands, n)].units * n;
  let total = 0;
  for (const b of bands) {
    // Persons number 1..n; band [from, to] covers persons max(from,1)..to.
    const lo = Math.max(b.from, 1);
    const hi = b.to === null ? n : Math.min(b.to, n);
    if (hi >= lo) total += b.units * (hi - lo + 1);
  }
  return total;
}

/** The whole km whose distance band applies (reading 5.1.3.avstand_avrundning: floor, or the nearest km). */
function wholeKm(s: Setup, km: unknown): number {
  const d = typeof km === "number" && km >= 0 && km < Infinity ? km : nonNegative(km, "Avstånd (km)");
  return s.narmaste ? Math.round(d) : Math.floor(d);
}

/** avstandsvikt in whole 1/avstandScale. */
function distanceUnits(s: Setup, km: unknown): number {
  const whole = wholeKm(s, km);
  return s.km ? look(s.km, whole) : byKm(s, whole);
}

/** The 5.1.3 distance weight of a whole km: none below the least distance, else its band's. */
function byKm(s: Setup, whole: number): number {
  return whole < s.minsta ? 0 : s.avstandBands[bandIndex(s.avstandBands, whole)].units;
}

/** The whole km the distance weight is read at, for an explanation to cite the band the amount used. */
export function avstandKm(rs: RuleSet, km: unknown): number {
  return wholeKm(setup(rs), km);
}

/** The unit's weight in whole 1/(listScale × avstandScale); the distance is checked first, then the count. */
function weightUnits(s: Setup, listed: unknown, km: unknown): number {
  const a = distanceUnits(s, km);
  const l = listedUnits(s, listed);
  return a === 0 ? 0 : l * a;
}

/**
 * The listed count weighted by interval. Reading "5.1.3.listintervall": marginal (default)
 * weighs each slice like a tax bracket (5 000 → 2 000 + 1 600 + 600 = 4 200); hela gives
 * the whole count the weight of its interval (5 000 → 3 000).
 */
export function listadViktat(rs: RuleSet, listed: unknown): Decimal {
  const s = setup(rs);
  return new Decimal(listedUnits(s, listed)).div(s.listScale);
}

/**
 * Distance weight. Reading "5.1.3.avstand_avrundning": golv (default) gives a fractional
 * distance the band of its floor (29.5 → 0–29 km); narmaste rounds to the nearest km first.
 */
export function avstandsvikt(rs: RuleSet, km: unknown): Decimal {
  const s = setup(rs);
  return new Decimal(distanceUnits(s, km)).div(s.avstandScale);
}

/** A unit's sparsity weight = (listed weighted by interval) × (distance weight). */
export function glesbygdsvikt(rs: RuleSet, listed: unknown, km: unknown): Decimal {
  const s = setup(rs);
  const own = weightUnits(s, listed, km);
  return own === 0 ? ZERO : new Decimal(own).div(s.listScale * s.avstandScale);
}

export function glesbygdBudget(rs: RuleSet): Decimal {
  return setup(rs).budget;
}

/** "The budget is shared in proportion to sparsity weight." */
export function glesbygd(rs: RuleSet, listed: unknown, km: unknown, countyWeight: DecimalInput): Decimal {
  const own = glesbygdsvikt(rs, listed, km);
  if (own.isZero()) return ZERO;
  const county = dec(countyWeight);
  if (county.lt(own)) throw new InputError("Länets glesbygdsvikt kan inte vara mindre än vårdenhetens egen.");
  return glesbygdBudget(rs).times(own).div(county);
}

/**
 * glesbygd as an Excel number, without decimal.js on the way for a column's calls: the
 * amount is budget × own / county, a quotient of whole numbers (the weights are whole
 * numbers of 1/scale, the county's sum has as many decimals as it is written with), and the
 * double nearest it is what glesbygd(…).toNumber() gives. Where that cannot be decided
 * cheaply, or the county is smaller than the unit's own weight, it is glesbygd itself.
 */
export function glesbygdTal(rs: RuleSet, listed: unknown, km: unknown, county: number): number {
  const s = setup(rs);
  const own = weightUnits(s, listed, km);
  if (own === 0) return 0;
  const c = s.county?.value === county ? s.county : (s.county = countyRatio(s, county));
  const v = c.r ? nearestProduct(c.r, own) : undefined;
  // v < budget means own < county (the nearest double keeps the order); else decimal.js decides and explains.
  return v !== undefined && v < s.budgetNumber ? v : glesbygd(rs, listed, km, county).toNumber();
}

/**
 * budget / (scales × county) made ready, the county's sum read as decimal.js reads it (as
 * written): both sides times the same power of ten are whole numbers, exactly (a product
 * by a power of ten only moves the decimal point, so decimal.js does not round it).
 */
function countyRatio(s: Setup, value: number): NonNullable<Setup["county"]> {
  if (!(value > 0) || !Number.isFinite(value)) return { value, r: null };
  const c = new Decimal(value);
  const shift = new Decimal(10).pow(c.decimalPlaces() + s.budget.decimalPlaces());
  const whole = (x: Decimal) => BigInt(x.toFixed(0));
  return { value, r: ratio(whole(s.budget.times(shift)), whole(c.times(shift).times(s.listScale * s.avstandScale))) };
}
