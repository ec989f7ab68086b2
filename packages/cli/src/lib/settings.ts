/**
 * Settings: the config file's `settings` merged with the flags (flags win).
 * Flat keys (`title`, `url`, `indent`, …) go to every plugin that knows them;
 * a key named after a package (`'writer-rss': {…}`) goes to that plugin only.
 */
export type Settings = Record<string, unknown> & {
  /** Input format name; guessed per file from its extension when missing. */
  from?: string
  /** Output format name. */
  to?: string
}

/** A plugin's options: its share of the flat settings, then its own key. */
export function optionsFor(
  settings: Settings,
  shared: Record<string, unknown>,
  key: string
): Record<string, unknown> {
  const own = settings[key]
  return own && typeof own === 'object' ? {...shared, ...(own as Record<string, unknown>)} : shared
}
