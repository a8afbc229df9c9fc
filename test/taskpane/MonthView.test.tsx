// 5 Ersättning, månadens utbetalning in the pane (jsdom): a bad pasted monthly listing names
// row and column and offers nothing to write; the month chosen follows.
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MonthView } from "../../src/taskpane/MonthView";

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
