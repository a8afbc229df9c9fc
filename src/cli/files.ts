// Input files for the command line: read and validated with the task pane's parsers
// (same Swedish messages: file, row, column), and output written so that nothing is left
// half-written: every file is built in memory first, each is written under a temporary name
// and renamed into place.
import * as fs from "fs";
import * as path from "path";
import { KNOWN_HEADERS, Parsed, readTableFile } from "../workbook/indata";

export class CliError extends Error {}

/** A file's rows (CSV, tab-separated text or .xlsx), as the task pane reads them. */
export async function readRows(file: string, columns: readonly string[] = []): Promise<string[][]> {
  if (!fs.existsSync(file)) throw new CliError(`Filen ${file} finns inte.`);
  // Bytes, not text: a Swedish Excel's semicolon CSV is Windows-1252 (readTableFile decodes it).
  return await readTableFile(new Uint8Array(fs.readFileSync(file)), columns, KNOWN_HEADERS);
}

/** The parsed rows, or a CliError listing every problem with file, row and column. */
export function orFail<T>(file: string, parsed: Parsed<T>): T[] {
  if (parsed.ok) return parsed.rows;
  const lines = parsed.problems.map((p) => `  ${file}: rad ${p.row}, kolumn ${p.column}: ${p.message}`);
  throw new CliError(`${path.basename(file)}: ${parsed.problems.length} fel, inget har skrivits.\n${lines.join("\n")}`);
}

/** Write the files into `dir` (created if missing); a progress line per file. */
export function writeAll(dir: string, files: { fileName: string; bytes: Uint8Array }[], line: (t: string) => void): void {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = files.map((f) => path.join(dir, `.${f.fileName}.${process.pid}.tmp`));
  try {
    files.forEach((f, i) => fs.writeFileSync(tmp[i], f.bytes));
  } catch (e) {
    for (const t of tmp) fs.rmSync(t, { force: true });
    throw e;
  }
  files.forEach((f, i) => {
    fs.renameSync(tmp[i], path.join(dir, f.fileName));
    line(`  skrev ${path.join(dir, f.fileName)} (${Math.round(f.bytes.length / 1024)} kB)`);
  });
}
