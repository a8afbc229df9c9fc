// What the custom functions give back for bad input: a CustomFunctions.Error, returned in a
// range or thrown by a single-cell call (the shim in custom-functions-shim.ts provides the class).
export type CfError = CustomFunctions.Error;

export const isErr = (x: unknown): x is CfError => x instanceof CustomFunctions.Error;

/** What a single-cell call throws; fails the test if it throws something else or nothing. */
export function thrown(f: () => unknown): CfError {
  try {
    f();
  } catch (e) {
    expect(isErr(e)).toBe(true);
    return e as CfError;
  }
  throw new Error("no error was thrown");
}
