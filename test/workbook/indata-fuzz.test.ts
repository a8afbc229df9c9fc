// Malformed and well-formed files for the parsers (issue: never a wrong number, measures):
// hostile input never throws and always gives problems with a row and a Swedish message;
// well-formed tables written in any of the README's number formats read back exactly.
import fc from "fast-check";
import { BAND_COLUMNS, parseBefolkning, parseText, parseVardenheter } from "../../src/workbook/indata";
import { decodeText } from "../../src/workbook/readfile";

const HEAD = ["id", "vardenhet", "kommun", "regi", "cni", "avstand_km", "listade_16_67", ...BAND_COLUMNS];
const SEED = 20261123;

test("hostile text and bytes never throw; every problem has a row ≥ 1 and a message", () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom("1,05", "1,000", "-0", "1e5", "١٢", "NaN", "Infinity", "12 345", "1 2 3", "", '"', ";", "\t", "\n", "Berg", "Privat"), fc.integer().map(String));
  const table = fc.array(fc.array(cell, { maxLength: 32 }), { maxLength: 12 });
  const sep = fc.constantFrom(";", ",", "\t");
  let problems = 0;
  fc.assert(
    fc.property(table, sep, fc.boolean(), (rows, s, withHead) => {
      const text = [...(withHead ? [HEAD.join(s)] : []), ...rows.map((r) => r.join(s))].join("\n");
      for (const res of [parseVardenheter(parseText(text)), parseBefolkning(parseText(text))]) {
        if (res.ok) continue;
        problems += res.problems.length;
        for (const p of res.problems) {
          expect(p.row).toBeGreaterThanOrEqual(1);
          expect(p.message).toMatch(/\S/);
        }
      }
    }),
    { seed: SEED, numRuns: 3000 },
  );
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void parseVardenheter(parseText(decodeText(bytes)))), { seed: SEED, numRuns: 2000 });
  expect(problems).toBeGreaterThan(0);
});

test("counts in every accepted format read back exactly (no wrong number)", () => {
  const format = (n: number, style: number) => {
    const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
    return [String(n), grouped, `${n},0`, `${n}.00`, grouped.replace(/\u00a0/g, " ")][style];
  };
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })), { minLength: 21, maxLength: 21 }), fc.integer({ min: 0, max: 99999 }), (bands, cni) => {
      const cniText = `${Math.floor(cni / 10000)},${String(cni % 10000).padStart(4, "0")}`;
      const row = ["A", "Enhet A", "Berg", "Region", cniText, "29,6", "0", ...bands.map(([n, s]) => format(n, s))];
      const res = parseVardenheter(parseText([HEAD.join(";"), row.join(";")].join("\n")));
      expect(res.ok).toBe(true);
      if (res.ok) {
        expect(res.rows[0].listade).toEqual(bands.map(([n]) => n));
        expect(Number(res.rows[0].cni)).toBe(cni / 10000);
      }
    }),
    { seed: SEED, numRuns: 1000 },
  );
});
