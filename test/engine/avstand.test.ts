// 5.1.3: the distance is the municipality's ("Avståndet från närmsta vårdenhet i kommunen
// till Östersund"), reading 5.1.3.avstand. Made-up units (example data, not the region's).
import { findRuleSet, withOverrides } from "../../src/rules";
import { avstandVarningar, kommunernasAvstand } from "../../src/engine/halsoval/avstand";
import { glesbygdsvikt } from "../../src/engine/halsoval/glesbygd";
import { lanetsErsattning, lansUnderlag, vardenhetErsattning, Vardenhet } from "../../src/engine/halsoval/vardenhet";

const hv = findRuleSet("halsoval", 2026);
const perUnit = withOverrides(hv, { readings: { "5.1.3.avstand": "vardenhet" } });
const band = (i: number, n: number) => Array.from({ length: 21 }, (_, j) => (j === i ? n : 0));
const unit = (id: string, kommun: string, km: number, n: number): Vardenhet => ({
  id, namn: `Exempel ${id}`, kommun, privat: false, listade: band(8, n), listade16till67: 0, cni: "1", avstandKm: km,
});
const enheter = [unit("A", "Krokom", 22, 4000), unit("B", "Krokom", 34, 3000), unit("C", "Berg", 75, 2000)];

test("default reading kommun: every unit of a municipality gets its nearest unit's distance", () => {
  expect(hv.data.readings["5.1.3.avstand"].value).toBe("kommun");
  expect(kommunernasAvstand(hv, enheter)).toEqual(new Map([["Krokom", 22], ["Berg", 75]]));
  const res = lanetsErsattning(hv, enheter);
  // Krokom B at 34 km would be in a sparsity band; its municipality's 22 km is not.
  expect(res.enheter[1].komponenter["5.1.3"].toNumber()).toBe(0);
  expect(res.underlag.glesbygdsvikt.toString()).toBe(glesbygdsvikt(hv, 2000, 75).toString());
  expect(res.summa["5.1.3"].toString()).toBe(res.enheter[2].komponenter["5.1.3"].toString());
});

test("reading vardenhet: each unit's own distance, as before", () => {
  const res = lanetsErsattning(perUnit, enheter);
  expect(kommunernasAvstand(perUnit, enheter)).toBeNull();
  expect(res.enheter[1].komponenter["5.1.3"].toNumber()).toBeGreaterThan(0);
});

test("a distance given per municipality wins over the units'; the single-unit path agrees", () => {
  const res = lanetsErsattning(hv, enheter, { Krokom: 34 });
  expect(res.enheter[0].komponenter["5.1.3"].toNumber()).toBeGreaterThan(0);
  const lan = lansUnderlag(hv, enheter, { Krokom: 34 });
  expect(vardenhetErsattning(hv, enheter[0], lan).summa.toString()).toBe(res.enheter[0].summa.toString());
  expect(() => lanetsErsattning(hv, enheter, { Krokom: -1 })).toThrow(/Kommunen Krokom: avståndet/);
});

test("a warning names the municipality and units whose distances disagree; none when they agree", () => {
  const w = avstandVarningar(enheter);
  expect(w).toHaveLength(1);
  expect(w[0]).toMatch(/^Krokom: .*Exempel A 22 km, Exempel B 34 km.*22 km/);
  expect(avstandVarningar([unit("A", "Berg", 75, 1), unit("B", "Berg", 75, 1)])).toEqual([]);
});
