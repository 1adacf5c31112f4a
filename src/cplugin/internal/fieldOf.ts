/** `value[name]` when `value` is an object, else undefined: reads untrusted payloads without throwing. */
export function fieldOf(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
