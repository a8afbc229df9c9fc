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
  if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(`${what} måste vara ett tal.`);
  if (x < 0) throw new InputError(`${what} får inte vara negativ (${x}).`);
  if (!Number.isInteger(x)) throw new InputError(`${what} måste vara ett heltal (${x}).`);
  if (x > max) throw new InputError(`${what} får vara högst ${max} (${x}).`);
  return x;
}

/** A non-negative number (an amount, a distance, a share). */
export function nonNegative(x: unknown, what: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) throw new InputError(`${what} måste vara ett tal.`);
  if (x < 0) throw new InputError(`${what} får inte vara negativt (${x}).`);
  return x;
}
