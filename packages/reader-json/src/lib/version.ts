import {LBAST_VERSION} from '@liveblog/core'

export type VersionCheck =
  | {ok: true; older?: true}
  | {ok: false; ruleId: 'lbast-version-newer' | 'lbast-version-invalid'; reason: string}

/** `1` for `1.0.0`. */
export const readerMajor = Number(LBAST_VERSION.split('.')[0])

/**
 * Whether a tree written with lbast `version` can be read here: semver, so
 * any 1.x is the same language (a newer minor only adds optional fields, which
 * the validator judges); a newer major is not.
 */
export function checkVersion(version: unknown): VersionCheck {
  const match =
    typeof version === 'string' ? /^(\d+)\.\d+\.\d+(?:[-+][\w.+-]*)?$/.exec(version) : null
  if (!match) {
    return {
      ok: false,
      ruleId: 'lbast-version-invalid',
      reason: `Unexpected \`lbast\` version ${describe(version)}: expected a semver string such as "${LBAST_VERSION}"`
    }
  }
  const major = Number(match[1])
  if (major > readerMajor) {
    return {
      ok: false,
      ruleId: 'lbast-version-newer',
      reason: `Cannot read this tree: written with lbast ${version}, this reader understands ${readerMajor}.x`
    }
  }
  return major < readerMajor ? {ok: true, older: true} : {ok: true}
}

/** Short, whatever the input: a version is a few characters when it is one. */
function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}
