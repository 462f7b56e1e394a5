// Reading a plain object by a key that comes from data (a document id, a fact id, a setting):
// `o[key]` for "constructor" or "__proto__" would answer Object.prototype's, so only the
// object's own keys count. Prefer a Map; this is for records that cross a message or a prop.

/** o[key] when key is one of o's own keys, else undefined. */
export function ownValue<T>(o: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return o != null && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** True when key is one of o's own keys. */
export function hasOwnKey(o: object, key: string): boolean {
  return Object.hasOwn(o, key);
}
