// Step 2's component in its states (issue 12, jsdom): empty (Nästa waits), invalid (a bad
// paste lists each problem by row and column; nothing read), a file chosen with the button,
// the example data failing to load, and valid (the summary, the example label, Nästa).
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StepData } from "../../src/taskpane/StepData";
import type { PaneData } from "../../src/taskpane/setup";

jest.setTimeout(30000);

// jsdom's File has no arrayBuffer() (every browser's has); read it as the browser would.
if (!File.prototype.arrayBuffer)
  File.prototype.arrayBuffer = function (this: File) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.onerror = () => reject(r.error);
      r.readAsArrayBuffer(this);
    });
  };

const dir = path.resolve(__dirname, "../../assets/exempeldata");
const example = (file: string) => Promise.resolve(fs.readFileSync(path.join(dir, file), "utf8"));
let last: PaneData | null = null;

function Harness({ onNext = () => undefined, loadExample = example }: { onNext?: () => void; loadExample?: (f: string) => Promise<string> }) {
  const [data, setData] = React.useState<PaneData>({ vardenheter: null, befolkning: null, exempel: false });
  last = data;
  return <StepData data={data} onData={setData} loadExample={loadExample} onNext={onNext} />;
}

const next = () => screen.getByRole("button", { name: "Nästa: fyll arbetsboken" });

test("empty: nothing read, Nästa waits, no summary", () => {
  render(<Harness />);
  expect(next().getAttribute("aria-disabled")).toBe("true");
  expect(screen.queryByText("Inläst")).toBeNull();
  expect(screen.getByRole("link", { name: "Ladda ner mall för listningsdata" }).getAttribute("href")).toBe("assets/mallar/mall-vardenheter.csv");
});

test("invalid: a bad paste lists the problems by row and column and nothing is read", async () => {
  render(<Harness />);
  const area = screen.getByLabelText("Listningsdata per vårdenhet: klistra in från Excel (med rubrikrad)");
  const header = "id;vardenhet;kommun;regi;cni;avstand_km;listade_16_67;" + Array.from({ length: 21 }, (_, i) => (i === 20 ? "100-" : `${i * 5}-${i * 5 + 4}`)).join(";");
  await userEvent.click(area);
  await userEvent.paste(`${header}\nA;Enhet A;Oslo;Region;1,1;10;5;${Array(21).fill("1").join(";")}`);
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad listningsdata" }));
  const table = screen.getByRole("table", { name: "Fel i Listningsdata per vårdenhet" });
  expect(within(table).getByText(/Oslo/)).toBeTruthy();
  expect(screen.getByText(/Listningsdata per vårdenhet: \d+ fel, inget har skrivits/)).toBeTruthy();
  expect(last!.vardenheter).toBeNull();
  expect(next().getAttribute("aria-disabled")).toBe("true");
});

test("a file chosen with the Fluent button is read and counted", async () => {
  render(<Harness />);
  // The Fluent button opens the browser's file picker (the hidden input).
  const input = screen.getByLabelText("Fil med befolkning (CSV eller xlsx)") as HTMLInputElement;
  const opened = jest.spyOn(input, "click").mockImplementation(() => undefined);
  await userEvent.click(screen.getByRole("button", { name: "Välj fil med befolkning" }));
  expect(opened).toHaveBeenCalledTimes(1);
  opened.mockRestore();
  const csv = fs.readFileSync(path.join(dir, "EXEMPEL-befolkning.csv"));
  await userEvent.upload(screen.getByLabelText("Fil med befolkning (CSV eller xlsx)"), new File([csv], "befolkning.csv", { type: "text/csv" }));
  expect(await screen.findByText("Befolkning per kommun och åldersklass: 8 rader inlästa och kontrollerade.")).toBeTruthy();
  expect(last!.befolkning).toHaveLength(8);
  expect(next().getAttribute("aria-disabled")).toBe("true");
});

test("the example data failing to load is said, not swallowed", async () => {
  render(<Harness loadExample={() => Promise.reject(new Error("404"))} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata" }));
  expect(await screen.findByText("Exempeldata kunde inte hämtas: 404")).toBeTruthy();
});

test("valid: the example data summarised in Swedish, labelled as example data, and Nästa goes on", async () => {
  const onNext = jest.fn();
  render(<Harness onNext={onNext} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata" }));
  expect(await screen.findByText(/^17 vårdenheter i 8 kommuner, 132 839 listade; befolkning för 8 kommuner, [\d ]+ invånare\.$/)).toBeTruthy();
  expect(screen.getByText("Exempeldata")).toBeTruthy();
  expect(screen.getByText(/Påhittade siffror/)).toBeTruthy();
  expect(next().getAttribute("aria-disabled")).toBeNull();
  await userEvent.click(next());
  expect(onNext).toHaveBeenCalledTimes(1);
});
