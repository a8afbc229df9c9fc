// Step 4's component in its states (issue 12, jsdom): not filled yet (the share waits and
// says why), asked about (the user's own sheet of that name
// is replaced only when confirmed), failed, done. The workbook is a small recording fake of
// the Excel calls shareSheet makes.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StepShare } from "../../src/taskpane/StepShare";
import type { ExcelRun } from "../../src/workbook/writer";
import { exampleData, exampleSetup } from "../support/example-year";

jest.setTimeout(30000);

const setup = exampleSetup();
const data = { ...exampleData(), exempel: true };

/** A workbook with "Kommun <k>" sheets; `own` names sheets the user made. */
function fakeWorkbook(own: string[] = []) {
  const sheets = new Map<string, unknown[][]>([["Kommun Berg", [["Berg", 1], ["Summa", 2]]], ["Kommun Åre", [["Åre", 3]]], ...own.map((n) => [n, [["mitt"]]] as [string, unknown[][]])]);
  const made: string[] = [];
  const settings = new Map<string, string>();
  const sheet = (name: string) => ({
    name,
    getUsedRange: () => ({ load: () => undefined, values: sheets.get(name), numberFormat: sheets.get(name)!.map((r) => r.map(() => "General")) }),
    getRange: () => ({ clear: () => undefined, format: { font: {} } }),
    getRangeByIndexes: () => ({
      format: { autofitColumns: () => undefined },
      set values(v: unknown[][]) {
        sheets.set(name, v);
      },
      set numberFormat(_: unknown) {},
    }),
  });
  const context = {
    workbook: {
      worksheets: {
        getItem: (n: string) => sheet(n),
        getItemOrNullObject: (n: string) => ({ ...sheet(n), load: () => undefined, isNullObject: !sheets.has(n) }),
        add: (n: string) => {
          sheets.set(n, [[]]);
          made.push(n);
          return sheet(n);
        },
      },
      settings: {
        getItemOrNullObject: (k: string) => ({ load: () => undefined, isNullObject: !settings.has(k), value: settings.get(k) }),
        add: (k: string, v: string) => settings.set(k, v),
      },
    },
    sync: async () => undefined,
  };
  const run = (async (fn: (c: unknown) => Promise<unknown>) => fn(context)) as unknown as ExcelRun;
  return { run, sheets, made };
}

const shareButton = () => screen.getByRole("button", { name: "Skapa delningsblad" }) as HTMLButtonElement;

test("not filled: the share waits and says to fill first; without data the files wait too", () => {
  render(<StepShare run={fakeWorkbook().run} setup={setup} filled={false} data={{ vardenheter: null, befolkning: null, exempel: false }} />);
  expect(screen.getByText("Fyll arbetsboken i steg 3 först.")).toBeTruthy();
  expect(shareButton().disabled).toBe(true);
  expect((screen.getByRole("button", { name: "Skapa fil för Berg" }) as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByRole("button", { name: "Skapa filer för alla åtta kommuner" }) as HTMLButtonElement).disabled).toBe(true);
});

test("done: the municipality's sheet as values, headed by the rule sets and labelled example data", async () => {
  const wb = fakeWorkbook();
  render(<StepShare run={wb.run} setup={setup} filled data={data} />);
  expect(screen.queryByText("Fyll arbetsboken i steg 3 först.")).toBeNull();
  await userEvent.click(shareButton());
  expect(await screen.findByText(/^Bladet "Dela Berg" har värden utan formler\./)).toBeTruthy();
  const written = wb.sheets.get("Dela Berg")!;
  expect(String(written[0][0])).toBe(`Berg: underlag 2026. Värden utan formler, öppnas utan tillägget.`);
  expect(written.some((r) => r[0] === "EXEMPELDATA: påhittade siffror, inte för riktiga beslut.")).toBe(true);
  expect(written.slice(-2)).toEqual([["Berg", 1], ["Summa", 2]]);
});

test("asked about: the user's own sheet of that name is replaced only after confirming", async () => {
  const wb = fakeWorkbook(["Dela Åre"]);
  render(<StepShare run={wb.run} setup={setup} filled data={data} />);
  await userEvent.selectOptions(screen.getByLabelText("Kommun"), "Åre");
  await userEvent.click(shareButton());
  expect(await screen.findByText('Det finns redan ett eget blad "Dela Åre". Bekräfta för att skriva över det.')).toBeTruthy();
  expect(wb.sheets.get("Dela Åre")).toEqual([["mitt"]]);
  await userEvent.click(screen.getByRole("button", { name: "Skriv över mitt blad" }));
  expect(await screen.findByText(/^Bladet "Dela Åre" har värden utan formler\./)).toBeTruthy();
  expect(wb.sheets.get("Dela Åre")!.slice(-1)).toEqual([["Åre", 3]]);
  expect(screen.queryByRole("button", { name: "Skriv över mitt blad" })).toBeNull();
});

test("failed: the workbook's error is said in Swedish", async () => {
  const run = (async () => {
    throw new Error("Arbetsboken är skrivskyddad");
  }) as unknown as ExcelRun;
  render(<StepShare run={run} setup={setup} filled data={data} />);
  await userEvent.click(shareButton());
  expect(await screen.findByText("Delningsbladet skapades inte: Arbetsboken är skrivskyddad")).toBeTruthy();
});
