// The pane's charts in real Chromium with the fake Excel (issue 12 item 4, issue 11 item 5):
// after a fill, the result chart's bars are in proportion to the municipalities' totals,
// which equal the engine's; the waterfall 2025 → 2026 for the example data shows, per
// municipality, the engine's steps to the öre and parts that sum exactly to the change, its
// visible bars in proportion to the steps. 320 px, light and dark, no horizontal overflow,
// zero axe violations, screenshots under test-results/.
const path = require("path");
const { execFileSync } = require("child_process");
const pane = require("./pane");

const DARK = { bodyBackgroundColor: "#292929", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#1f1f1f", controlForegroundColor: "#ffffff", isDarkTheme: true };
const tsx = path.resolve(__dirname, "../../node_modules/.bin/tsx");
const engine = (file) => JSON.parse(execFileSync(tsx, [path.join(__dirname, file)], { encoding: "utf8" }));

const { ore } = pane;

module.exports = function (test, assert) {
  const check = (ctx, step, file) => pane.check(assert, ctx, step, file);

  async function fillExample(ctx, officeTheme) {
    const page = await pane.openPane(ctx, { width: 320, fake: { officeTheme } });
    await pane.fillExample(page);
    return page;
  }

  /** The result chart's bars, top to bottom: [label, width]. */
  async function resultBars(page) {
    const fig = page.locator('[data-diagram="resultat"]');
    await fig.locator("rect").first().waitFor({ timeout: 15000 });
    return await fig.evaluate((f) => {
      const bars = [...f.querySelectorAll("rect")].filter((r) => r.getAttribute("fill") && r.getAttribute("fill") !== "transparent" && r.getBoundingClientRect().height > 2);
      const labels = [...f.querySelectorAll("g.tick text, text")].map((t) => ({ text: t.textContent, y: t.getBoundingClientRect().top + t.getBoundingClientRect().height / 2 }));
      return bars
        .map((r) => {
          const b = r.getBoundingClientRect();
          const mid = b.top + b.height / 2;
          const label = labels.reduce((best, l) => (Math.abs(l.y - mid) < Math.abs(best.y - mid) ? l : best), { text: "", y: Infinity });
          return { label: label.text, width: b.width, top: b.top };
        })
        .sort((a, b) => a.top - b.top);
    });
  }

  test("result chart (320 px, light): one bar per municipality, in proportion to its total, which is the engine's", async (ctx) => {
    const page = await fillExample(ctx, null);
    const totals = engine("engine-totals.ts");
    const bars = await resultBars(page);
    const names = Object.keys(totals);
    assert(bars.length === names.length, `${bars.length} bars for ${names.length} municipalities`);
    assert(JSON.stringify(bars.map((b) => b.label)) === JSON.stringify(names), `bar labels ${bars.map((b) => b.label).join(", ")}; table order ${names.join(", ")}`);
    const maxKr = Math.max(...Object.values(totals));
    const maxW = Math.max(...bars.map((b) => b.width));
    for (const b of bars) {
      const want = totals[b.label] / maxKr;
      const got = b.width / maxW;
      assert(Math.abs(got - want) < 0.01, `${b.label}: bar ${b.width.toFixed(1)} px is ${(got * 100).toFixed(1)} % of the longest, total ${(want * 100).toFixed(1)} %`);
    }
    const fmt = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
    const table = page.getByRole("table", { name: "Per kommun" });
    for (const [kommun, kr] of Object.entries(totals)) {
      const row = await table.getByRole("row").filter({ hasText: kommun }).first().innerText();
      assert(row.replace(/\s/g, "").includes(`${fmt.format(kr)}kr`.replace(/\s/g, "")), `${kommun}: pane shows "${row}", engine ${kr}`);
    }
    const label = await page.getByRole("figure").first().getAttribute("aria-label");
    assert(label === "Diagram: Ersättning 5.1 per kommun 2026, kronor. Samma siffror som i tabellen nedan.", `figure label "${label}"`);
    await check(ctx, "resultatdiagram", "diagram-resultat-ljust.png");
    ctx.chartsPage = page;
  });

  test("waterfall 2025 → 2026 for the example data: per municipality the engine's steps to the öre, parts summing to the change", async (ctx) => {
    const page = ctx.chartsPage;
    assert(page, "no filled pane from the result chart test");
    const want = engine("engine-vattenfall.ts");
    const toggle = page.getByRole("button", { name: "Förändring från 2025, per orsak" });
    await toggle.click();
    const select = page.getByLabel("Visa förändringen för");
    await select.waitFor({ timeout: 15000 });
    for (const w of want) {
      await select.selectOption(w.value);
      const table = page.getByRole("table", { name: `Förändring 2025–2026 per orsak, ${w.label}` });
      await table.waitFor();
      const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.innerText)));
      const steps = rows.slice(0, 10).map((r) => ore(r[1]));
      const delar = ore(rows[10][1]);
      const change = ore(rows[11][1]);
      assert(rows[10][0] === "Summa delar", `row 11 is "${rows[10][0]}"`);
      assert(JSON.stringify(steps) === JSON.stringify(w.delar), `${w.label}: pane ${steps.join(" ")}, engine ${w.delar.join(" ")}`);
      assert(steps.reduce((a, b) => a + b, 0) === delar && delar === change && change === w.forandring, `${w.label}: parts ${steps.reduce((a, b) => a + b, 0)}, Summa delar ${delar}, change ${change}, engine ${w.forandring}`);
      // The chart: each visible part in proportion to its step (the base is transparent).
      const fig = page.locator('[data-diagram="vattenfall"]');
      await page.waitForFunction((l) => { const f = document.querySelector('[data-diagram="vattenfall"]'); return f && f.getAttribute("aria-label").includes(l); }, w.label);
      const hs = await fig.evaluate((f) => [...f.querySelectorAll("rect")].filter((r) => r.getAttribute("fill") !== "transparent" && r.getAttribute("width") !== null && r.closest("svg") && r.getBoundingClientRect().height > 0 && /^#/.test(r.getAttribute("fill") || "")).map((r) => r.getBoundingClientRect().height));
      const nonzero = w.delar.filter((d) => d !== 0);
      assert(hs.length === nonzero.length + 1, `${w.label}: ${hs.length} visible bars for ${nonzero.length} steps and the whole change`);
      const total = hs[hs.length - 1];
      nonzero.forEach((d, i) => {
        const wantH = (Math.abs(d) / Math.abs(w.forandring)) * total;
        // A part under 1 % of its stack is drawn at that minimum by the library.
        assert(Math.abs(hs[i] - wantH) <= Math.max(1.5, 0.02 * total), `${w.label}, step ${i + 1}: ${hs[i].toFixed(1)} px, in proportion ${wantH.toFixed(1)} px`);
      });
    }
    await select.selectOption("kommun:Berg");
    await check(ctx, "vattenfall (Berg)", "diagram-vattenfall-ljust.png");
    await page.close();
    ctx.chartsPage = null;
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
  });

  test("charts in Office's dark theme (320 px): result and waterfall without overflow or axe violations", async (ctx) => {
    const page = await fillExample(ctx, DARK);
    await resultBars(page);
    await check(ctx, "resultatdiagram (mörkt)", "diagram-resultat-morkt.png");
    await page.getByRole("button", { name: "Förändring från 2025, per orsak" }).click();
    await page.getByLabel("Visa förändringen för").selectOption("kommun:Östersund");
    await page.getByRole("table", { name: "Förändring 2025–2026 per orsak, Östersund" }).waitFor();
    await page.locator('[data-diagram="vattenfall"] rect').first().waitFor();
    await check(ctx, "vattenfall (mörkt)", "diagram-vattenfall-morkt.png");
    assert(ctx.errors.length === 0, `page errors: ${ctx.errors.join("; ")}`);
    await page.close();
  });
};
