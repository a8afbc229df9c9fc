// The flags of an `rjh` command read one way for every command: Node's parseArgs reads them
// (--namn värde, --namn=värde, a flag given twice for a list), and anything it would refuse
// is refused here in Swedish, naming the flag, before any file is read.
import { parseArgs } from "util";
import { CliError } from "./files";

/** A flag that cannot be read: the command shows its help after the message. */
export class FlaggFel extends CliError {}

type Flagga = { type: "string" | "boolean"; multiple?: boolean };
type Varden<T extends Record<string, Flagga>> = {
  [K in keyof T]?: T[K]["type"] extends "string" ? (T[K]["multiple"] extends true ? string[] : string) : boolean;
};

/** The command's flags by name; a FlaggFel in Swedish for an unknown flag, a missing value or a stray word. */
export function flaggor<T extends Record<string, Flagga>>(args: string[], options: T): Varden<T> {
  const { values, tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === "positional") throw new FlaggFel(`Okänt argument "${t.value}".`);
    if (t.kind !== "option") continue;
    const def = Object.prototype.hasOwnProperty.call(options, t.name) ? options[t.name] : undefined;
    if (!def) throw new FlaggFel(`Okänt argument "${t.rawName}".`);
    // parseArgs takes the next word as the value even when it is the next flag: "--ar --ut x".
    const missing = t.value === undefined || (!t.inlineValue && t.value.startsWith("--"));
    if (def.type === "string" && missing) throw new FlaggFel(`${t.rawName} behöver ett värde.`);
    if (def.type === "boolean" && t.value !== undefined) throw new FlaggFel(`${t.rawName} tar inget värde.`);
  }
  return values as Varden<T>;
}
