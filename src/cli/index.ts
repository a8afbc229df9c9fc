// The `rjh` command: a registry of subcommands with Swedish help. A subcommand is a module
// exporting a Subcommand; adding one is one line in COMMANDS.
import { arbetsbok } from "./arbetsbok";
import { utbetalningCommand } from "./utbetalning";

export interface Subcommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full Swedish help text (usage and options). */
  help: string;
  /** Runs with the arguments after the subcommand's name; returns the exit code. */
  run: (args: string[], out: Output) => Promise<number>;
}

export interface Output {
  line: (text: string) => void;
  error: (text: string) => void;
}

export const COMMANDS: Subcommand[] = [
  arbetsbok,
  utbetalningCommand,
];

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "rjh – RJH ersättning utan Excel",
    "",
    "Användning: npx rjh <kommando> [flaggor]",
    "",
    "Kommandon:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Hjälp för ett kommando: npx rjh <kommando> --help",
  ].join("\n");
}

const console_: Output = { line: (t) => process.stdout.write(`${t}\n`), error: (t) => process.stderr.write(`${t}\n`) };

export async function main(argv: string[], out: Output = console_): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "hjalp") {
    out.line(overview());
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    out.error(`Okänt kommando "${name}".\n\n${overview()}`);
    return 1;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.line(cmd.help);
    return 0;
  }
  return await cmd.run(rest, out);
}
