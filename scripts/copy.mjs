// Copies one file (used by package builds for assets tsup does not bundle).
import {copyFileSync, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'

const [from, to] = process.argv.slice(2)
mkdirSync(dirname(to), {recursive: true})
copyFileSync(from, to)
