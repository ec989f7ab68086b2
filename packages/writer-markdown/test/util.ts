/** A deep copy without `position` fields, for comparing trees apart from positions. */
export function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)))
}
