// Bench inputs, made at run time: the seed page when ../shared is there (the
// reference input), otherwise the reader's own fixtures, repeated to size.
import {existsSync, readdirSync, readFileSync} from 'node:fs'

const root = new URL('../../', import.meta.url)
const seed = new URL('../shared/seed/cnn-2024-02-07.txt', root)
const fixtures = new URL('packages/reader-cnn/test/fixtures/', root)

/** The base CNN-style text and where it came from. */
export function baseText() {
  if (existsSync(seed)) return {name: 'the seed page', text: readFileSync(seed, 'utf8')}
  const text = readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, fixtures), 'utf8'))
    .join('\n\n')
  return {name: 'the reader-cnn fixtures', text}
}

/** `text` repeated `times` times as one page (posts repeat; ids stay unique). */
export function scaled(text, times) {
  return Array.from({length: times}, () => text).join('\n\n')
}
