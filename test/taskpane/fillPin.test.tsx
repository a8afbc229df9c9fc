// Issue 10 item 2: a failed fill leaves no trace. The pin the functions compute with is the
// workbook's own until the write has succeeded; after a failed write it is the old one.
import * as fs from "fs";
import * as path from "path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { ExcelRun } from "../../src/workbook/writer";
import { pinned, setPinned } from "../../src/functions/state";

const example = (file: string) => Promise.resolve(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", file), "utf8"));

afterEach(() => setPinned(undefined));
// The views after the first screen load on demand (React.lazy): compiled here, once, rather
// than inside the first test that shows them.
beforeAll(() => Promise.all(["StepData", "StepFill", "StepShare", "YearDiffList", "comeBack"].map((m) => import(`../../src/taskpane/${m}`))), 120_000);

test("a write that fails puts the functions' previous pin back", async () => {
  const before = { year: 2025, ruleSets: [] };
  setPinned(before);
  const run: ExcelRun = async () => {
    throw new Error("Nätverket föll bort");
  };
  render(<App run={run} pin={null} pinProblem={null} loadExample={example} />);
  await userEvent.type(screen.getByLabelText("LPIK 2025, förändring i procent"), "3,1");
  await userEvent.type(screen.getByLabelText("LPIK 2026, förändring i procent"), "2,7");
  await userEvent.click(screen.getByRole("button", { name: /Nästa/ }));
  await userEvent.click(await screen.findByRole("button", { name: "Använd exempeldata" }));
  await screen.findByText(/17 vårdenheter i 8 kommuner/);
  await userEvent.click(screen.getByRole("button", { name: /Nästa/ }));
  await userEvent.click(await screen.findByRole("button", { name: "Fyll arbetsboken" }));
  await screen.findByText(/Nätverket föll bort/);
  expect(pinned()).toBe(before);
});
