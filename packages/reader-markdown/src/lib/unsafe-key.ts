// Keys that, assigned on a plain object, reach `Object.prototype` (or, later,
// a constructor): never lbast, so readers drop them with a warning, as
// reader-json does.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key)
}
