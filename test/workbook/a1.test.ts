// A1 addresses: column letters and indexes round-trip, cells and ranges are read with or
// without $, and what is not an address is refused.
import fc from "fast-check";
import { areaAt, cellAt, col, colIndex, dimensions, topLeft } from "../../src/workbook/a1";

test("column letters and 0-based indexes round-trip (A, Z, AA, XFD)", () => {
  expect([col(0), col(25), col(26), col(16383)]).toEqual(["A", "Z", "AA", "XFD"]);
  fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => colIndex(col(i)) === i), { seed: 1, numRuns: 2000 });
});

test("cells and ranges, with or without $", () => {
  expect(cellAt("$AB$12")).toEqual({ row: 11, col: 27 });
  expect(topLeft("E4:M21")).toEqual({ row: 3, col: 4 });
  expect(dimensions("$B$3:V3")).toEqual({ rows: 1, cols: 21 });
  expect(dimensions("A1")).toEqual({ rows: 1, cols: 1 });
  expect(areaAt(3, 4, 18, 9)).toBe("E4:M21");
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 30 }), (r, c, rows, cols) => {
      const a = areaAt(r, c, rows, cols);
      expect(topLeft(a)).toEqual({ row: r, col: c });
      expect(dimensions(a)).toEqual({ rows, cols });
    }),
    { seed: 2, numRuns: 500 },
  );
});

test("what is not an address is refused", () => {
  expect(cellAt("Summa")).toBeNull();
  expect(() => topLeft("4E")).toThrow("Ogiltig adress 4E");
  expect(() => dimensions("A1:B")).toThrow("Ogiltig adress A1:B");
});
