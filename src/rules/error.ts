// A rule set or rule file that does not validate: the Swedish message names the file (and
// the date) and lists every problem. In a module of its own so that code which only
// reports the error does not load the schema (issue 13 item 4: the schema loads on demand).
export class RuleSetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Regelverket ${file} är ogiltigt:\n- ${problems.join("\n- ")}`);
    this.name = "RuleSetError";
  }
}
