// An archive is built from many files, so positions into any one of them
// would mislead: nodes enter an archive without `position`
// (`withoutPositions` of @liveblog/core), and content is compared without them.

/**
 * A canonical string of a value, for telling whether content changed: keys
 * sorted (a tree read from JSON may order them otherwise), positions left out.
 */
export function contentKey(value: unknown): string {
  return JSON.stringify(value, (key, field) => {
    if (key === 'position') return undefined
    if (field === null || typeof field !== 'object' || Array.isArray(field)) return field
    const sorted: Record<string, unknown> = {}
    for (const name of Object.keys(field).sort())
      sorted[name] = (field as Record<string, unknown>)[name]
    return sorted
  })
}
