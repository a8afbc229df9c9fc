// "Förklara" on the component sheets and the month's payment list, and "Vad om" (issue 11,
// items 2, 3 and 5), in real Chromium with the fake Excel on the workbook flow.js filled:
// the pane's derivation equals the engine's, the sources are links; LPIK changed in the
// what-if panel shows each municipality's effect as the engine computes it, and the scenario
// is written on a sheet of its own (asked before it is replaced, a copy kept). 320 px, zero
// axe violations, no horizontal overflow, screenshots under test-results/.
const path = require("path");
const { execFileSync } = require("child_process");
const pane = require("./pane");

const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");
const flat = (s) => s.replace(/\s/g, "").replace("−", "-");
const PIN = "rjh.regelverk";
const kr = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

module.exports = function panevadomTests(test, assert) {
  const check = (ctx, step, file) => pane.check(assert, ctx, step, file);
  let cached = null;
  const engine = () => (cached = cached || JSON.parse(execFileSync(tsx, [path.join(__dirname, "panevadom-engine.ts")], { encoding: "utf8" })));
  const shownLines = async (page) => (await page.getByRole("list", { name: "Härledning" }).getByRole("listitem").allInnerTexts()).map((t) => t.trim());
  const select = async (page, sheet, a1) => {
    await page.evaluate(([s, a]) => window.__fakeSelect(s, a), [sheet, a1]);
    await page.getByText(`${sheet}!${a1}`, { exact: false }).waitFor();
  };

  test("Förklara: a unit's 5.1.2 on its component sheet and a unit's month on the payment list, with linked sources", async (ctx) => {
    assert(ctx.saved, "no filled workbook from the flow tests");
    const page = await pane.openPane(ctx, { fake: { seed: ctx.saved } });
    await page.getByText("Data inläst från arbetsbokens indatablad", { exact: false }).waitFor();
    await page.getByRole("tab", { name: "Förklara" }).click();
    const want = engine().cni;
    await select(page, "5.1.2 CNI", "F6");
    await page.waitForFunction((first) => { const l = document.querySelector('[aria-label="Härledning"] li'); return l && l.textContent.trim() === first; }, want[0], { timeout: 5000 });
    const shown = await shownLines(page);
    assert(JSON.stringify(shown) === JSON.stringify(want), `5.1.2 CNI!F6: pane ${JSON.stringify(shown.slice(0, 3))}…, engine ${JSON.stringify(want.slice(0, 3))}…`);
    const link = page.getByRole("list", { name: "Källor" }).getByRole("link").first();
    assert((await link.getAttribute("href")).startsWith("https://") && (await link.getAttribute("target")) === "_blank", "the source is not a link opening a new window");
    await check(ctx, "Förklara (5.1.2 CNI)", "forklara-cni-ljust.png");
    // A heading on our sheet: said to have no figure.
    await select(page, "5.1.2 CNI", "A1");
    await page.getByText("har ingen beräkning att förklara", { exact: false }).waitFor();

    // The month's sheets, written by the month view in this pane, then a unit's payment.
    await page.getByRole("tab", { name: "Årsuppställning" }).click();
    await page.getByRole("button", { name: "Månadens utbetalning" }).click();
    await page.getByLabel("Månad", { exact: true }).selectOption({ label: "maj 2026" });
    await page.getByRole("button", { name: "Använd exempeldata (månadslistning)" }).click();
    await page.getByRole("button", { name: "Skriv månadens blad" }).click();
    await page.getByText("Skrev ", { exact: false }).first().waitFor();
    const month = JSON.parse(execFileSync(tsx, [path.join(__dirname, "engine-month.ts"), "2026", "5"], { encoding: "utf8" }));
    const sheet = await page.evaluate(() => window.__fake.sheets["Utbetalning 2026-05"].cells);
    const last = Math.max(...Object.keys(sheet).filter((k) => k.startsWith("1,")).map((k) => Number(k.split(",")[1])));
    const letter = String.fromCharCode(64 + last);
    await page.getByRole("tab", { name: "Förklara" }).click();
    await select(page, "Utbetalning 2026-05", `${letter}2`);
    await page.getByRole("list", { name: "Härledning" }).waitFor();
    const first = (await shownLines(page))[0];
    const u = month.find((x) => x.id === sheet["2,1"]);
    assert(first.includes(u.namn) && first.includes("maj 2026") && flat(first).endsWith(flat(`${kr.format(u.summa)} kr`)), `payment ${letter}2: pane "${first}", engine ${u.namn} ${u.summa}`);
    const parts = await shownLines(page);
    assert(u.rader.every((r) => parts.some((l) => l.startsWith(r.text))), "the payment's lines are not its parts");
    await check(ctx, "Förklara (månadens utbetalning)", "forklara-manad-ljust.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
  });

  test("Vad om: LPIK 2026 = 4 % shows each municipality's effect as the engine; written as a scenario, replaced only when asked (copy kept)", async (ctx) => {
    const page = await pane.openPane(ctx, { fake: { seed: ctx.saved } });
    await page.getByText("Data inläst från arbetsbokens indatablad", { exact: false }).waitFor();
    await page.getByRole("tab", { name: "Vad om" }).click();
    await page.getByLabel("År", { exact: true }).selectOption("2026");
    await page.getByLabel("LPIK 2026 i procent").fill("4");
    const table = page.getByRole("table", { name: "Per kommun" });
    await table.waitFor();
    const e = engine();
    for (const k of e.kommuner) {
      const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: k.namn, exact: true }) });
      const cells = await row.getByRole("cell").allInnerTexts();
      const want = `${Number(k.effekt) > 0 ? "+" : ""}${kr.format(Number(k.effekt))} kr`;
      assert(flat(cells[1]) === flat(want), `${k.namn}: pane ${cells[1]}, engine ${want}`);
    }
    assert(e.kommuner.some((k) => Number(k.effekt) !== 0), "LPIK changed nothing");
    await page.getByRole("table", { name: "Per vårdenhet" }).waitFor();
    let fake = await page.evaluate(() => window.__fake);
    assert(!fake.sheets[e.scenario], "the scenario was written before the user chose it");
    await check(ctx, "Vad om (LPIK 4 %)", "vadom-lpik-ljust.png");

    await page.getByRole("button", { name: "Skriv som scenario" }).click();
    await page.getByText(`Scenariot skrevs på bladet ${e.scenario}.`, { exact: false }).waitFor();
    fake = await page.evaluate(() => window.__fake);
    const cells = fake.sheets[e.scenario] && fake.sheets[e.scenario].cells;
    assert(cells && String(cells["1,1"]).startsWith("SCENARIO: LPIK 2026 1,04"), `the scenario sheet is not labelled: ${cells && cells["1,1"]}`);
    // Per municipality from row 6: name, före, efter (the engine's), effect as a formula.
    e.kommuner.forEach((k, i) => {
      const r = 6 + i;
      assert(cells[`${r},1`] === k.namn && Math.abs(cells[`${r},3`] - cells[`${r},2`] - Number(k.effekt)) < 0.005 && cells[`${r},4`] === `=C${r}-B${r}`, `scenario row ${r}: ${cells[`${r},1`]} ${cells[`${r},2`]} ${cells[`${r},3`]} ${cells[`${r},4`]}`);
    });
    assert(!fake.settings[PIN] || fake.settings[PIN] === ctx.saved.settings[PIN], "the scenario changed the workbook's rule sets");
    await check(ctx, "Vad om (skrivet)", "vadom-skrivet-ljust.png");

    // The same scenario again: asked first, nothing written until then; the earlier kept as a copy.
    await page.getByRole("button", { name: "Skriv som scenario" }).click();
    await page.getByText(`Bladet ${e.scenario} finns redan`).waitFor();
    await check(ctx, "Vad om (finns redan)", "vadom-finns-ljust.png");
    await page.getByRole("button", { name: "Ersätt (kopia sparas)" }).click();
    await page.getByText("Det tidigare bladet finns kvar som", { exact: false }).waitFor();
    fake = await page.evaluate(() => window.__fake);
    const copies = Object.keys(fake.sheets).filter((n) => /\(kopia (\d{4}-\d\d-\d\d|\d{6})\)$/.test(n) && n.startsWith("Scenario"));
    assert(copies.length === 1 && String(fake.sheets[copies[0]].cells["1,1"]).startsWith("SCENARIO"), `no copy of the earlier scenario: ${Object.keys(fake.sheets).join(", ")}`);
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
  });
};
