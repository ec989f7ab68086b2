// Tests import workspace packages from source, so a change is tested without a rebuild.
import {existsSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const packages = fileURLToPath(new URL('./packages/', import.meta.url))

export const aliases: Array<{find: RegExp; replacement: string}> = readdirSync(packages)
  .filter((dir) => existsSync(`${packages}${dir}/src/index.ts`))
  .map((dir) => ({
    find: new RegExp(`^@liveblog/${dir}$`),
    replacement: `${packages}${dir}/src/index.ts`
  }))

/**
 * Environment of every test (and of the CLI processes tests start): readers
 * rethrow their own bugs instead of reporting them as `internal-error`
 * messages, so a crash fails the test that met it.
 */
export const env: Record<string, string> = {LIVEBLOG_RETHROW: '1'}
