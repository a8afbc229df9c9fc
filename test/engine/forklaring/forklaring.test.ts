// Förklaring (issue 11, item 1): a trace's parts sum exactly to its result, its figure is
// the engine's, and every parameter in it has a source with a title.
import fc from "fast-check";
import { findRuleSet, paramBands, type RuleSet, withOverrides } from "../../../src/rules";
import { forklaraGlesbygdsvikt } from "../../../src/engine/forklaring/halsoval";
import { avstandsvikt } from "../../../src/engine/halsoval/glesbygd";
import { privataTillagg } from "../../../src/engine/halsoval/moms";
import { lanetsErsattning, type Vardenhet } from "../../../src/engine/halsoval/vardenhet";
import { listadBelopp } from "../../../src/engine/halsoval/listad";
import { tillaggsbelopp } from "../../../src/engine/tillagg/justera";
import { grundbelopp } from "../../../src/engine/tillagg/grundbelopp";
import { allaForklaringar, summaDelar, type Forklaring } from "../../../src/engine/forklaring/typ";
import { forklaraManad, forklaraVardenhet } from "../../../src/engine/forklaring/vardenhet";
import { forklaraTillaggsandel, forklaraUtvecklingsandel, tillaggsandelar } from "../../../src/engine/forklaring/kommun";
import { forklaraFunktion } from "../../../src/engine/forklaring/funktioner";
import { kr, renderaForklaring, tal } from "../../../src/engine/forklaring/text";
import { exempelBefolkning, exempelVardenheter } from "./exempel";

const hv = findRuleSet("halsoval", 2026);
// LPIK is a user input (SKR); these factors are EXAMPLE values for the test, not SKR's.
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.031" } } });
const gu = findRuleSet("utveckling", 2026);
const regler = { year: 2026, halsoval: hv, tillagg: tb, utveckling: gu };

/** The rule sets' documents by title: a source must be one of them, with its published address. */
const dokument = new Map([hv, tb, gu, findRuleSet("halsoval", 2025)].flatMap((rs) => Object.values(rs.data.documents).map((d) => [d.title, d.url] as const)));

/** Every node of the tree: parts sum to the whole; every parameter has a titled source. */
function holds(f: Forklaring): void {
  for (const n of allaForklaringar(f)) {
    if (n.delar.length) expect([n.rubrik, summaDelar(n)!.equals(n.belopp!)]).toEqual([n.rubrik, true]);
    for (const k of [...n.parametrar, ...n.tolkningar].map((x) => x.kalla)) {
      expect([k.dokument, dokument.has(k.dokument)]).toEqual([k.dokument, true]);
      expect([k.dokument, k.url]).toEqual([k.dokument, dokument.get(k.dokument)]);
      expect(k.url).toMatch(/^https:\/\//);
    }
    for (const p of n.parametrar) {
      expect(p.kalla.dokument.length).toBeGreaterThan(0);
      expect(p.kalla.avsnitt.length).toBeGreaterThan(0);
      expect(p.varde).not.toBe("");
    }
    for (const t of n.tolkningar) expect(t.kalla.dokument.length).toBeGreaterThan(0);
  }
}

const unit = (id: string, privat: boolean, listade: number[], l16: number, cni: number, km: number): Vardenhet => ({
  id, namn: `Enhet ${id}`, kommun: "Berg", privat, listade, listade16till67: Math.min(l16, listade.reduce((s, n) => s + n, 0)), cni: String(cni), avstandKm: km,
});

const arbUnit = (i: number) =>
  fc.record({
    privat: fc.boolean(),
    listade: fc.array(fc.nat(3000), { minLength: 21, maxLength: 21 }),
    l16: fc.nat(20000),
    cni: fc.integer({ min: 50, max: 150 }),
    km: fc.integer({ min: 0, max: 300 }),
  }).map((u) => unit(`E${i}`, u.privat, u.listade, u.l16, u.cni / 100, u.km));

describe("a unit's annual total and month", () => {
  test("for random counts and units, every unit's trace is the engine's figure and its parts sum exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbUnit(i)))), (units) => {
        fc.pre(units.some((u) => u.listade.some((x) => x > 0)));
        const lan = lanetsErsattning(hv, units);
        for (const r of lan.enheter) {
          const f = forklaraVardenhet(hv, lan, r.enhet.id);
          expect(f.belopp!.equals(r.summa)).toBe(true);
          holds(f);
          holds(forklaraManad(hv, lan, r.enhet.id, 1 + (r.listade % 12)));
        }
      }),
      { numRuns: 40 },
    );
  });

  test("the example data: a private unit has seven parts, and the month trace names the twelfth", () => {
    const lan = lanetsErsattning(hv, exempelVardenheter());
    const f = forklaraVardenhet(hv, lan, "VE06");
    expect(f.delar.map((d) => d.avsnitt)).toEqual(["5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5", "5", "5"]);
    holds(f);
    const text = renderaForklaring(forklaraManad(hv, lan, "VE06", 3)).join("\n");
    expect(text).toMatch(/tolftedel/);
    expect(text).toMatch(/Källa: /);
  });

  test("a private unit's moms with the rate 0 %: explained on its base (the components), not a division by the rate", () => {
    const noll = withOverrides(hv, { parameters: { "5.moms": "0" } });
    const lan = lanetsErsattning(noll, exempelVardenheter());
    const f = forklaraVardenhet(noll, lan, "VE06");
    const moms = f.delar[6];
    expect(moms.belopp!.isZero()).toBe(true);
    // The base is the unit's moms components and its admin (reading 5.admin_moms), as the engine sums them.
    const t = privataTillagg(noll, lan.enheter.find((r) => r.enhet.id === "VE06")!.komponenter);
    expect(moms.indata).toEqual([{ namn: "Belopp", varde: tal(t.momsBase, 2) }]);
    expect(t.momsBase.isPositive()).toBe(true);
    holds(f);
  });
});

describe("a municipality's shares", () => {
  const kommuner = exempelBefolkning();
  // Reading 3.3.avstamning_avser: by default the count revises last year's amount, not this year's.
  const iar = { ...regler, tillagg: withOverrides(tb, { readings: { "3.3.avstamning_avser": "innevarande_ar" } }) };
  test.each([0, 120, 150, 175])("tilläggsbelopp for %i connected persons: each share traced, parts exact", (anslutna) => {
    for (const [r, total] of [[regler, grundbelopp(tb, 2026)], [iar, tillaggsbelopp(tb, anslutna, 2026)]] as const) {
      const shares = tillaggsandelar(r, kommuner, anslutna);
      kommuner.forEach((k, i) => {
        const f = forklaraTillaggsandel(r, kommuner, anslutna, k.kommun);
        expect(f.belopp!.equals(shares[i])).toBe(true);
        holds(f);
      });
      expect(shares.reduce((s, x) => s.plus(x)).equals(total)).toBe(true);
    }
  });

  test("development funds: each municipality's share traced", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (amount) => {
        for (const k of kommuner) holds(forklaraUtvecklingsandel(regler, kommuner, amount, k.kommun));
      }),
      { numRuns: 20 },
    );
  });
});

describe("the custom functions", () => {
  test("LISTAD 72 in 2026: 1,54 × 2 301 = 3 543,54 kr, from the engine", () => {
    const f = forklaraFunktion("HALSOVAL.LISTAD", [72, 2026], 2026);
    expect(f.belopp!.equals(listadBelopp(hv, 72))).toBe(true);
    expect(f.belopp!.toString()).toBe("3543.54");
    expect(renderaForklaring(f).join("\n")).toMatch(/3 543,54 kr/);
  });

  const year = 2026;
  const reg = (a: "halsoval" | "tillagg" | "utveckling", y: number) => (a === "tillagg" ? tb : findRuleSet(a, y));
  const cases: [string, unknown[], number?][] = [
    ["HALSOVAL.VIKT", [3]], ["HALSOVAL.LISTAD", [85, 2025]], ["HALSOVAL.LAKEMEDEL", [40]], ["HALSOVAL.REHAB", [16]],
    ["HALSOVAL.CNI", [[0.1, 0.2, 0.05, 0.15, 0.04, 0.07, 0.12], 0.9]], ["HALSOVAL.CNI", [[0.1, 0.2, 0.05, 0.15, 0.04, 0.07, 0.12]]],
    ["HALSOVAL.SOCIOEKONOMI", [5000, 1.1, 150000]], ["HALSOVAL.GLESBYGDSVIKT", [5000, 75]], ["HALSOVAL.GLESBYGD", [5000, 75, 100000]],
    ["HALSOVAL.MOMS", [1000]], ["HALSOVAL.ADMIN", [1000]], ["HALSOVAL.UTBETALNINGSDAG", [2026, 6]], ["HALSOVAL.FAMILJECENTRAL", [300, 5000]],
    ["HALSOVAL.PARAMETER", ["5.1.1.pris"]], ["HALSOVAL.KALLA", ["5.moms"]], ["TILLAGG.GRUNDBELOPP", [2026]],
    ["TILLAGG.BERAKNA", [3, 47000, 0.4718, 1.5]], ["TILLAGG.JUSTERINGSBELOPP", [2026]], ["TILLAGG.JUSTERA", [175, 2026]],
    ["TILLAGG.BELOPP", [120, 2026]], ["TILLAGG.NORMALVARIATION", [[140, 150, 160, 145, 155, 149]]],
    ["TILLAGG.FORDELA", [1000000, [1, 2, 3]], 2], ["TILLAGG.NYCKEL", [[10, 20], [5, 5], [0, 3]], 1], ["UTVECKLING.FORDELA", [2000000, [7108, 6035, 64979]], 1],
  ];
  // Every case with its index, so jest never reads a missing third value as `done`.
  test.each(cases.map(([id, args, index]) => [id, args, index ?? 0] as const))("%s %j: parts exact, sources titled", (id, args, index) => {
    const f = forklaraFunktion(id, args, year, index, reg);
    holds(f);
    expect(renderaForklaring(f).length).toBeGreaterThan(0);
  });

  test("TILLAGG.FORDELA's whole distribution sums to the amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.nat(100000), { minLength: 1, maxLength: 8 }), (amount, keys) => {
        fc.pre(keys.some((k) => k > 0));
        const parts = keys.map((_, i) => forklaraFunktion("TILLAGG.FORDELA", [amount, keys], year, i).belopp!);
        expect(parts.reduce((s, x) => s.plus(x)).toString()).toBe(String(amount));
      }),
      { numRuns: 30 },
    );
  });

  test("a name that is not ours is said plainly", () => {
    expect(() => forklaraFunktion("SUMMA", [], year)).toThrow(/inte en av tilläggets funktioner/);
  });
});

test("Swedish numbers: space between thousands, decimal comma, kronor to the öre", () => {
  expect(tal("1234567.5")).toBe("1 234 567,5");
  expect(tal("-0.015")).toBe("−0,015");
  expect(kr("45707472.9")).toBe("45 707 472,90 kr");
});

test("5.1.3: the explanation cites the distance band the amount used, under either rounding of the km", () => {
  const hv = findRuleSet("halsoval", 2026);
  const narmaste = withOverrides(hv, { readings: { "5.1.3.avstand_avrundning": "narmaste" } });
  const cited = (rs: RuleSet, km: number) =>
    allaForklaringar(forklaraGlesbygdsvikt(rs, 5000, km)).flatMap((x) => x.parametrar).find((p) => p.nyckel.startsWith("5.1.3.avstandsvikter"))!;
  // 29,6 km: the floor (29) is below the 30 km band, the nearest km (30) is in it, and so is the amount.
  expect(cited(hv, 29.6).varde).toBe(paramBands(hv, "5.1.3.avstandsvikter")[0].value);
  expect(cited(narmaste, 29.6).varde).toBe(paramBands(hv, "5.1.3.avstandsvikter")[1].value);
  expect(avstandsvikt(narmaste, 29.6).eq(paramBands(hv, "5.1.3.avstandsvikter")[1].value)).toBe(true);
});
