// What a section of the agreement derives from a rule set's data (weights parsed to whole
// numbers, tables, budgets), made once per rule set and reused by every call: a rule set is
// immutable, so the derived value never goes stale. A column's calls ask for one rule set,
// so the last one asked for is answered without the map.

/** `make` memoised per rule set (any object key; held weakly, so a dropped rule set is freed). */
export function perRuleSet<K extends object, T>(make: (rs: K) => T): (rs: K) => T {
  const made = new WeakMap<K, T>();
  let lastKey: K | undefined;
  let lastValue: T | undefined;
  return (rs) => {
    if (rs === lastKey) return lastValue as T;
    let v = made.get(rs);
    if (v === undefined) made.set(rs, (v = make(rs)));
    lastKey = rs;
    lastValue = v;
    return v;
  };
}
