// What if in the pane (issue 11, item 5): the form read in Swedish form, and the panel's
// effects, recomputed as the user types, equal the engine's vadOm for the same change.
// Example data and example LPIK (not SKR's figures).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { vadOm } from "../../src/engine/forklaring/vadom";
import { kr } from "../../src/engine/forklaring/text";
import { VadOm } from "../../src/taskpane/VadOm";
import { lanetFran } from "../../src/taskpane/useVadOm";
import { andringFran, startForm, tolkningar } from "../../src/taskpane/vadOmForm";
import { exampleData, exampleSetup } from "../support/example-year";

const setup = exampleSetup();
const data = { ...exampleData(), exempel: true };
const lanet = lanetFran(setup, data)!;

test("the form: percent, whole count, decimal comma; bad entries named; nothing entered is no change", () => {
  const f = startForm(setup, 2026);
  expect(andringFran(f)).toBeNull();
  expect(andringFran({ ...f, lpik: "3,5" })).toEqual({ andring: { lpik: { "2026": "1.035" } } });
  expect(andringFran({ ...f, lpik: "tre" })).toEqual({ fel: "LPIK 2026: skriv en procentsats, t.ex. 3,1." });
  expect(andringFran({ ...f, slag: "anslutna", anslutna: "1 50" })).toEqual({ andring: { anslutna: 150 } });
  expect(andringFran({ ...f, slag: "anslutna", anslutna: "15,5" })).toHaveProperty("fel");
  expect(andringFran({ ...f, slag: "vikt", viktBand: "14", vikt: "2,5" })).toEqual({ andring: { vikt: { nyckel: "5.1.1.vikter", band: 14, varde: "2.5" } } });
  const t = tolkningar(setup);
  expect(t.map((x) => x.key)).toContain("5.1.3.avstand");
  expect(t.some((x) => x.key.startsWith("5.manad."))).toBe(false);
});

test("typing LPIK shows each municipality's effect as the engine computes it", async () => {
  render(<FluentProvider theme={webLightTheme}><VadOm run={null} setup={setup} data={data} /></FluentProvider>);
  fireEvent.change(screen.getByLabelText("LPIK 2026 i procent"), { target: { value: "4" } });
  const table = await screen.findByRole("table", { name: "Per kommun" });
  const want = vadOm(lanet, { lpik: { "2026": "1.04" } });
  const k = want.perKommun[1];
  expect(k.effekt.isZero()).toBe(false);
  const row = within(table).getByText(k.namn).closest("tr")!;
  expect(row.textContent).toContain(`${k.effekt.isPositive() ? "+" : ""}${kr(k.effekt)}`);
  expect(screen.getByRole("table", { name: "Per vårdenhet" })).toBeTruthy();
  // Outside Excel nothing can be written.
  expect(screen.getByRole("button", { name: "Skriv som scenario" }).hasAttribute("disabled")).toBe(true);
});

test("a bad entry is named, no effects shown", async () => {
  render(<FluentProvider theme={webLightTheme}><VadOm run={null} setup={setup} data={data} /></FluentProvider>);
  fireEvent.change(screen.getByLabelText("LPIK 2026 i procent"), { target: { value: "x" } });
  await waitFor(() => expect(screen.getByText("LPIK 2026: skriv en procentsats, t.ex. 3,1.")).toBeTruthy());
  expect(screen.queryByRole("table")).toBeNull();
});

test("without data it says what to do first", () => {
  render(<FluentProvider theme={webLightTheme}><VadOm run={null} setup={setup} data={{ vardenheter: null, befolkning: null, exempel: false }} /></FluentProvider>);
  expect(screen.getByText(/Läs in listningsdata och befolkning i steg 2 först/)).toBeTruthy();
});
