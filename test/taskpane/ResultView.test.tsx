// The result after the fill (issue 12 item 4) and the change from last year (issue 11 item 5)
// in jsdom, on the EXAMPLE year (made-up data, example LPIK): totals in Swedish format equal
// to the engine's, the chart loaded on demand with a Swedish label, "Gå till Sammanställning"
// activates that sheet, and the waterfall's table sums to the change.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ResultView } from "../../src/taskpane/ResultView";
import { yearResult } from "../../src/taskpane/result";
import { svKronor } from "../../src/taskpane/format";
import type { ExcelRun } from "../../src/workbook/writer";
import { exampleData, exampleSetup } from "../support/example-year";

// jsdom has no layout and no canvas, so the chart library itself is drawn only in the browser
// test (test/browser/panecharts.js); here it is a recorder of what the pane gives it.
const drawn: { chart: string; data: unknown }[] = [];
jest.mock("@fluentui/react-charts", () => {
  const chart = (name: string) => (p: { data: unknown }) => {
    drawn.push({ chart: name, data: p.data });
    return null;
  };
  return { HorizontalBarChartWithAxis: chart("staplar"), VerticalStackedBarChart: chart("vattenfall") };
});

// The first on-demand import compiles the chart modules (seconds on a busy machine).
jest.setTimeout(30000);

const setup = exampleSetup();
const d = exampleData();
const data = { ...d, exempel: true };
const result = yearResult(setup, d.vardenheter);

function fakeRun() {
  const activated: string[] = [];
  const run = (async (fn: (c: unknown) => Promise<unknown>) =>
    fn({ workbook: { worksheets: { getItem: (name: string) => ({ activate: () => activated.push(name) }) } }, sync: async () => undefined })) as unknown as ExcelRun;
  return { run, activated };
}

test("done: each municipality's and component's total in kronor, the county's sum, and the chart's label", async () => {
  render(<ResultView year={2026} result={result} run={null} setup={setup} data={data} />);
  expect(document.body.textContent).toContain(`Ersättning för listade invånare (5.1) 2026: ${svKronor(result.summa.toNumber())}`);
  const perKommun = screen.getByRole("table", { name: "Per kommun" });
  expect(within(perKommun).getAllByRole("row")).toHaveLength(1 + 8);
  for (const k of result.perKommun) expect(within(perKommun).getByRole("row", { name: `${k.kommun} ${svKronor(k.summa.toNumber())}` })).toBeTruthy();
  const perDel = screen.getByRole("table", { name: "Per del" });
  expect(within(perDel).getByText("Per listad (5.1.1)")).toBeTruthy();
  // Swedish grouping (no-break spaces), no decimal point.
  expect(svKronor(result.perKommun[0].summa.toNumber())).toMatch(/^\d{1,3}(\u00a0\d{3})+ kr$/);
  // The chart is loaded on demand; the figure is described in Swedish, the picture hidden.
  const fig = await screen.findByRole("figure", { name: "Diagram: Ersättning 5.1 per kommun 2026, kronor. Samma siffror som i tabellen nedan." }, { timeout: 10000 });
  expect(fig.querySelector('[aria-hidden="true"]')).toBeTruthy();
  // One bar per municipality, at its total (the chart draws them from 0 on one axis).
  const bars = drawn.filter((x) => x.chart === "staplar").pop()!.data as { x: number; y: string }[];
  expect(Object.fromEntries(bars.map((b) => [b.y, b.x]))).toEqual(Object.fromEntries(result.perKommun.map((k) => [k.kommun, k.summa.toNumber()])));
  // Outside Excel there is no sheet to go to.
  expect(screen.queryByRole("button", { name: "Gå till Sammanställning" })).toBeNull();
});

test("Gå till Sammanställning activates that sheet", async () => {
  const { run, activated } = fakeRun();
  render(<ResultView year={2026} result={result} run={run} setup={setup} data={data} />);
  await userEvent.click(screen.getByRole("button", { name: "Gå till Sammanställning" }));
  expect(activated).toEqual(["Sammanställning"]);
});

test("a failed activation is said in Swedish", async () => {
  const run = (async () => {
    throw new Error("Bladet finns inte");
  }) as unknown as ExcelRun;
  render(<ResultView year={2026} result={result} run={run} setup={setup} data={data} />);
  await userEvent.click(screen.getByRole("button", { name: "Gå till Sammanställning" }));
  expect((await screen.findByRole("alert")).textContent).toBe("Bladet kunde inte visas: Bladet finns inte");
});

test("the change from 2025: per municipality, the parts shown sum to the change shown", async () => {
  render(<ResultView year={2026} result={result} run={null} setup={setup} data={data} />);
  const toggle = screen.getByRole("button", { name: "Förändring från 2025, per orsak" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  await userEvent.click(toggle);
  const county = await screen.findByRole("table", { name: "Förändring 2025–2026 per orsak, Hela länet" }, { timeout: 10000 });
  expect(within(county).getByText("Summa delar")).toBeTruthy();
  await userEvent.selectOptions(screen.getByLabelText("Visa förändringen för"), "kommun:Berg");
  const berg = screen.getByRole("table", { name: "Förändring 2025–2026 per orsak, Berg" });
  const amount = (s: string) => Number(s.replace(/[\s\u00a0kr+]/g, "").replace("−", "-").replace(",", "."));
  const rows = within(berg).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent ?? ""));
  const steps = rows.slice(0, 10).map((r) => amount(r[1]));
  const [delar, change] = [amount(rows[10][1]), amount(rows[11][1])];
  expect(rows[10][0]).toBe("Summa delar");
  expect(Math.round(steps.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(delar * 100));
  expect(delar).toBe(change);
  expect(change).not.toBe(0);
  expect(screen.getByText(/Förra årets data finns inte i fönstret/)).toBeTruthy();
  expect(screen.getByRole("figure", { name: /^Diagram: förändring 2025–2026, Berg/ })).toBeTruthy();
});

test("without last year's rule set the change says why instead of a chart", async () => {
  render(<ResultView year={2025} result={result} run={null} setup={{ ...setup, year: 2025 }} data={data} />);
  await userEvent.click(screen.getByRole("button", { name: "Förändring från 2024, per orsak" }));
  expect(await screen.findByText("Det finns inget regelverk för 2024 att jämföra med, så förändringen från förra året kan inte visas.", {}, { timeout: 10000 })).toBeTruthy();
});
