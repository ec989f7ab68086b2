// The pages the independent checks (structured data, a real browser) look
// at: the seed page and every corpus case (../shared, when beside the
// repository) and every reader-cnn fixture, read by the CNN reader and
// written by writer-html as `liveblog page.txt --to html --url …` would.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Post, Root} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {type HtmlOptions, toHtml} from '@liveblog/writer-html'
import {VFile} from 'vfile'
import {it, type TestContext} from 'vitest'
import {sharedTextsOrSkip} from '../../../test/reliability/shared.js'

export interface WrittenPage {
  /** `seed-…`, `corpus-…` or `fixture-…` and the input's name without `.txt`. */
  name: string
  tree: Root
  posts: Post[]
  html: string
  /** Messages writing it gave (none may be fatal). */
  file: VFile
}

const fixtures = path.join(import.meta.dirname, '../../reader-cnn/test/fixtures')

/** The page for the CNN-style text in `input`, written with `options`. */
export function writePage(input: string, group: string, options: HtmlOptions = {}): WrittenPage {
  const stem = path.basename(input, '.txt')
  const tree = fromCnnText(
    new VFile({path: path.basename(input), value: readFileSync(input, 'utf8')})
  )
  const file = new VFile()
  const html = toHtml(tree, {
    url: `https://news.example/live/${stem}`,
    language: 'en',
    file,
    ...options
  })
  const fatal = file.messages.filter((message) => message.fatal)
  if (fatal.length > 0) throw new Error(`${input}: ${fatal.map(String).join('; ')}`)
  const posts = tree.children.filter((child): child is Post => child.type === 'post')
  return {name: `${group}-${stem}`, tree, posts, html, file}
}

/**
 * One test per page (`name` with `%s` for the page's name): the seed and the
 * corpus (skipped with a reason, or failed in CI, without ../shared), then
 * the reader-cnn fixtures.
 */
export function eachWrittenPage(
  name: string,
  test: (input: string, group: string, context: TestContext) => void | Promise<void>
): void {
  const inputs: Array<[string, string]> = []
  for (const group of ['seed', 'corpus'] as const) {
    const paths = sharedTextsOrSkip(group, name.replace('%s', `${group} ../shared/${group}/*.txt`))
    for (const input of paths) inputs.push([input, group])
  }
  const names = readdirSync(fixtures).filter((file) => file.endsWith('.txt'))
  for (const file of names.sort()) inputs.push([path.join(fixtures, file), 'fixture'])
  for (const [input, group] of inputs) {
    it(name.replace('%s', `${group} ${path.basename(input)}`), (context) =>
      test(input, group, context)
    )
  }
}
