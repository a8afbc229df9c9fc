// Opens an xlsx the pane made (a file path, or base64 in a file with --base64) with ExcelJS
// in Node, as a recipient's Excel would read it. Prints JSON: { sheets, formulas, cells }
// where formulas lists every formula found and cells counts the filled cells.
import * as fs from "fs";
import ExcelJS from "exceljs";

async function main() {
  const [file, mode] = process.argv.slice(2);
  const raw = fs.readFileSync(file);
  const bytes = mode === "--base64" ? Buffer.from(raw.toString("utf8"), "base64") : raw;
  const signature = bytes.subarray(0, 4).toString("hex");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const formulas: string[] = [];
  let cells = 0;
  const text: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        cells++;
        const v = c.value as { formula?: string; sharedFormula?: string } | null;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) formulas.push(String(v.formula ?? v.sharedFormula));
        if (typeof c.value === "string" || typeof c.value === "number") text.push(String(c.value));
      }),
    ),
  );
  console.log(JSON.stringify({ signature, sheets: wb.worksheets.map((w) => w.name), formulas, cells, text: text.slice(0, 4000) }));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
