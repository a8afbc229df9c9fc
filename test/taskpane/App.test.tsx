// The task pane in jsdom with React Testing Library; the workbook is a recording fake.
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/workbook/writer";
import { setPinned } from "../../src/functions/state";

const example = (file: string) => Promise.resolve(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", file), "utf8"));

afterEach(() => setPinned(undefined));

test("outside Excel the pane says so and cannot fill", async () => {
  render(<App run={null} pin={null} pinProblem={null} loadExample={example} />);
  expect(screen.getByText("Inte öppnad i Excel")).toBeTruthy();
  await userEvent.click(screen.getByRole("tab", { name: "3. Fyll" }));
  expect((screen.getByRole("button", { name: "Fyll arbetsboken" }) as HTMLButtonElement).getAttribute("aria-disabled") === "true" || (screen.getByRole("button", { name: "Fyll arbetsboken" }) as HTMLButtonElement).disabled).toBe(true);
});

test("step 1 shows the rule sets of the year and the inputs' sources, and flags a bad LPIK", async () => {
  render(<App run={null} pin={null} pinProblem={null} loadExample={example} />);
  expect(screen.getAllByText("halsoval-2026").length).toBeGreaterThan(0);
  expect(screen.getByRole("table", { name: "Ändringar från 2025" })).toBeTruthy();
  await userEvent.type(screen.getByLabelText("LPIK 2025, förändring i procent"), "tre");
  expect(await screen.findByText('"tre" är inte en procentsats (t.ex. 3,1).')).toBeTruthy();
});

test("step 2 lists problems by row and column and writes nothing", async () => {
  const run = jest.fn() as unknown as ExcelRun;
  render(<App run={run} pin={null} pinProblem={null} loadExample={example} />);
  await userEvent.click(screen.getByRole("tab", { name: "2. Data" }));
  const area = screen.getByLabelText("Befolkning per kommun och åldersklass: klistra in från Excel (med rubrikrad)");
  await userEvent.click(area);
  await userEvent.paste("kommun;cni\nBerg;1");
  await userEvent.click(screen.getAllByRole("button", { name: "Läs in inklistrat" })[1]);
  const table = await screen.findByRole("table", { name: "Fel i Befolkning per kommun och åldersklass" });
  expect(within(table).getByText(/Hittade på rad 1: Kommun, CNI\. Saknas: Avstånd km/)).toBeTruthy();
  expect(run).not.toHaveBeenCalled();
});

test("with example data and inputs, fill calls the workbook once and reports the sheets", async () => {
  const batches: string[] = [];
  const run: ExcelRun = async () => {
    batches.push("run");
    return { status: "done", sheets: ["Parametrar", "Sammanställning"], created: ["Parametrar", "Sammanställning"], updated: [], payloadBytes: 10 } as never;
  };
  render(<App run={run} pin={null} pinProblem={null} loadExample={example} />);
  await userEvent.type(screen.getByLabelText("LPIK 2025, förändring i procent"), "3,1");
  await userEvent.type(screen.getByLabelText("LPIK 2026, förändring i procent"), "2,7");
  await userEvent.click(screen.getByRole("tab", { name: "2. Data" }));
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata" }));
  expect(await screen.findByText("Listningsdata per vårdenhet: 17 rader inlästa och kontrollerade.")).toBeTruthy();
  expect(screen.getByText("Exempeldata")).toBeTruthy();
  await userEvent.click(screen.getByRole("tab", { name: "3. Fyll" }));
  await userEvent.click(screen.getByRole("button", { name: "Fyll arbetsboken" }));
  await waitFor(() => expect(screen.getByText(/2 blad skrivna \(2 nya, 0 uppdaterade\)/)).toBeTruthy());
  expect(batches).toEqual(["run"]);
});

test("a problem with the workbook's stored rule set is shown, not swallowed", () => {
  render(<App run={null} pin={null} pinProblem="Regelverket halsoval-2026 i arbetsboken har ändrats" loadExample={example} />);
  expect(screen.getByText("Arbetsbokens sparade regelverk kunde inte läsas")).toBeTruthy();
});

test("a workbook's recorded LPIK is shown as the percentage that was typed", async () => {
  const { findRuleSet, withOverrides } = await import("../../src/rules");
  const { pinFromSetup } = await import("../../src/workbook/settings");
  const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
  const pin = pinFromSetup({ year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 175, utvecklingBelopp: null }, "2026-11-23");
  render(<App run={null} pin={pin} pinProblem={null} loadExample={example} />);
  expect((screen.getByLabelText("LPIK 2025, förändring i procent") as HTMLInputElement).value).toBe("3,1");
  expect((screen.getByLabelText("LPIK 2026, förändring i procent") as HTMLInputElement).value).toBe("2,7");
});
