import fc from "fast-check";
import { findRuleSet, withOverrides } from "../../src/rules";
import { InputError } from "../../src/engine/check";
import { distribute, Decimal, sum } from "../../src/engine/money";
import { fordela, kommunFaktorer, nyckel } from "../../src/engine/tillagg/fordelning";
import { beraknaGrundbelopp, grundbelopp, indexfaktor, justeringsbelopp } from "../../src/engine/tillagg/grundbelopp";
import { justering, justeringsantal, tillaggsbelopp } from "../../src/engine/tillagg/justera";
import { normalvariation } from "../../src/engine/tillagg/normalvariation";
import { fordelaUtveckling, kommunernasDel } from "../../src/engine/utveckling/fordelning";

const tb = findRuleSet("tillagg", 2026);
const hv = findRuleSet("halsoval", 2026);
const s = (d: Decimal) => d.toString();
// Example LPIK factors, labelled as such: NOT SKR's figures. They only exercise the arithmetic.
const EXEMPEL_LPIK = { "2025": "1.03", "2026": "1.02" };
const indexed = withOverrides(tb, { parameters: { "3.3.lpik": EXEMPEL_LPIK } });

describe("3.1 base value and 3.3 indexing", () => {
  test("year 2024 is the base level, unindexed", () => {
    expect(s(grundbelopp(tb, 2024))).toBe("3735428");
    expect(s(justeringsbelopp(tb, 2024))).toBe("25940");
  });
  test("a later year without its LPIK factor is an error naming the year", () => {
    expect(() => grundbelopp(tb, 2026)).toThrow(/LPIK för 2025 saknas/);
    const only2025 = withOverrides(tb, { parameters: { "3.3.lpik": { "2025": "1.03" } } });
    expect(s(grundbelopp(only2025, 2025))).toBe("3847491"); // 3 735 428 × 1,03 = 3 847 490,84
    expect(() => grundbelopp(only2025, 2026)).toThrow(/LPIK för 2026 saknas/);
  });
  test("year Y = 2024 level × LPIK 2025 × … × LPIK Y (example factors)", () => {
    expect(s(indexfaktor(indexed, 2026))).toBe("1.0506");
    expect(s(grundbelopp(indexed, 2026))).toBe("3924441"); // 3 735 428 × 1,0506 = 3 924 440,66
  });
  test("reading index_fran = 2026 applies only the 2026 factor to the 2026 amount", () => {
    const from2026 = withOverrides(indexed, { readings: { "3.3.index_fran": "2026" } });
    expect(s(indexfaktor(from2026, 2025))).toBe("1");
    expect(s(indexfaktor(from2026, 2026))).toBe("1.02");
  });
  test("a year before the base year is refused", () => {
    expect(() => grundbelopp(tb, 2023)).toThrow(/basåret 2024/);
  });
  test("TILLAGG.BERAKNA arithmetic: fractions for PO and readiness", () => {
    expect(s(beraknaGrundbelopp(3, 47000, 0.4718, 1.5))).toBe("3735428.4");
    expect(() => beraknaGrundbelopp(3, -1, 0.4718, 1.5)).toThrow(InputError);
  });
});

describe("3.3 reconciliation against the normal range 129–169", () => {
  test.each([
    [128, "-1"], [129, "0"], [149, "0"], [169, "0"], [170, "1"], [175, "6"], [120, "-9"],
  ])("%i connected persons revise by %s adjustment amounts (nearest bound)", (n, k) => {
    expect(s(justeringsantal(tb, n))).toBe(k);
  });
  test.each([[175, "26"], [120, "-29"], [150, "0"]])("from the mean: %i → %s", (n, k) => {
    const mean = withOverrides(tb, { readings: { "3.3.justering_fran": "medelvarde" } });
    expect(s(justeringsantal(mean, n))).toBe(k);
  });
  test("175 in 2024 gives 3 735 428 + 6 × 25 940 = 3 891 068 kr", () => {
    expect(s(justering(tb, 175, 2024))).toBe("155640");
    expect(s(tillaggsbelopp(tb, 175, 2024))).toBe("3891068");
    expect(s(tillaggsbelopp(tb, 120, 2024))).toBe("3501968");
  });
  test("counts that are negative, fractional or text are refused", () => {
    for (const bad of [-1, 150.5, "150"]) expect(() => justering(tb, bad, 2024)).toThrow(InputError);
  });
});

describe("3.3 normal range from yearly counts", () => {
  const counts = [140, 150, 160, 145, 155, 146];
  test("sample SD (STDEV.S), bounds rounded to the nearest person", () => {
    const nv = normalvariation(tb, counts);
    // mean 149,33, STDEV.S 7,2572 → 134,82 … 163,85 (as Excel computes them)
    expect(nv.medel.toDecimalPlaces(4).toString()).toBe("149.3333");
    expect(nv.standardavvikelse.toDecimalPlaces(4).toString()).toBe("7.2572");
    expect([nv.min, nv.max]).toEqual([135, 164]);
  });
  test("population SD (STDEV.P) and outward rounding switches", () => {
    const pop = withOverrides(tb, { readings: { "3.3.standardavvikelse": "population", "3.3.granser_avrundning": "utat" } });
    const nv = normalvariation(pop, counts);
    expect(nv.standardavvikelse.toDecimalPlaces(4).toString()).toBe("6.6249");
    expect([nv.min, nv.max]).toEqual([136, 163]); // 136,08 floor, 162,58 ceil
  });
  test("each switch on its own: outward rounding with the sample SD", () => {
    const out = withOverrides(tb, { readings: { "3.3.granser_avrundning": "utat" } });
    expect(normalvariation(out, counts)).toMatchObject({ min: 134, max: 164 }); // 134,82 floor, 163,85 ceil
    const pop = withOverrides(tb, { readings: { "3.3.standardavvikelse": "population" } });
    expect(normalvariation(pop, counts)).toMatchObject({ min: 136, max: 163 }); // 136,08 and 162,58 to nearest
  });
  test("one value is not enough for a sample SD", () => {
    expect(() => normalvariation(tb, [150])).toThrow(/minst 2/);
  });
});

describe("3.4 distribution among the municipalities", () => {
  test("keys = 0,51 age share + 0,34 CNI share + 0,15 sparsity share, summing to 1", () => {
    const keys = nyckel(tb, [1, 1], [1, 3], [0, 2]);
    expect(keys.map(s)).toEqual(["0.34", "0.66"]); // 0.255+0.085+0 ; 0.255+0.255+0.15
    expect(s(sum(keys))).toBe("1");
  });
  test("a factor that sums to zero is an error, not a silent re-weighting", () => {
    expect(() => nyckel(tb, [1, 1], [1, 1], [0, 0])).toThrow(/Glesbygdsvikt: summan är 0/);
  });
  test("a municipality's factors use the Hälsoval weights", () => {
    const pop = Array(21).fill(0);
    pop[14] = 1000; // 1 000 persons aged 70–74 weigh 1,54 each
    const f = kommunFaktorer(hv, { kommun: "Exempel", befolkning: pop, cni: "0.9", avstandKm: 120 });
    expect([s(f.alder), s(f.cni), s(f.glesbygd)]).toEqual(["1540", "900", "1680"]);
  });
  test("the amount is shared in whole kronor summing exactly to it", () => {
    const parts = fordela(3735428, nyckel(tb, [3, 5, 7], [2, 2, 9], [1, 0, 4]));
    expect(s(sum(parts))).toBe("3735428");
    parts.forEach((p) => expect(p.isInteger()).toBe(true));
  });
});

describe("4 joint development funds", () => {
  const gu = findRuleSet("utveckling", 2026);
  test("the municipalities pay half, split by population (the county's 2024 population)", () => {
    expect(s(kommunernasDel(gu, 1000000))).toBe("500000");
    const pop = [7108, 6035, 10175, 15680, 5146, 11023, 12693, 64979];
    const parts = fordelaUtveckling(gu, 1000000, pop);
    expect(s(sum(parts))).toBe("500000");
    expect(s(parts[7])).toBe("244578"); // Östersund 64 979 / 132 839 × 500 000 = 244 578,0…
  });
  test("an odd amount leaves half a krona: shared in öre, still exact", () => {
    const parts = fordelaUtveckling(gu, 1001, [1, 1]);
    expect(s(sum(parts))).toBe("500.5");
  });
});

describe("money: exact distribution (properties)", () => {
  const keysArb = fc.array(fc.integer({ min: 0, max: 10 ** 7 }), { minLength: 1, maxLength: 30 }).filter((ks) => ks.some((k) => k > 0));
  test("parts sum exactly to the whole and are never negative for non-negative keys", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), keysArb, (total, keys) => {
        const parts = distribute(total, keys);
        expect(s(sum(parts))).toBe(String(total));
        parts.forEach((p) => expect(p.isNegative()).toBe(false));
      }),
    );
  });
  test("each part is within one krona of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), keysArb, (total, keys) => {
        const ks = sum(keys);
        distribute(total, keys).forEach((p, i) => expect(p.minus(new Decimal(total).times(keys[i]).div(ks)).abs().lt(1)).toBe(true));
      }),
    );
  });
  test("the result does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.uniqueArray(fc.integer({ min: 1, max: 10 ** 7 }), { minLength: 1, maxLength: 20 }), fc.nat(), (total, keys, seed) => {
        const perm = keys.map((k, i) => ({ k, r: (i * 7919 + seed) % 1009 })).sort((a, b) => a.r - b.r).map((x) => x.k);
        const a = distribute(total, keys);
        const b = distribute(total, perm);
        perm.forEach((k, j) => expect(s(b[j])).toBe(s(a[keys.indexOf(k)])));
      }),
    );
  });
  test("a negative total (a revision downwards) is shared with the sign kept", () => {
    expect(distribute(-10, [1, 1, 1]).map(s)).toEqual(["-4", "-3", "-3"]);
  });
  test("negative keys or keys summing to zero are refused", () => {
    expect(() => distribute(10, [1, -1])).toThrow(/negativa/);
    expect(() => distribute(10, [0, 0])).toThrow(/summerar till 0/);
  });
});
