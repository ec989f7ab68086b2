// What the handlers share during one conversion: the base URL relative
// links resolve against, and where warnings go.
import type {MdastNodes, Nodes} from '@liveblog/core'
import type {Warn} from './messages.js'
import {resolveUrl} from './url.js'

export interface Context {
  /** Absolute URL that relative `href`/`src` values resolve against; may change per post. */
  base: string | undefined
  warn: Warn
  /**
   * `url` as it may go into an `href` or `src`: absolute when a base allows,
   * `undefined` when unsafe (with an `unsafe-url` warning); a relative URL
   * with no base stays as it is, with a `relative-url` warning.
   */
  url: (url: string, node: Nodes | MdastNodes) => string | undefined
}

export function createContext(base: string | undefined, warn: Warn): Context {
  const context: Context = {
    base,
    warn,
    url(url, node) {
      const resolved = resolveUrl(url, context.base)
      if (resolved.kind === 'unsafe') {
        context.warn(
          `Dropped unsafe URL \`${url.slice(0, 40)}\`: only http, https, mailto, tel and relative URLs are allowed`,
          node,
          'unsafe-url'
        )
        return undefined
      }
      if (resolved.kind === 'relative') {
        context.warn(
          `Relative URL \`${url.slice(0, 40)}\` kept as it is: no post or page URL to resolve it against (pass \`url\` or \`postUrl\`)`,
          node,
          'relative-url'
        )
      }
      return resolved.url
    }
  }
  return context
}
