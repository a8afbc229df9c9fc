// The change from last year with LAST YEAR'S DATA in real Chromium (issue 11, item 5): after
// a fill with the example data, the waterfall view reads last year's listing and population
// from two files (made from the example files: counts at 90 %, one unit absent, Berg's CNI
// changed) through the same inputs as step 2; the note names the files, and Berg's data steps
// equal the engine's to the öre with parts summing to the change; filled again, the sheet
// Förändring carries the same count step. 320 px, no horizontal
// overflow, zero axe violations, a screenshot under test-results/.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const pane = require("./pane");

const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");

const { ore } = pane;

module.exports = function (test, assert) {
  test("waterfall with last year's data from two files: the note names them, Berg's data steps are the engine's", async (ctx) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rjh-forra-"));
    try {
      const want = JSON.parse(execFileSync(tsx, [path.join(__dirname, "engine-forra.ts"), dir], { encoding: "utf8" }));
      const page = await pane.openPane(ctx, { width: 320 });
      await pane.fillExample(page);
      await page.getByRole("button", { name: "Förändring från 2025, per orsak" }).click();
      await page.getByText("Förra årets data finns inte i fönstret", { exact: false }).waitFor({ timeout: 15000 });
      // The Fluent buttons open the pickers (the hidden inputs have names of their own).
      for (const [button, input, file] of [
        ["Välj fil med listningsdata för 2025", "Fil med listningsdata för 2025 (CSV eller xlsx)", want.files.vardenheter],
        ["Välj fil med befolkning för 2025", "Fil med befolkning för 2025 (CSV eller xlsx)", want.files.befolkning],
      ]) {
        const chooser = page.waitForEvent("filechooser");
        await page.getByRole("button", { name: button }).click();
        await (await chooser).setFiles(file);
        assert((await page.getByLabel(input).count()) === 1, `one file input named "${input}"`);
        if (file === want.files.vardenheter) await page.getByText("Läs in även befolkningen för 2025", { exact: false }).waitFor();
      }
      await page.getByText("Förra årets data är given (forra-vardenheter.csv och forra-befolkning.csv)", { exact: false }).waitFor({ timeout: 15000 });
      await page.getByText("1 vårdenhet finns bara 2026 och 0 bara 2025", { exact: false }).waitFor();
      const berg = want.kommuner.find((k) => k.label === "Berg");
      await page.getByLabel("Visa förändringen för").selectOption(berg.value);
      const table = page.getByRole("table", { name: "Förändring 2025–2026 per orsak, Berg" });
      await table.waitFor();
      const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.innerText)));
      const steps = rows.slice(0, 10).map((r) => ore(r[1]));
      assert(JSON.stringify(steps) === JSON.stringify(berg.delar), `Berg: pane ${steps.join(" ")}, engine ${berg.delar.join(" ")}`);
      // Steps 6–8 (antal, ålder, CNI) carry the data's change.
      assert(steps[5] !== 0 && steps[7] !== 0, `Berg's data steps: antal ${steps[5]}, CNI ${steps[7]}`);
      const delar = ore(rows[10][1]);
      const change = ore(rows[11][1]);
      assert(steps.reduce((a, b) => a + b, 0) === delar && delar === change && change === berg.forandring, `Berg: parts ${steps.reduce((a, b) => a + b, 0)}, Summa delar ${delar}, change ${change}, engine ${berg.forandring}`);
      await pane.check(assert, ctx, "vattenfall med förra årets data (Berg)", "diagram-vattenfall-forra.png");
      // Filled again, the sheet Förändring is written with last year's data: Berg's count step (column H) is the engine's.
      await page.getByRole("button", { name: "Fyll arbetsboken" }).click();
      await page.getByText("0 nya", { exact: false }).waitFor({ timeout: 30000 });
      const sheet = await page.evaluate(() => window.__fake.sheets["Förändring 2025–2026"].cells);
      assert(Object.values(sheet).some((v) => String(v).startsWith("Förra årets data: den givna datamängden för 2025")), "the sheet does not say last year's data is given");
      const key = Object.keys(sheet).find((k) => sheet[k] === "Berg");
      const [r, c] = key.split(",").map(Number);
      const antal = Math.round(Number(sheet[`${r},${c + 7}`]) * 100);
      assert(antal === berg.delar[5], `the sheet's count step for Berg ${sheet[`${r},${c + 7}`]}, engine ${berg.delar[5] / 100}`);
      assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
      await page.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
};
