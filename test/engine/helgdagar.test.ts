// 5 Ersättning: utbetalningsdag. The generated holiday table the payment day reads equals
// date-holidays' answer (Sweden, types public and bank) for every year 2000–2100, asked of
// the library directly here, so a stale or hand-edited table fails.
import Holidays from "date-holidays";
import { HELGDAGAR, HELGDAGAR_FROM } from "../../src/engine/halsoval/helgdagar";
import { isBankDay } from "../../src/engine/halsoval/utbetalning";

const swedish = new Holidays("SE", { types: ["public", "bank"] });
const years = Array.from({ length: 101 }, (_, i) => 2000 + i);

test("the table covers 2000–2100", () => {
  expect(HELGDAGAR_FROM).toBe(2000);
  expect(HELGDAGAR).toHaveLength(101);
});

test.each(years)("%i: every weekday holiday of date-holidays, and nothing else", (year) => {
  const library = swedish
    .getHolidays(year)
    .map((h) => h.date.slice(0, 10))
    .filter((d) => d.startsWith(`${year}-`) && ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))
    .map((d) => d.slice(5, 7) + d.slice(8, 10));
  expect(HELGDAGAR[year - 2000].split(" ").filter(Boolean)).toEqual([...new Set(library)].sort());
});

test("every day of 2000–2100 is a banking day exactly when the library says so", () => {
  const wrong: string[] = [];
  for (const year of years) {
    const holidays = new Set(swedish.getHolidays(year).map((h) => h.date.slice(0, 10)));
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      const expected = d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.has(iso);
      if (isBankDay({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() }) !== expected) wrong.push(iso);
    }
  }
  expect(wrong).toEqual([]);
});
