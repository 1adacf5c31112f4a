/** A key renamer: the same string in, the same string out, remembered once per distinct key. */
export type Rename = (key: string) => string;

/**
 * `value` with every object key renamed, deeply, through arrays and plain objects; anything else (a `Date`, bytes,
 * a string) as it is. The input is never changed: a message's payload is copied once, on its way in or out.
 */
export function renameKeys(value: unknown, rename: Rename): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const renamed: Record<string, unknown> = {};
  for (const key in value) renamed[rename(key)] = renameKeys((value as Record<string, unknown>)[key], rename);
  return renamed;
}

/** Remembers each renaming, so that a payload's recurring keys cost a Map lookup, not string work. */
export function cached(rename: Rename): Rename {
  const known = new Map<string, string>();
  return (key) => {
    let name = known.get(key);
    if (name === undefined) known.set(key, (name = rename(key)));
    return name;
  };
}

/**
 * A C# name as System.Text.Json's camel-case policy writes it (the JSON protocol's default): the leading capitals
 * lower-cased, up to but not including the last of a run that a non-capital follows (`IPAddress` → `ipAddress`,
 * `OHLC` → `ohlc`, `Symbol` → `symbol`).
 */
export function camelCase(name: string): string {
  let end = 0;
  while (end < name.length && (end === 0 || isUpper(name.charCodeAt(end)))) {
    if (end > 0 && end + 1 < name.length && !isUpper(name.charCodeAt(end + 1))) {
      if (name[end + 1] === ' ') end++;
      break;
    }
    end++;
  }
  return name.slice(0, end).toLowerCase() + name.slice(end);
}

/** A camel-case name with its first letter capitalized, as C# declares properties (`tradePlatform` → `TradePlatform`). */
export function pascalCase(name: string): string {
  return name.length > 0 ? name[0].toUpperCase() + name.slice(1) : name;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
