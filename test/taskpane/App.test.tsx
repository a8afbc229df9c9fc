// The task pane in jsdom with React Testing Library; the workbook is a recording fake.
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/workbook/writer";
import { setPinned } from "../../src/functions/state";

const example = (file: string) => Promise.resolve(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", file), "utf8"));

afterEach(() => setPinned(undefined));
/** The parts that load just after the first screen (the tab list among them) are in: nothing updates after the test. */
const settled = async () => void (await screen.findByRole("tablist", { name: "Vy" }));
// The views after the first screen load on demand (React.lazy): compiled here, once, rather
// than inside the first test that shows them.
beforeAll(() => Promise.all(["StepData", "StepFill", "StepShare", "YearDiffList", "comeBack"].map((m) => import(`../../src/taskpane/${m}`))), 120_000);

test("outside Excel the pane says so and cannot fill", async () => {
  render(<App run={null} pin={null} pinProblem={null} loadExample={example} />);
  // The notice's code loads just after the first screen (issue 12).
  expect(await screen.findByText("Inte öppnad i Excel")).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "3. Fyll" }));
  // The steps after the first load when shown (issue 12), so the test waits for them.
  expect((await screen.findByRole("button", { name: "Fyll arbetsboken" }) as HTMLButtonElement).getAttribute("aria-disabled") === "true" || (screen.getByRole("button", { name: "Fyll arbetsboken" }) as HTMLButtonElement).disabled).toBe(true);
});

test("step 1 shows the rule sets of the year and the inputs' sources, and flags a bad LPIK", async () => {
  render(<App run={null} pin={null} pinProblem={null} loadExample={example} />);
  expect(screen.getByText("Årsuppställning i fyra steg.", { exact: false })).toBeTruthy();
  // Details folded away, one click from view; the diff in the users' terms.
  expect(screen.queryByText(/halsoval-2026/)).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: /Regelverk som gäller 2026/ }));
  expect(screen.getAllByText(/halsoval-2026/).length).toBeGreaterThan(0);
  await userEvent.click(screen.getByRole("button", { name: /Ändringar från 2025/ }));
  expect(await screen.findByText(/773 096 tkr → 798 047 tkr, \+3,2 %/)).toBeTruthy();
  // No error before the field is left; then the error.
  const lpik = screen.getByLabelText("LPIK 2025, förändring i procent");
  await userEvent.type(lpik, "tre");
  expect(screen.queryByText('"tre" är inte en procentsats (t.ex. 3,1).')).toBeNull();
  await userEvent.tab();
  expect(await screen.findByText('"tre" är inte en procentsats (t.ex. 3,1).')).toBeTruthy();
  await settled();
});

test("step 2 lists problems by row and column and writes nothing", async () => {
  const run = jest.fn() as unknown as ExcelRun;
  render(<App run={run} pin={null} pinProblem={null} loadExample={example} />);
  await userEvent.click(screen.getByRole("button", { name: "2. Data" }));
  const area = await screen.findByLabelText("Befolkning per kommun och åldersklass: klistra in från Excel (med rubrikrad)");
  await userEvent.click(area);
  await userEvent.paste("kommun;cni\nBerg;1");
  expect(screen.getByRole("button", { name: "Läs in inklistrad listningsdata" })).toBeTruthy();
  expect(screen.getByLabelText("Fil med listningsdata (CSV eller xlsx)")).toBeTruthy();
  expect(screen.getByLabelText("Fil med befolkning (CSV eller xlsx)")).toBeTruthy();
  expect(screen.getByRole("link", { name: "Ladda ner mall för befolkning" }).getAttribute("href")).toBe("assets/mallar/mall-befolkning.csv");
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad befolkning" }));
  const table = await screen.findByRole("table", { name: "Fel i Befolkning per kommun och åldersklass" });
  expect(within(table).getByText(/Hittade på rad 1: Kommun, CNI\. Saknas: Avstånd km/)).toBeTruthy();
  expect(run).not.toHaveBeenCalled();
});

test("with example data and inputs, fill calls the workbook once and reports the sheets", async () => {
  const batches: string[] = [];
  const run: ExcelRun = async () => {
    batches.push("run");
    return { status: "done", sheets: ["Parametrar", "Sammanställning"], created: ["Parametrar"], updated: ["Sammanställning"], replaced: [], backups: [], payloadBytes: 10 } as never;
  };
  render(<App run={run} pin={null} pinProblem={null} loadExample={example} />);
  await userEvent.type(screen.getByLabelText("LPIK 2025, förändring i procent"), "3,1");
  await userEvent.type(screen.getByLabelText("LPIK 2026, förändring i procent"), "2,7");
  await userEvent.click(screen.getByRole("button", { name: "2. Data" }));
  await userEvent.click(await screen.findByRole("button", { name: "Använd exempeldata" }));
  expect(await screen.findByText("Listningsdata per vårdenhet: 17 rader inlästa och kontrollerade.")).toBeTruthy();
  expect(screen.getByText("Exempeldata")).toBeTruthy();
  expect(screen.getByText(/17 vårdenheter i 8 kommuner, 132 839 listade/)).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "3. Fyll" }));
  await userEvent.click(await screen.findByRole("button", { name: "Fyll arbetsboken" }));
  await waitFor(() => expect(screen.getByText("2 blad skrivna: 1 nytt, 1 uppdaterat.")).toBeTruthy());
  expect(batches).toEqual(["run"]);
  // The result: the engine's totals per municipality, in Swedish format.
  const { yearResult } = await import("../../src/taskpane/result");
  const { buildSetup } = await import("../../src/taskpane/setup");
  const { parseText, parseVardenheter } = await import("../../src/workbook/indata");
  const v = parseVardenheter(parseText(await example("EXEMPEL-vardenheter.csv")));
  if (!v.ok) throw new Error("example data");
  const expected = yearResult(buildSetup(2026, { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "", utvecklingBelopp: "" }).setup!, v.rows);
  const table = screen.getByRole("table", { name: "Per kommun" });
  const berg = expected.perKommun.find((k) => k.kommun === "Berg")!;
  expect(within(table).getByText("Berg").closest("tr")!.textContent).toContain(new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(berg.summa.toNumber()));
  // Focus lands on the step heading after "Nästa".
  await userEvent.click(screen.getByRole("button", { name: "Nästa: dela" }));
  expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Dela" }));
});

test("a problem with the workbook's stored rule set is shown, not swallowed", async () => {
  render(<App run={null} pin={null} pinProblem="Regelverket halsoval-2026 i arbetsboken har ändrats" loadExample={example} />);
  expect(screen.getByText("Arbetsbokens sparade regelverk kunde inte läsas")).toBeTruthy();
  await settled();
});

test("a workbook's recorded LPIK is shown as the percentage that was typed", async () => {
  const { findRuleSet, withOverrides } = await import("../../src/rules");
  const { pinFromSetup } = await import("../../src/workbook/settings");
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
  const pin = pinFromSetup({ year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: null }, "2026-11-23");
  render(<App run={null} pin={pin} pinProblem={null} loadExample={example} />);
  expect((screen.getByLabelText("LPIK 2025, förändring i procent") as HTMLInputElement).value).toBe("3,1");
  expect((screen.getByLabelText("LPIK 2026, förändring i procent") as HTMLInputElement).value).toBe("2,7");
  await settled();
});

test("LPIK typed as a factor is asked about, and a negative count is called negative", async () => {
  render(<App run={null} pin={null} pinProblem={null} loadExample={example} />);
  await userEvent.type(screen.getByLabelText("LPIK 2025, förändring i procent"), "1,031");
  await userEvent.tab();
  expect(await screen.findByText(/ser ut som en faktor/)).toBeTruthy();
  await userEvent.type(screen.getByLabelText("Anslutna till Storsjögläntan föregående år"), "-5");
  await userEvent.tab();
  expect(await screen.findByText("Antalet anslutna får inte vara negativt.")).toBeTruthy();
});

test("reopening a filled workbook reads the data back from its input sheets and lists what changed", async () => {
  const { findRuleSet, withOverrides } = await import("../../src/rules");
  const { pinFromSetup } = await import("../../src/workbook/settings");
  const { parseText, parseVardenheter, parseBefolkning } = await import("../../src/workbook/indata");
  const { planWorkbook } = await import("../../src/workbook/plan");
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
  const setup = { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: null };
  const v = parseVardenheter(parseText(await example("EXEMPEL-vardenheter.csv")));
  const b = parseBefolkning(parseText(await example("EXEMPEL-befolkning.csv")));
  if (!v.ok || !b.ok) throw new Error("example data");
  const layouts = planWorkbook(setup, { vardenheter: v.rows, befolkning: b.rows }, "2026-11-23");
  const values = (name: string) => layouts.find((l) => l.name === name)!.rows as unknown[][];
  const sheet = (name: string) => ({ isNullObject: false, getUsedRange: () => ({ load: () => undefined, values: values(name) }) });
  const run: ExcelRun = async (batch) => await batch({ workbook: { worksheets: { getItemOrNullObject: sheet } }, sync: async () => undefined } as never);
  render(<App run={run} pin={pinFromSetup(setup, "2026-11-23")} pinProblem={null} loadExample={example} />);
  expect(await screen.findByText(/Data inläst från arbetsbokens indatablad: 17 vårdenheter i 8 kommuner/)).toBeTruthy();
  const anslutna = screen.getByLabelText("Anslutna till Storsjögläntan föregående år");
  await userEvent.clear(anslutna);
  await userEvent.type(anslutna, "180");
  expect(screen.getByText(/Ändrat sedan dess: anslutna 175 → 180/)).toBeTruthy();
});
