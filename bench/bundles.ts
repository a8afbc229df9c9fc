// Initial JavaScript of the shared-runtime page (issue: the task pane as an economist
// expects it, item "one copy of the shared code"): the scripts taskpane.html loads, in its
// order, gzipped (-9), summed for the pane and the functions together (target ≤ 200 KB),
// and the chunks loaded only on demand (SheetJS when an xlsx file is chosen, the rule
// validation, the views after the first screen).
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { pageScripts } from "./bundle";

const kb = (n: number) => `${(n / 1024).toFixed(1).replace(".", ",")} KB`;

export async function bench(): Promise<void> {
  const dist = path.join(__dirname, "../dist");
  console.log("\nInitial JavaScript (gzip -9) på sidan taskpane.html, ur dist/ efter npm run build");
  const initial = pageScripts();
  if (!initial) {
    console.log("   dist/taskpane.html saknas: kör ADDIN_HOST=https://localhost:3000/ npm run build först");
    return;
  }
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  let total = 0;
  for (const f of initial) {
    const n = gz(f);
    total += n;
    console.log(`   ${f}: ${kb(n)}`);
  }
  console.log(`   summa (rutan och funktionerna tillsammans): ${kb(total)} (mål ≤ 200 KB)`);
  // The pane's styles, extracted at build time (webpack.config.js), load with the page too.
  const sheets = [...fs.readFileSync(path.join(dist, "taskpane.html"), "utf8").matchAll(/<link[^>]*href="?([\w.-]+\.css)"?/g)].map((m) => m[1]);
  for (const f of sheets) console.log(`   ${f} (stilmall, inte JavaScript, laddas med sidan): ${kb(gz(f))}`);
  for (const f of fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f))) console.log(`   ${f} (laddas vid behov): ${kb(gz(f))}`);
}
