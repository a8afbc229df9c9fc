// Step 3's component in the states StepFill.test.tsx does not render (issue 12, jsdom):
// valid (ready: the fill button starts the fill with nothing confirmed), asked about (the
// dialog names the user's sheets; "Skriv över" fills with exactly those confirmed, "Avbryt"
// cancels and focus returns to the fill button), done (the counts, the result's totals per
// municipality in Swedish format, "Nästa: dela"). EXAMPLE year: made-up data, example LPIK.
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StepFill } from "../../src/taskpane/StepFill";
import type { FillState } from "../../src/taskpane/useFill";
import { yearResult } from "../../src/taskpane/result";
import { svKronor } from "../../src/taskpane/format";
import { exampleData, exampleSetup } from "../support/example-year";

jest.setTimeout(30000);

const setup = exampleSetup();
const data = { ...exampleData(), exempel: true };
const base: FillState = { ready: true, progress: null, result: null, error: null, conflicts: null, fill: async () => undefined, cancel: () => undefined };
const fillButton = () => screen.getByRole("button", { name: "Fyll arbetsboken" });

test("valid: nothing missing, the fill button starts the fill with nothing confirmed", async () => {
  const fill = jest.fn(async () => undefined);
  render(<StepFill fillState={{ ...base, fill }} errors={{}} data={data} setup={setup} run={null} onNext={() => undefined} />);
  expect(screen.queryByText("Steg 1 är inte klart")).toBeNull();
  expect(screen.queryByText("Läs in listningsdata och befolkning i steg 2 först.")).toBeNull();
  expect(fillButton().getAttribute("aria-disabled")).toBeNull();
  await userEvent.click(fillButton());
  expect(fill).toHaveBeenCalledWith(new Set());
  expect(screen.queryByRole("button", { name: "Nästa: dela" })).toBeNull();
});

test("asked about: the dialog names the user's sheets; Skriv över confirms exactly those", async () => {
  const fill = jest.fn(async () => undefined);
  const cancel = jest.fn();
  render(<StepFill fillState={{ ...base, conflicts: ["Utveckling", "Sammanställning"], fill, cancel }} errors={{}} data={data} setup={setup} run={null} onNext={() => undefined} />);
  const dialog = screen.getByRole("dialog", { name: "Skriva över dina blad?" });
  expect(within(dialog).getByText(/Utveckling, Sammanställning/)).toBeTruthy();
  expect(within(dialog).getByText(/kopieras varje sådant blad först till "namn \(kopia ÅÅÅÅ-MM-DD\)"/)).toBeTruthy();
  await userEvent.click(within(dialog).getByRole("button", { name: "Skriv över" }));
  expect(cancel).toHaveBeenCalled();
  expect(fill).toHaveBeenCalledWith(new Set(["Utveckling", "Sammanställning"]));
});

test("asked about: Avbryt writes nothing and focus returns to the fill button", async () => {
  const fill = jest.fn(async () => undefined);
  function Harness() {
    const [conflicts, setConflicts] = React.useState<string[] | null>(["Utveckling"]);
    return <StepFill fillState={{ ...base, conflicts, fill, cancel: () => setConflicts(null) }} errors={{}} data={data} setup={setup} run={null} onNext={() => undefined} />;
  }
  render(<Harness />);
  await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Avbryt" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(fillButton()));
  expect(fill).not.toHaveBeenCalled();
});

test("done: the counts in Swedish, each municipality's total, and Nästa: dela", async () => {
  const onNext = jest.fn();
  const result = { status: "done" as const, sheets: ["Parametrar", "Sammanställning"], created: ["Parametrar"], updated: ["Sammanställning"], replaced: [], backups: [], payloadBytes: 10 };
  render(<StepFill fillState={{ ...base, result: result as never }} errors={{}} data={data} setup={setup} run={null} onNext={onNext} />);
  expect(screen.getByText("2 blad skrivna: 1 nytt, 1 uppdaterat.")).toBeTruthy();
  const expected = yearResult(setup, data.vardenheter);
  const table = screen.getByRole("table", { name: "Per kommun" });
  for (const k of expected.perKommun) expect(within(table).getByRole("row", { name: `${k.kommun} ${svKronor(k.summa.toNumber())}` })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Fyll arbetsboken" }).getAttribute("aria-disabled")).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Nästa: dela" }));
  expect(onNext).toHaveBeenCalledTimes(1);
  // The chart, once its on-demand chunk is in.
  expect(await screen.findByRole("figure", { name: /^Diagram: Ersättning 5\.1 per kommun 2026/ })).toBeTruthy();
});
