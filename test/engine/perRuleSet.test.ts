// perRuleSet: made once per rule set, whichever order the sets are asked for in.
import { perRuleSet } from "../../src/engine/perRuleSet";

test("each key's value is made once and kept; another key gets its own", () => {
  const a = { id: "a" };
  const b = { id: "b" };
  let made = 0;
  const get = perRuleSet((k: { id: string }) => ({ id: k.id, n: ++made }));
  const first = get(a);
  expect(get(a)).toBe(first);
  expect(get(b)).toEqual({ id: "b", n: 2 });
  expect(get(a)).toBe(first); // not the last one asked for: from the map, not made again
  expect(made).toBe(2);
});
