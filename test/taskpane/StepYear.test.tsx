// Step 1's component in its states (issue 12, jsdom): empty (nothing typed: no error shown
// yet), invalid (the error after leaving the field, and for every field after "Nästa"),
// a value asked about (confirmed with a checkbox), valid (a setup, no message). The inputs are
// checked by the pane's own buildSetup, as in App.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StepYear } from "../../src/taskpane/StepYear";
import { buildSetup, type PaneInputs } from "../../src/taskpane/setup";
import { offeredYears, ruleSetIn } from "../../src/taskpane/yearRules";
import { shippedRules } from "../../src/rules";

jest.setTimeout(30000);

let last: ReturnType<typeof buildSetup> | null = null;
function Harness({ onNext, start }: { onNext: () => void; start?: Partial<PaneInputs> }) {
  const [inputs, setInputs] = React.useState<PaneInputs>({ lpik: {}, anslutna: "", utvecklingBelopp: "", ...start });
  const check = buildSetup(2026, inputs);
  last = check;
  const prev = ruleSetIn(shippedRules(), "halsoval", 2025);
  return (
    <StepYear years={offeredYears()} year={2026} onYear={() => undefined} inputs={inputs} onInputs={setInputs} errors={check.errors} warnings={check.warnings} onNext={onNext}
      sets={check.sets} prev={typeof prev === "string" ? null : prev} loadedName={null} onLoaded={() => undefined} />
  );
}

const lpik = (y: number) => screen.getByLabelText(`LPIK ${y}, förändring i procent`);

test("empty: the fields for 2025 and 2026 with their source, and no error before anything is typed", async () => {
  render(<Harness onNext={() => undefined} />);
  expect((lpik(2025) as HTMLInputElement).value).toBe("");
  expect((lpik(2026) as HTMLInputElement).value).toBe("");
  expect(screen.getAllByText("Källa: SKR, landstingsprisindex exklusive läkemedel (cirkulär/Ekonomirapporten).").length).toBe(2);
  expect(screen.queryByText("Ange LPIK för 2025 (procent, från SKR).")).toBeNull();
  expect(last!.setup).toBeNull();
  expect(screen.getByRole("button", { name: "Nästa: data" })).toBeTruthy();
  // The folded details and the new-year rules follow just after (their code loads then).
  expect(await screen.findByRole("button", { name: /Regelverk som gäller 2026/ })).toBeTruthy();
  expect(await screen.findByRole("button", { name: /Nytt år och ändrade regler/ })).toBeTruthy();
});

test("invalid: the error shows once the field is left, and every field's after Nästa", async () => {
  const next = jest.fn();
  render(<Harness onNext={next} />);
  await userEvent.type(lpik(2025), "tre");
  expect(screen.queryByText('"tre" är inte en procentsats (t.ex. 3,1).')).toBeNull();
  await userEvent.tab();
  expect(screen.getByText('"tre" är inte en procentsats (t.ex. 3,1).')).toBeTruthy();
  expect(screen.queryByText("Ange LPIK för 2026 (procent, från SKR).")).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "Nästa: data" }));
  expect(screen.getByText("Ange LPIK för 2026 (procent, från SKR).")).toBeTruthy();
  expect(next).toHaveBeenCalledTimes(1);
  expect(last!.setup).toBeNull();
});

test("asked about: LPIK typed as a factor must be confirmed before it is used", async () => {
  render(<Harness onNext={() => undefined} start={{ lpik: { "2025": "3,1" } }} />);
  await userEvent.type(lpik(2026), "1,027");
  await userEvent.tab();
  const box = screen.getByRole("checkbox", { name: /LPIK 2026: 1,027 ser ut som en faktor .* Värdet stämmer\./ });
  expect(last!.setup).toBeNull();
  await userEvent.click(box);
  expect(last!.setup).not.toBeNull();
});

test("valid: with LPIK for both years there is no message and a setup for 2026", async () => {
  render(<Harness onNext={() => undefined} />);
  await userEvent.type(lpik(2025), "3,1");
  await userEvent.type(lpik(2026), "2,7");
  await userEvent.tab();
  await userEvent.type(screen.getByLabelText("Anslutna till Storsjögläntan föregående år"), "175");
  await userEvent.tab();
  expect(screen.queryByText(/Ange LPIK|inte en procentsats|ser ut som en faktor/)).toBeNull();
  expect(last!.setup!.year).toBe(2026);
  expect(last!.setup!.anslutna).toBe(175);
  expect(last!.setup!.tillagg.data.parameters["3.3.lpik"].value).toMatchObject({ "2025": "1.031", "2026": "1.027" });
});
