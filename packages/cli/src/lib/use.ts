// `--use` specs to unified-engine plugin entries, as remark-cli takes them:
// `--use name`, `--use ./plugin.js=JSON` or `--use ./plugin.js=key:value,key:value`.
// Loading and resolving is unified-engine's (from the working folder).
import {jsonOrString, UsageError} from './args.js'

export type PluginEntry = [name: string, options?: unknown]

export function parseUse(spec: string): PluginEntry {
  const index = spec.indexOf('=')
  if (index === -1) return [spec]
  const name = spec.slice(0, index)
  const raw = spec.slice(index + 1)
  if (!name) throw new UsageError(`Expected a plugin before \`=\` in \`--use ${spec}\``)
  const json = jsonOrString(raw)
  if (json !== null && typeof json === 'object') return [name, json]
  if (/^\s*[[{]/.test(raw)) {
    // Meant as JSON: read as `key:value` pairs it would reach the plugin garbled.
    let reason = ''
    try {
      JSON.parse(raw)
    } catch (error) {
      reason = `: ${(error as Error).message}`
    }
    throw new UsageError(
      `Invalid JSON options in \`--use ${spec}\`${reason}`,
      'Quote the whole option for the shell: --use \'./plugin.mjs={"key":"value"}\''
    )
  }
  return [name, pairs(raw, spec)]
}

function pairs(raw: string, spec: string): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const part of raw.split(',')) {
    const colon = part.indexOf(':')
    if (colon < 1) {
      throw new UsageError(
        `Expected JSON or \`key:value\` options in \`--use ${spec}\`, not \`${part}\``
      )
    }
    options[part.slice(0, colon).trim()] = jsonOrString(part.slice(colon + 1).trim())
  }
  return options
}
