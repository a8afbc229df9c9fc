// Bundle sizes (gzip -9) of dist/ after npm run build.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { meets, sv } from "./measure";

export async function bench(): Promise<void> {
  console.log("Paketstorlekar (gzip -9), ur dist/ efter npm run build");
  const dist = path.join(__dirname, "../dist");
  const kb = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length / 1024;
  for (const [file, target] of [["taskpane.js", 400], ["functions.js", 150]] as const) {
    if (!fs.existsSync(path.join(dist, file))) {
      console.log(`   ${file}: saknas (kör npm run build först)`);
      continue;
    }
    const size = kb(file);
    console.log(`   ${file}: ${sv(size, 1)} KB; mål ≤ ${target} KB → ${meets(size <= target)}`);
  }
  const lazy = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => /^\d+\.js$/.test(f)) : [];
  for (const f of lazy) console.log(`   ${f} (laddas först när den behövs): ${sv(kb(f), 1)} KB`);
  console.log("");
}
