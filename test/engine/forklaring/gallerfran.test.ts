// A trace's parameter says when its value took effect: the date of the dated rule data's
// value in force, not the start of the year the rule set is for.
import { forklaraFunktion } from "../../../src/engine/forklaring/funktioner";
import { allaForklaringar } from "../../../src/engine/forklaring/typ";

function parameter(id: string, args: unknown[], year: number, key: string) {
  const f = forklaraFunktion(id, args, year);
  return allaForklaringar(f).flatMap((x) => x.parametrar).find((p) => p.nyckel.startsWith(key));
}

test("in 2026 the 5.1.1 price of 2 301 kr took effect on 2026-01-01", () => {
  expect(parameter("HALSOVAL.LISTAD", [72, 2026], 2026, "5.1.1.pris")).toMatchObject({ varde: "2301", gallerFran: "2026-01-01" });
});

test("in 2026 the rehab age bounds, unchanged since 2025, say 2025-01-01", () => {
  expect(parameter("HALSOVAL.REHAB", [30, 2026], 2026, "5.1.5.alder_fran")).toMatchObject({ gallerFran: "2025-01-01" });
});
