// Any valid tree (the reliability suite's generator) gives a page: never a
// throw, one article per post, one script (the JSON-LD, which parses, with
// one update per post), and no live `javascript:`/`data:` URL anywhere; and
// html-validate's standard preset passes without `no-raw-characters`:
// `hast-util-to-html` leaves `>` in text unescaped, which HTML allows
// (WHATWG HTML §13.1.3), and escapes `<` and `&` itself. (The corpus pages
// in pages.test.ts pass the whole preset.)
import {isSafeUrl, type Root} from '@liveblog/core'
import {toHtml} from '@liveblog/writer-html'
import fc from 'fast-check'
import type {Element, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {HtmlValidate} from 'html-validate'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anyTree, runs} from '../../../test/reliability/arbitraries.js'

function posts(tree: Root): number {
  return tree.children.filter((child) => child.type === 'post').length
}

function urls(page: HastRoot): string[] {
  return selectAll('[href], [src]', page).flatMap((element: Element) =>
    [element.properties.href, element.properties.src].filter(
      (value): value is string => typeof value === 'string'
    )
  )
}

describe('toHtml on any valid tree', () => {
  it('writes a page with an article and a JSON-LD update per post, and only safe URLs', () => {
    fc.assert(
      fc.property(anyTree, fc.boolean(), (tree, fragment) => {
        const html = toHtml(tree, {fragment, file: new VFile()})
        const page = fromHtml(html, {fragment})
        expect(selectAll('article', page)).toHaveLength(posts(tree))
        const scripts = selectAll('script', page)
        expect(scripts).toHaveLength(1)
        const data = JSON.parse(hastToString(scripts[0] as Element))
        expect(data.liveBlogUpdate).toHaveLength(posts(tree))
        for (const url of urls(page)) {
          if (!url.startsWith('#')) expect(isSafeUrl(url), url).toBe(true)
        }
      }),
      {numRuns: runs(150)}
    )
  })

  it('passes html-validate (standard preset, raw `>` in text allowed)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: {'no-raw-characters': 'off'}
    })
    await fc.assert(
      fc.asyncProperty(anyTree, async (tree) => {
        const report = await validator.validateString(toHtml(tree))
        const problems = report.results.flatMap((result) =>
          result.messages.map((message) => `${message.ruleId}: ${message.message}`)
        )
        expect(problems).toEqual([])
      }),
      {numRuns: runs(60)}
    )
  })
})
