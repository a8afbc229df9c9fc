// What changed 2025 → 2026, by cause, and what if (issue 11, item 5), on the EXAMPLE data
// (assets/exempeldata: made-up units and age splits). LPIK factors here are EXAMPLE values
// for the test, not SKR's; the "2025 data" is the example data changed by a made-up rule
// below, labelled as such.
import { findRuleSet, withOverrides } from "../../../src/rules";
import type { Vardenhet } from "../../../src/engine/halsoval/vardenhet";
import { tillaggsbelopp } from "../../../src/engine/tillagg/justera";
import { dec, roundOre } from "../../../src/engine/money";
import { beraknaLanet, enhetensSumma, kommunensSumma, type Lanet } from "../../../src/engine/forklaring/lan";
import { utfallen, vattenfall, STEG } from "../../../src/engine/forklaring/vattenfall";
import { vadOm } from "../../../src/engine/forklaring/vadom";
import { exempelBefolkning, exempelVardenheter } from "./exempel";

const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.03", "2026": "1.031" } } });
const gu = findRuleSet("utveckling", 2026);
const enheter = exempelVardenheter();
const kommuner = exempelBefolkning();
const ar = (year: number, e: Vardenhet[], belopp: number | null, anslutna: number): Lanet => ({
  regler: { year, halsoval: findRuleSet("halsoval", year), tillagg: tb, utveckling: gu },
  enheter: e, kommuner, anslutna, utvecklingBelopp: belopp,
});

// EXAMPLE "2025 data": every third band of each unit 5 % smaller, CNI 0,02 lower.
const enheter2025 = enheter.map((e) => ({
  ...e,
  listade: e.listade.map((n, i) => (i % 3 === 0 ? Math.round(n * 0.95) : n)),
  cni: dec(e.cni).minus("0.02").toString(),
}));

describe.each([
  ["same example data both years", enheter],
  ["an example 2025 data set", enheter2025],
])("waterfall 2025 → 2026, %s", (_, data2025) => {
  const fore = ar(2025, data2025, 2_000_000, 175);
  const efter = ar(2026, enheter, 2_000_000, 150);
  const u = utfallen(fore, efter);

  test("per municipality, the parts sum to the change to the krona (exactly, in öre)", () => {
    for (const k of kommuner) {
      const v = vattenfall(u, (x) => kommunensSumma(x, k.kommun));
      const parts = v.delar.reduce((s, d) => s.plus(d.forandring), dec(0));
      expect(parts.equals(v.forandring)).toBe(true);
      expect(v.fore.equals(roundOre(kommunensSumma(beraknaLanet(fore), k.kommun)))).toBe(true);
      expect(v.efter.equals(roundOre(kommunensSumma(beraknaLanet(efter), k.kommun)))).toBe(true);
      expect(v.delar.map((d) => d.nyckel)).toEqual(STEG.map((s) => s.nyckel));
    }
  });

  test("per unit, the same", () => {
    for (const e of enheter) {
      const v = vattenfall(u, (x) => enhetensSumma(x, e.id));
      expect(v.delar.reduce((s, d) => s.plus(d.forandring), dec(0)).equals(v.forandring)).toBe(true);
    }
  });

  test("the rule changes of 2026 (price 2 222 → 2 301) move every unit; LPIK moves the tilläggsbelopp", () => {
    const v = vattenfall(u, (x) => enhetensSumma(x, "VE01"));
    expect(v.delar.find((d) => d.nyckel === "priser")!.forandring.gt(0)).toBe(true);
    const berg = vattenfall(u, (x) => x.kommuner.find((k) => k.kommun === "Berg")!.tillagg!);
    expect(berg.delar.find((d) => d.nyckel === "lpik")!.forandring.gt(0)).toBe(true);
  });
});

test("with the same data both years, every data step is zero", () => {
  const u = utfallen(ar(2025, enheter, 1_000_000, 150), ar(2026, enheter, 1_000_000, 150));
  const v = vattenfall(u, (x) => kommunensSumma(x, "Åre"));
  for (const d of v.delar.filter((x) => x.orsak === "data")) expect([d.nyckel, d.forandring.isZero()]).toEqual([d.nyckel, true]);
});

describe("what if", () => {
  const l = ar(2026, enheter, 2_000_000, 150);
  const bas = beraknaLanet(l);

  test("more connected persons, reading innevarande_ar: only the tilläggsbelopp moves, and by the revision's amount", () => {
    const li = { ...l, regler: { ...l.regler, tillagg: withOverrides(tb, { readings: { "3.3.avstamning_avser": "innevarande_ar" } }) } };
    const r = vadOm(li, { anslutna: 175 }, beraknaLanet(li));
    expect(r.perEnhet.every((e) => e.effekt.isZero())).toBe(true);
    const total = r.perKommun.reduce((s, k) => s.plus(k.effekt), dec(0));
    expect(total.equals(tillaggsbelopp(tb, 175, 2026).minus(tillaggsbelopp(tb, 150, 2026)))).toBe(true);
    expect(total.gt(0)).toBe(true);
  });

  test("more connected persons, reading foregaende_ar (default): the count revises last year's amount, so this year's figures do not move", () => {
    const r = vadOm(l, { anslutna: 175 }, bas);
    expect(r.perEnhet.every((e) => e.effekt.isZero())).toBe(true);
    expect(r.perKommun.every((k) => k.effekt.isZero())).toBe(true);
    expect(r.utfall.kommuner.every((k) => k.tillagg !== null)).toBe(true);
  });

  test("a higher 5.1.1 weight for 70–74 raises the units with listed 70–74 and leaves the tilläggsbelopp's total", () => {
    const r = vadOm(l, { vikt: { nyckel: "5.1.1.vikter", band: 14, varde: "2" } }, bas);
    expect(r.perEnhet.every((e) => e.effekt.gt(0))).toBe(true);
    expect(r.utfall.kommuner.reduce((s, k) => s.plus(k.tillagg!), dec(0)).equals(bas.kommuner.reduce((s, k) => s.plus(k.tillagg!), dec(0)))).toBe(true);
  });

  test("a higher LPIK 2026 raises every municipality's tilläggsbelopp", () => {
    const r = vadOm(l, { lpik: { "2026": "1.05" } }, bas);
    r.utfall.kommuner.forEach((k, i) => expect(k.tillagg!.gte(bas.kommuner[i].tillagg!)).toBe(true));
  });

  test("flipping a reading (no VAT on the IT/admin supplement) lowers only private units", () => {
    const r = vadOm(l, { tolkning: { nyckel: "5.admin_moms", varde: "nej" } }, bas);
    for (const e of r.perEnhet) expect([e.id, e.effekt.isNegative()]).toEqual([e.id, enheter.find((x) => x.id === e.id)!.privat]);
  });
});
