// Browser tests for "Månadens utbetalning" (the month walk with the example monthly listing,
// figures against the engine's) and for the Dela step's files (Excel.createWorkbook where
// ExcelApi 1.8 is supported, a download where it is not; each file opened with ExcelJS).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const pane = require("./pane");

const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");
const kr = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const flat = (s) => s.replace(/\s/g, "");

module.exports = function panemonthTests(test, assert) {
  const openPane = (ctx, { userSheets = [], width = 320, requirements = null } = {}) => pane.openPane(ctx, { width, downloads: true, fake: { userSheets, requirements } });
  const check = (ctx, step, file) => pane.check(assert, ctx, step, file);
  /** A sheet's cells as rows (the fake keeps "row,col" → value). */
  function cellRows(sheet) {
    const rows = [];
    for (const [k, v] of Object.entries(sheet.cells)) {
      const [r, c] = k.split(",").map(Number);
      (rows[r - 1] = rows[r - 1] || [])[c - 1] = v;
    }
    return rows;
  }

  const exempel = (f) => path.resolve(__dirname, "../../assets/exempeldata", f);
  const engineMonth = (...args) => JSON.parse(execFileSync(tsx, [path.join(__dirname, "engine-month.ts"), ...args], { encoding: "utf8" }));
  const ore = (x) => Math.round(x * 100);

  test("Månadens utbetalning (320 px): May's example listing, the user's sheet kept, one unit's specification equals the engine's", async (ctx) => {
    const page = await openPane(ctx, { userSheets: ["Utbetalning 2026-05"] });
    await page.getByRole("button", { name: "Månadens utbetalning" }).click();
    await page.getByLabel("Månad", { exact: true }).selectOption({ label: "maj 2026" });
    await page.getByRole("button", { name: "Använd exempeldata (månadslistning)" }).click();
    const engine = engineMonth("2026", "5");
    await page.getByText(`${engine.length} vårdenheter i maj 2026`, { exact: false }).waitFor();
    // The notices: a new establishment and a unit missing in later months; the example labelled.
    await page.getByText("(VE18) listas första gången i månad 4: nyetablering", { exact: false }).waitFor();
    await page.getByText("(VE17) saknas i månad 10", { exact: false }).waitFor();
    assert(await page.getByText("(exempeldata): ", { exact: false }).isVisible(), "example data not labelled");
    await check(ctx, "månad (inläst)", "manad-inlast-ljust.png");
    // The user's own "Utbetalning 2026-05": nothing written before the user chooses.
    await page.getByRole("button", { name: "Skriv månadens blad" }).click();
    await page.getByText("Blad med samma namn finns redan").waitFor();
    let fake = await page.evaluate(() => window.__fake);
    assert(!fake.calls.some((c) => c[0] === "formulas"), "something was written before the user confirmed");
    await page.getByRole("button", { name: "Ersätt (kopia sparas)" }).click();
    await page.getByText("Skrev ", { exact: false }).first().waitFor();
    fake = await page.evaluate(() => window.__fake);
    // The copy's name fits Excel's 31 characters, the date written short where needed (writer.ts backupName).
    const copies = Object.keys(fake.sheets).filter((n) => n.startsWith("Utbetalning") && /\(kopia (\d{4}-\d\d-\d\d|\d{6})\)$/.test(n));
    assert(copies.length === 1 && fake.sheets[copies[0]].byUser, `the user's sheet has no copy: ${Object.keys(fake.sheets).join(", ")}`);
    assert(!fake.settings["rjh.regelverk"], "the month's write changed the workbook's rule sets");
    const list = cellRows(fake.sheets["Utbetalning 2026-05"]);
    assert(list.length === engine.length + 1, `payment list has ${list.length - 1} rows, engine ${engine.length}`);
    for (const u of engine) {
      const spec = fake.sheets[`Spec ${u.id} 2026-05`];
      assert(spec, `sheet Spec ${u.id} 2026-05 missing`);
      const summa = cellRows(spec).find((r) => r && r[0] === "Summa");
      assert(summa && summa[2] === u.summa, `${u.id}: sheet's sum ${summa && summa[2]}, engine ${u.summa}`);
      const row = list.find((r) => r[0] === u.id);
      assert(row && row[row.length - 1] === u.summa, `${u.id}: payment list ${row && row[row.length - 1]}, engine ${u.summa}`);
    }
    // One unit's specification in the pane: every line and the sum as the engine's.
    const u = engine[1];
    await page.getByLabel("Visa specifikation för vårdenhet").selectOption(u.id);
    const table = page.getByRole("table", { name: `Specifikation ${u.id}` });
    await table.waitFor();
    const text = flat(await table.innerText());
    for (const r of u.rader) assert(text.includes(flat(`${r.text}${r.underlag}${kr.format(r.belopp)}kr`)), `${u.id} ${r.text}: pane "${text}", engine ${r.belopp}`);
    assert(text.includes(flat(`Summa${kr.format(u.summa)}kr`)), `${u.id} sum: pane "${text}", engine ${u.summa}`);
    await check(ctx, "månad (specifikation)", "manad-specifikation-ljust.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await page.close();
  });

  /** The pane's table for one unit: every engine line (name, basis, amount, a cap's reduction) and the sum. */
  async function specInPane(page, u) {
    await page.getByLabel("Visa specifikation för vårdenhet").selectOption(u.id);
    const table = page.getByRole("table", { name: `Specifikation ${u.id}` });
    await table.waitFor();
    const text = flat(await table.innerText());
    for (const r of u.rader) {
      const reduction = r.reduktion === null ? "" : `Länstaket är överskridet: anspråket minskat med ${kr.format(r.reduktion)} kr per år.`;
      assert(text.includes(flat(`${r.text}${r.underlag}${reduction}${kr.format(r.belopp)}kr`)), `${u.id} ${r.text}: pane "${text}", engine ${r.belopp} (${r.underlag})`);
    }
    assert(text.includes(flat(`Summa${kr.format(u.summa)}kr`)), `${u.id} sum: pane "${text}", engine ${u.summa}`);
  }

  test("Månadens utbetalning med 5.2 och 5.3 (320 px): May's listing and a 5.2 and a 5.3 file, filled; specifications with their lines and a cap's reduction equal the engine's; year overviews; a unit's file", async (ctx) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rjh-manad-"));
    const rorlig = path.join(dir, "rorlig-2026.csv");
    fs.copyFileSync(exempel("EXEMPEL-rorlig-2026.csv"), rorlig);
    // The example's 5.3 table and two AT claims that take 5.3.5 over its county cap in May.
    const tillagg = path.join(dir, "tillagg-2026.csv");
    fs.writeFileSync(tillagg, `${fs.readFileSync(exempel("EXEMPEL-tillagg-2026.csv"), "utf8").trimEnd()}\r\n2026-05;VE05;at;;;5000000\r\n2026-05;VE06;at;;;5000000\r\n`);
    const engine = engineMonth("2026", "5", rorlig, tillagg);
    // The user has a sheet of their own named as VE01's year overview.
    const page = await openPane(ctx, { requirements: {}, userSheets: ["Årsöversikt VE01 2026"] });
    await page.getByRole("button", { name: "Månadens utbetalning" }).click();
    await page.getByLabel("Månad", { exact: true }).selectOption({ label: "maj 2026" });
    await page.getByRole("button", { name: "Använd exempeldata (månadslistning)" }).click();
    await page.locator('input[type=file][aria-label="Fil med rörlig ersättning 5.2 (CSV eller xlsx)"]').setInputFiles(rorlig);
    await page.getByText("Inläst: rorlig-2026.csv").waitFor();
    await page.locator('input[type=file][aria-label="Fil med tilläggsersättning 5.3 (CSV eller xlsx)"]').setInputFiles(tillagg);
    await page.getByText("Inläst: tillagg-2026.csv").waitFor();
    await page.getByText(`${engine.length} vårdenheter i maj 2026`, { exact: false }).waitFor();
    await check(ctx, "månad med 5.2 och 5.3 (inläst)", "manad-rorlig-tillagg-inlast-ljust.png");
    await page.getByRole("button", { name: "Skriv månadens blad" }).click();
    await page.getByText("Skrev ", { exact: false }).first().waitFor();
    let fake = await page.evaluate(() => window.__fake);
    const list = cellRows(fake.sheets["Utbetalning 2026-05"]);
    for (const u of engine) {
      const row = list.find((r) => r[0] === u.id);
      assert(row && row[row.length - 1] === u.summa, `${u.id}: payment list ${row && row[row.length - 1]}, engine ${u.summa}`);
      const spec = cellRows(fake.sheets[`Spec ${u.id} 2026-05`]);
      for (const r of u.rader) assert(spec.some((x) => x && x[0] === r.text && x[1] === r.underlag && x[2] === r.belopp), `${u.id} sheet: no line ${r.text} ${r.belopp}`);
    }
    // VE01's sheet has the 5.2 health dialogues and its on-call share (3.1.6); VE05 the cap's reduction.
    const ve01 = engine.find((u) => u.id === "VE01");
    assert(ve01.rader.some((r) => r.text === "Riktade hälsosamtal") && ve01.rader.some((r) => r.text === "Jour"), "VE01 has no 5.2 or 3.1.6 line");
    const ve05 = engine.find((u) => u.id === "VE05");
    assert(ve05.rader.some((r) => r.reduktion > 0), "VE05's AT claims are not reduced");
    await specInPane(page, ve01);
    await specInPane(page, engine.find((u) => u.id === "VE15"));
    await specInPane(page, ve05);
    await check(ctx, "månad med 5.2 och 5.3 (specifikation med reducering)", "manad-specifikation-tak-ljust.png");
    // The year overview per unit: twelve months and the year's total, as the engine's.
    await page.getByRole("button", { name: "Skriv årsöversikt per vårdenhet" }).click();
    await page.getByText("Blad med samma namn finns redan").waitFor();
    fake = await page.evaluate(() => window.__fake);
    assert(!fake.sheets["Årsöversikt VE05 2026"], "year overviews written before the user chose");
    await page.getByRole("button", { name: "Ersätt (kopia sparas)" }).click();
    await page.getByText("en årsöversikt per vårdenhet", { exact: false }).waitFor();
    fake = await page.evaluate(() => window.__fake);
    // The copy's name fits Excel's 31 characters, the date written short where needed (writer.ts backupName).
    const copies = Object.keys(fake.sheets).filter((n) => n.startsWith("Årsöversikt") && /\(kopia (\d{4}-\d\d-\d\d|\d{6})\)$/.test(n));
    assert(copies.length === 1 && fake.sheets[copies[0]].byUser, `the user's sheet has no copy: ${Object.keys(fake.sheets).join(", ")}`);
    const year = engineMonth("2026", "5", rorlig, tillagg, "--ar");
    const over = cellRows(fake.sheets["Årsöversikt VE05 2026"]);
    const total = over.find((r) => r && r[0] === "Summa året");
    const expected = year.filter((u) => u.id === "VE05").reduce((s, u) => s + ore(u.summa), 0);
    assert(total && ore(total[1]) === expected, `VE05's year: sheet ${total && total[1]}, engine ${expected / 100}`);
    const may = over.find((r) => r && r[0] === "maj");
    assert(may && may[1] === ve05.summa, `VE05's May on the overview ${may && may[1]}, engine ${ve05.summa}`);
    // VE05's own file: a download (no ExcelApi 1.8 here) with every month's specification and the overview.
    assert((await page.evaluate(() => window.__fakeApplyRequirements())) === false, "ExcelApi 1.8 reads as supported");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByRole("button", { name: "Hämta fil för VE05 (specifikationer och årsöversikt)" }).click()]);
    assert(download.suggestedFilename() === "EXEMPEL-utbetalning-VE05-2026.xlsx", `file name ${download.suggestedFilename()}`);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const x = JSON.parse(execFileSync(tsx, [path.join(__dirname, "xlsx-check.ts"), file], { encoding: "utf8" }));
    assert(x.signature === "504b0304" && x.formulas.length === 0, `not a values-only xlsx: ${x.signature}, ${x.formulas.length} formulas`);
    assert(x.sheets.includes("Spec 2026-05") && x.sheets.includes("Årsöversikt 2026") && x.sheets.length === 13, `sheets ${x.sheets.join(", ")}`);
    assert(x.text.some((t) => /länstak .* överskridet/.test(t)), "the file does not show the cap's reduction");
    await page.getByText("EXEMPEL-utbetalning-VE05-2026.xlsx hämtad", { exact: false }).waitFor();
    await check(ctx, "månad (fil för en vårdenhet)", "manad-fil-ljust.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await page.close();
  });

  async function toShare(ctx, requirements) {
    const page = await openPane(ctx, { requirements });
    await page.getByLabel("LPIK 2025, förändring i procent").fill("3,1");
    await page.getByLabel("LPIK 2026, förändring i procent").fill("2,7");
    await page.getByLabel("Anslutna till Storsjögläntan föregående år").fill("175");
    await page.getByLabel("Gemensamma utvecklingsmedel totalt, kr").fill("2000000");
    await page.getByRole("button", { name: "Nästa: data" }).click();
    await page.getByRole("button", { name: "Använd exempeldata", exact: true }).click();
    await page.getByText("17 vårdenheter i 8 kommuner", { exact: false }).waitFor();
    await page.getByRole("navigation", { name: "Steg" }).getByRole("button", { name: "4. Dela" }).click();
    await page.getByLabel("Kommun").selectOption("Berg");
    const supported = await page.evaluate(() => window.__fakeApplyRequirements());
    assert(supported === Boolean(requirements.ExcelApi), `ExcelApi 1.8 reads as ${supported}: ${await page.evaluate(() => window.__fakeRequirementsProblem)}`);
    return page;
  }
  function checkXlsx(file, mode) {
    const r = JSON.parse(execFileSync(tsx, [path.join(__dirname, "xlsx-check.ts"), file, ...(mode ? [mode] : [])], { encoding: "utf8" }));
    assert(r.signature === "504b0304", `not a zip (xlsx): signature ${r.signature}`);
    assert(r.cells > 10, `only ${r.cells} cells`);
    const named = r.formulas.filter((f) => /HALSOVAL|TILLAGG|UTVECKLING/i.test(f));
    assert(named.length === 0, `formulas naming the add-in's functions: ${named.slice(0, 3).join("; ")}`);
    assert(r.text.some((t) => /Berg/.test(t)), `Berg not named in the file: ${r.sheets.join(", ")}`);
    return r;
  }

  test("Dela with ExcelApi 1.8: \"Skapa fil för Berg\" gives Excel.createWorkbook a valid xlsx with values only", async (ctx) => {
    const page = await toShare(ctx, { ExcelApi: "1.8" });
    await page.getByRole("button", { name: "Skapa fil för Berg" }).click();
    await page.getByText("arbetsböcker öppnade i Excel", { exact: false }).waitFor({ timeout: 30000 });
    const created = await page.evaluate(() => window.__fake.created);
    assert(created.length === 1, `createWorkbook called ${created.length} times`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rjh-dela-")), "berg.b64");
    fs.writeFileSync(file, created[0]);
    checkXlsx(file, "--base64");
    await check(ctx, "dela (Excel)", "dela-excel-ljust.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await page.close();
  });

  test("Dela without ExcelApi 1.8: \"Skapa fil för Berg\" downloads a valid xlsx with values only", async (ctx) => {
    const page = await toShare(ctx, {});
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByRole("button", { name: "Skapa fil för Berg" }).click()]);
    assert(/Berg.*\.xlsx$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rjh-dela-")), download.suggestedFilename());
    await download.saveAs(file);
    checkXlsx(file);
    await page.getByText("filer hämtade", { exact: false }).waitFor();
    const created = await page.evaluate(() => window.__fake.created);
    assert(created.length === 0, "createWorkbook called where ExcelApi 1.8 is not supported");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await page.close();
  });
};
