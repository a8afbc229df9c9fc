// The task pane's time to its first enabled button in headless Chromium (Debian's
// chromium, playwright-core), unthrottled and at 4× CPU throttle (CDP
// Emulation.setCPUThrottlingRate), median of 9 loads each (a shared machine varies). Needs the production build in
// dist/ (npm run build). Office.js is the npm copy, Excel the browser tests' fake.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const LOADS = 9;

function serve(): Promise<http.Server> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".csv": "text/csv", ".css": "text/css" };
  const server = http.createServer((req, res) => {
    const p = path.join(dist, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!p.startsWith(dist) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(p)] ?? "application/octet-stream" });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Records performance.now() when the first enabled button is in the page, and when step
// 1's form (the year and its inputs) is there too (the form renders just after the frame).
const WATCH = `(() => {
  const seen = () => document.querySelector("button:not([disabled]):not([aria-disabled=true])");
  const form = () => document.querySelector('section[aria-label="År och regelverk"] select');
  new MutationObserver((_, obs) => {
    if (!window.__firstButton && seen()) window.__firstButton = performance.now();
    if (!window.__form && form()) window.__form = performance.now();
    if (window.__firstButton && window.__form) obs.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

export async function bench(): Promise<void> {
  console.log(`Åtgärdsrutan: tid till första aktiva knapp (headless Chromium, median av ${LOADS})`);
  if (!fs.existsSync(chrome)) return console.log(`   hoppas över: ingen Chromium på ${chrome} (apt-get install -y chromium)`);
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) return console.log("   hoppas över: dist/ saknas (kör npm run build först)");
  const { chromium } = await import("playwright-core");
  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const fake = fs.readFileSync(path.join(root, "test/browser/fake-excel.js"), "utf8");
  const officeDist = path.join(root, "node_modules/@microsoft/office-js/dist");
  const browser = await chromium.launch({ executablePath: chrome, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const rate of [1, 4]) {
      const times: number[] = [];
      const forms: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
        const page = await context.newPage();
        await page.route("https://appsforoffice.microsoft.com/**", (route) => {
          const file = path.join(officeDist, path.basename(new URL(route.request().url()).pathname));
          return fs.existsSync(file) ? route.fulfill({ path: file, contentType: "text/javascript" }) : route.fulfill({ status: 404, body: "" });
        });
        await page.addInitScript(`${WATCH}\n${fake}`);
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate });
        await page.goto(`${base}/taskpane.html`);
        await page.waitForFunction(() => (window as unknown as { __firstButton?: number }).__firstButton, undefined, { timeout: 60000 });
        times.push(await page.evaluate(() => (window as unknown as { __firstButton: number }).__firstButton));
        await page.waitForFunction(() => (window as unknown as { __form?: number }).__form, undefined, { timeout: 60000 });
        forms.push(await page.evaluate(() => (window as unknown as { __form: number }).__form));
        await context.close();
      }
      times.sort((a, b) => a - b);
      forms.sort((a, b) => a - b);
      console.log(`   ${rate === 1 ? "utan strypning" : `${rate}× CPU-strypning`}: ${Math.round(times[LOADS >> 1])} ms (min ${Math.round(times[0])}, max ${Math.round(times[LOADS - 1])}; mål ≤ 500 ms strypt); steg 1:s formulär: ${Math.round(forms[LOADS >> 1])} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
