// Step 3's component in its states: not ready, writing (progress says what), failed, done.
import { render, screen } from "@testing-library/react";
import { StepFill, doneText } from "../../src/taskpane/StepFill";
import type { FillState } from "../../src/taskpane/useFill";

const base: FillState = { ready: true, progress: null, result: null, error: null, conflicts: null, fill: async () => undefined, cancel: () => undefined };
const data = { vardenheter: null, befolkning: null, exempel: false };
const fillButton = () => screen.getByRole("button", { name: "Fyll arbetsboken" });

test("empty: without data and inputs it says what is missing and cannot fill", () => {
  render(<StepFill fillState={{ ...base, ready: false }} errors={{ a: "Ange LPIK för 2025 (procent, från SKR)." }} data={data} setup={null} run={null} onNext={() => undefined} />);
  expect(screen.getByText("Steg 1 är inte klart")).toBeTruthy();
  expect(screen.getByText("Läs in listningsdata och befolkning i steg 2 först.")).toBeTruthy();
  expect(fillButton().getAttribute("aria-disabled")).toBe("true");
});

test("writing: the progress names what is being written and the button waits", () => {
  render(<StepFill fillState={{ ...base, progress: { step: "Skriver 20 blad: Parametrar, Indata vårdenheter …", value: 0.4 } }} errors={{}} data={data} setup={null} run={null} onNext={() => undefined} />);
  expect(screen.getByText("Skriver 20 blad: Parametrar, Indata vårdenheter …")).toBeTruthy();
  expect(fillButton().getAttribute("aria-disabled")).toBe("true");
});

test("failed: the error is shown and nothing is said to be written", () => {
  render(<StepFill fillState={{ ...base, error: "Nätverket föll bort" }} errors={{}} data={data} setup={null} run={null} onNext={() => undefined} />);
  expect(screen.getByText("Arbetsboken fylldes inte")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Nästa: dela" })).toBeNull();
});

test("done: Swedish agreement of the counts, replaced sheets name their copies", () => {
  expect(doneText({ sheets: ["a", "b", "c"], created: ["a"], updated: ["b"], replaced: ["c"], backups: ["c (kopia 2026-11-23)"] })).toBe(
    "3 blad skrivna: 1 nytt, 1 uppdaterat, 1 ersatt (kopia sparad: c (kopia 2026-11-23)).",
  );
  expect(doneText({ sheets: ["a", "b"], created: [], updated: ["a", "b"], replaced: [], backups: [] })).toBe("2 blad skrivna: 0 nya, 2 uppdaterade.");
});
