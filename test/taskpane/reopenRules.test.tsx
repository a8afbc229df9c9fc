// Reopening a workbook filled with a published rule file and a value changed by decision
// (issue 7 item 6): step 1 shows that rule set as loaded and changed (file, decision, id,
// hash), not silently the shipped one, and nothing reads as changed since the fill.
// LPIK factors are EXAMPLE values, not SKR's.
import * as fs from "fs";
import * as path from "path";
import { render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { setPinned } from "../../src/functions/state";
import { buildSetup } from "../../src/taskpane/setup";
import { loadPublished } from "../../src/taskpane/yearRules";
import { pinFromSetup, stateFromPin } from "../../src/workbook/settings";

jest.setTimeout(60000);
afterEach(() => setPinned(undefined));
const example = (file: string) => Promise.resolve(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", file), "utf8"));

function filledPin() {
  const f = JSON.parse(fs.readFileSync(path.join(__dirname, "../../src/rules/data/halsoval.json"), "utf8"));
  f.validity.decided.push(2027);
  f.parameters["5.1.1.pris"].values["2027-01-01"] = "2400";
  const l = loadPublished("halsoval-2027.json", JSON.stringify(f));
  if (!l.ok) throw new Error(l.errors.join("; "));
  const inputs = {
    lpik: { "2025": "3,1", "2026": "2,7", "2027": "3,0" }, anslutna: "175", utvecklingBelopp: "2000000",
    regelfil: { name: l.name, text: l.text },
    andringar: [{ agreement: "halsoval" as const, key: "5.1.1.pris", value: "2410", beslut: "beslut HSN 2026-06-12 § 85" }],
  };
  const setup = buildSetup(2027, inputs, l.registry).setup!;
  // Through the settings' JSON, as the pane reads a reopened workbook's pin.
  return stateFromPin(JSON.stringify(pinFromSetup(setup, "2026-11-23"))).pin;
}

test("step 1 of a reopened workbook shows the loaded file, the change with its decision, and the set's own id and hash", async () => {
  const pin = filledPin();
  const hv = pin.ruleSets.find((r) => r.data.agreement === "halsoval")!;
  render(<App run={null} pin={pin} pinProblem={null} loadExample={example} />);
  expect((screen.getByLabelText("År", { selector: "select" }) as HTMLSelectElement).value).toBe("2027");
  // Step 1's details load just after the first screen (issue 12).
  expect(await screen.findByText("Används: halsoval-2027.json")).toBeTruthy();
  await screen.findByRole("list", { name: "Regelverk som används" });
  expect(within(screen.getByRole("list", { name: "Ändrade värden" })).getByText(/5\.1\.1\.pris = 2410 \(beslut HSN 2026-06-12 § 85\)/)).toBeTruthy();
  const used = within(screen.getByRole("list", { name: "Regelverk som används" }));
  expect(used.getByText(/halsoval-2027-andrad, sha256/).textContent).toContain("genom beslut HSN 2026-06-12 § 85");
  expect(used.getByText(hv.hash.slice(0, 12))).toBeTruthy();
  expect(screen.getByText(/Arbetsboken fylldes senast 2026-11-23 för 2027\.$/)).toBeTruthy();
  expect(screen.queryByText(/Ändrat sedan dess/)).toBeNull();
});

test("a recorded rule file that no longer loads is said, not silently replaced", async () => {
  const pin = filledPin();
  const broken = { ...pin, inputs: { ...pin.inputs, regelfil: { name: "halsoval-2027.json", text: "{" } } };
  render(<App run={null} pin={broken} pinProblem={null} loadExample={example} />);
  expect(screen.getByText("Arbetsbokens sparade regelverk kunde inte läsas")).toBeTruthy();
  expect(screen.getByText(/Regelfilen halsoval-2027\.json som arbetsboken fylldes med kan inte läsas in igen/)).toBeTruthy();
  // The parts after the first screen (the tab list among them) are in: nothing updates after the test.
  await screen.findByRole("tablist", { name: "Vy" });
});
