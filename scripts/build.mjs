// Builds every workspace package in dependency order (npm runs workspaces alphabetically,
// which would build the CLI before the packages it imports).
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dirs = readdirSync(join(root, 'packages')).filter((d) =>
  existsSync(join(root, 'packages', d, 'package.json'))
)
const pkgs = new Map()
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'))
  pkgs.set(manifest.name, {dir, manifest})
}

const order = []
const seen = new Set()
function visit(name) {
  if (seen.has(name)) return
  seen.add(name)
  const {manifest} = pkgs.get(name)
  const deps = {...manifest.dependencies, ...manifest.devDependencies}
  for (const dep of Object.keys(deps)) if (pkgs.has(dep)) visit(dep)
  order.push(name)
}
for (const name of [...pkgs.keys()].sort()) visit(name)

for (const name of order) {
  const {dir, manifest} = pkgs.get(name)
  if (!manifest.scripts?.build) continue
  console.log(`\n> build ${name}`)
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: join(root, 'packages', dir),
    stdio: 'inherit'
  })
}
