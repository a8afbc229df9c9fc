// Checking input to a rule: the error every rule throws for bad input, and the checks of
// the kinds of number the agreements count in (persons, ages, amounts). The functions show
// an InputError as #VALUE! with its message; the task pane and the command line show it
// as a message naming the file, row and column.

/** Bad input to a rule: the functions show it as #VALUE! with this message. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/** A whole, non-negative number (an age, a count of persons). `what` names it in the message. */
export function wholeCount(x: unknown, what: string, max = Number.MAX_SAFE_INTEGER): number {
  const problem = wholeCountProblem(x, what, max);
  if (problem !== undefined) throw new InputError(problem);
  return x as number;
}

/**
 * What is wrong with `x` as a whole count (wholeCount's message), or undefined when
 * nothing is: for hot paths that report a bad cell without building an error to throw.
 */
export function wholeCountProblem(x: unknown, what: string, max = Number.MAX_SAFE_INTEGER): string | undefined {
  if (typeof x !== "number" || !Number.isFinite(x)) return `${what} måste vara ett tal.`;
  if (x < 0) return `${what} får inte vara negativ (${x}).`;
  if (!Number.isInteger(x)) return `${what} måste vara ett heltal (${x}).`;
  if (x > max) return `${what} får vara högst ${max} (${x}).`;
  return undefined;
}

/** A month of the year, 1–12. */
export function manad(x: unknown): number {
  const m = wholeCount(x, "Månad", 12);
  if (m < 1) throw new InputError(`Månad måste vara 1–12 (${m}).`);
  return m;
}

/** A non-negative number (an amount, a distance, a share). */
export function nonNegative(x: unknown, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(`${what} måste vara ett tal.`);
  if (x < 0) throw new InputError(`${what} får inte vara negativt (${x}).`);
  return x;
}
