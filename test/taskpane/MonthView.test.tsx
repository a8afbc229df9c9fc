// 5 Ersättning, månadens utbetalning in the pane (jsdom): a bad pasted monthly listing names
// row and column and offers nothing to write; the month chosen follows.
import * as fs from "fs";
import * as path from "path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MonthView } from "../../src/taskpane/MonthView";

jest.setTimeout(30_000); // several loads and a whole year run per test: slow on a busy machine, not a speed assertion
const example = (file: string) => Promise.resolve(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", file), "utf8"));
const header = "manad;id;vardenhet;kommun;regi;cni;avstand_km;listade_16_67;" + Array.from({ length: 21 }, (_, i) => (i === 20 ? "100-" : `${i * 5}-${i * 5 + 4}`)).join(";");

test("a bad paste lists its problems with row and column; nothing can be written", async () => {
  render(<MonthView run={null} year={2026} loadExample={example} />);
  const area = screen.getByLabelText("Månadslistning: klistra in från Excel (med rubrikrad)");
  await userEvent.click(area);
  await userEvent.paste(`${header}\n2026-05;A;Enhet A;Berg;Region;x;10;5;${Array(21).fill("1").join(";")}`);
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad månadslistning" }));
  expect(screen.getByText("Månadslistningen kan inte användas")).toBeTruthy();
  expect(screen.getByText(/rad 2.*CNI/i)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Skriv månadens blad" })).toBeNull();
});

test("the example: May's units and their total; another month follows (February, before the new establishment)", async () => {
  render(<MonthView run={null} year={2026} loadExample={example} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (månadslistning)" }));
  expect(await screen.findByText(/18 vårdenheter i maj 2026/)).toBeTruthy();
  expect(screen.getByText("Bladen kan bara skrivas när tillägget körs i Excel.")).toBeTruthy();
  await userEvent.selectOptions(screen.getByLabelText("Månad"), "2");
  expect(screen.getByText(/17 vårdenheter i februari 2026/)).toBeTruthy();
});

// 5.2 and 5.3 in the pane: the same parsers, run and messages as `rjh utbetalning --rorlig/--tillagg`.
import { ruleSetForMonth } from "../../src/rules";
import { parseText } from "../../src/workbook/indata";
import { readMonthInputs, runMonth } from "../../src/workbook/manad/underlag";
import { kronor } from "../../src/taskpane/MonthView";

const read = (f: string) => parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", f), "utf8"));

test("May with the example 5.2 and 5.3 tables: a unit's specification has their lines and the CLI's total", async () => {
  render(<MonthView run={null} year={2026} loadExample={example} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (månadslistning)" }));
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (rörlig ersättning)" }));
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (tilläggsersättning)" }));
  expect(await screen.findByText(/18 vårdenheter i maj 2026/)).toBeTruthy();
  const sources = { listning: { rows: read("EXEMPEL-manadslistning-2026.csv"), source: "l" }, rorlig: { rows: read("EXEMPEL-rorlig-2026.csv"), source: "r" }, tillagg: { rows: read("EXEMPEL-tillagg-2026.csv"), source: "t" } };
  const input = readMonthInputs(2026, sources);
  if (!input.ok) throw new Error(input.problems.join("\n"));
  const cli = runMonth(2026, (m) => ruleSetForMonth("halsoval", 2026, m), input.value, sources, 5);
  if (!cli.ok) throw new Error(cli.problems.join("\n"));
  const ve01 = cli.value.find((u) => u.id === "VE01")!;
  expect(ve01.rader.some((r) => r.kolumn === "5.2")).toBe(true);
  expect(ve01.rader.some((r) => r.kolumn === "3.1.6")).toBe(true);
  await userEvent.selectOptions(screen.getByLabelText("Visa specifikation för vårdenhet"), "VE01");
  const table = screen.getByRole("table", { name: "Specifikation VE01" });
  for (const r of ve01.rader) expect(table.textContent).toContain(r.text);
  expect(table.textContent).toContain("Riktade hälsosamtal");
  expect(table.textContent).toContain("Jour");
  expect(screen.getByTestId("manad-summa").textContent).toBe(kronor(ve01.summa.toNumber()));
  // VE15's patient fees: the entered amount with its source named.
  await userEvent.selectOptions(screen.getByLabelText("Visa specifikation för vårdenhet"), "VE15");
  expect(screen.getByRole("table", { name: "Specifikation VE15" }).textContent).toContain("källa: EXEMPEL: påhittat belopp");
});

test("a bad 5.2 paste gives the CLI's message with row and column; a 5.3 row for an unlisted unit names its row", async () => {
  render(<MonthView run={null} year={2026} loadExample={example} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (månadslistning)" }));
  await userEvent.click(screen.getByLabelText("Rörlig ersättning (5.2), valfri: klistra in (med rubrikrad)"));
  await userEvent.paste("manad;id;post;antal;belopp;kalla\n2026-05;VE01;patientavgift;;1000;");
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad rörlig ersättning" }));
  expect(screen.getByText("Rörlig ersättning (5.2) kan inte användas")).toBeTruthy();
  expect(screen.getByText("Inklistrad rörlig ersättning, rad 2, kolumn Källa: Ange varifrån beloppet för patientavgift kommer (t.ex. regionens debiteringsunderlag).")).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "Ta bort rörlig ersättning" }));
  expect(await screen.findByText(/18 vårdenheter i maj 2026/)).toBeTruthy();
  await userEvent.click(screen.getByLabelText("Tilläggsersättning (5.3) och jour (3.1.6), valfri: klistra in (med rubrikrad)"));
  await userEvent.paste("manad;id;post;antal;antal2;belopp\n2026-05;NOPE;representation;2;;");
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad tilläggsersättning" }));
  expect(screen.getByText("Tilläggsersättningen (5.3) kan inte användas")).toBeTruthy();
  expect(screen.getByText('Inklistrad tilläggsersättning, rad 2: vårdenhet "NOPE" är inte listad i månad 5.')).toBeTruthy();
});

test("AT claims over the county cap: the specification shows each claim's share of the reduction", async () => {
  render(<MonthView run={null} year={2026} loadExample={example} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (månadslistning)" }));
  await userEvent.click(screen.getByLabelText("Tilläggsersättning (5.3) och jour (3.1.6), valfri: klistra in (med rubrikrad)"));
  // 70 % of 5 000 000 twice = 7 000 000 kr, over the 6 089 tkr cap (5.3.5).
  await userEvent.paste("manad;id;post;antal;antal2;belopp\n2026-05;VE05;at;;;5000000\n2026-05;VE06;at;;;5000000");
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad tilläggsersättning" }));
  expect(await screen.findByText(/18 vårdenheter i maj 2026/)).toBeTruthy();
  await userEvent.selectOptions(screen.getByLabelText("Visa specifikation för vårdenhet"), "VE05");
  const t = screen.getByRole("table", { name: "Specifikation VE05" }).textContent!;
  expect(t).toContain("AT-läkare (AT)");
  expect(t).toContain(`Länstaket är överskridet: anspråket minskat med ${kronor(455500)} per år.`);
});

// (The unit's file itself is made and downloaded in the browser test panemonth.js: ExcelJS's
// browser build does not load under jest's jsdom.)
test("a whole year loaded: last year's list is offered, a bad one named by row and column, and dropped again", async () => {
  render(<MonthView run={null} year={2026} loadExample={example} />);
  await userEvent.click(screen.getByRole("button", { name: "Använd exempeldata (månadslistning)" }));
  expect(await screen.findByText(/18 vårdenheter i maj 2026/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Hämta fil för VE01 (specifikationer och årsöversikt)" })).toBeTruthy();
  await userEvent.click(screen.getByLabelText("Förra årets utbetalningslista, valfri: klistra in (med rubrikrad)"));
  await userEvent.paste("id;summa\nVE01;x");
  await userEvent.click(screen.getByRole("button", { name: "Läs in inklistrad lista för förra året" }));
  expect(screen.getByText("Förra årets utbetalningslista kan inte användas")).toBeTruthy();
  expect(screen.getByText('Inklistrad lista för förra året, rad 2, kolumn summa: "x" är inte ett belopp.')).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "Ta bort förra årets lista" }));
  expect(await screen.findByText(/18 vårdenheter i maj 2026/)).toBeTruthy();
});
