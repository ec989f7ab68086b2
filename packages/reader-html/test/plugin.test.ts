// The unified parser: exported by name and as default, reads the processed
// file with its messages, and agrees with `fromHtml`.
import readerHtmlDefault, {fromHtml, liveblogReaderHtml, readerHtml} from '@liveblog/reader-html'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const page = `<!doctype html><html lang="en"><head><script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Regatta: live",
 "liveBlogUpdate":[{"@type":"BlogPosting","headline":"Calder win the eights",
  "datePublished":"2025-06-14T15:40+01:00","author":{"@type":"Person","name":"Morwenna Tilt"},
  "articleBody":"Calder won by a length."},{"@type":"BlogPosting","articleBody":"Rain."}]}
</script></head></html>`

describe('readerHtml', () => {
  it('is the default export and `liveblogReaderHtml`', () => {
    expect(readerHtmlDefault).toBe(readerHtml)
    expect(liveblogReaderHtml).toBe(readerHtml)
  })

  it('parses the file into the tree `fromHtml` gives, with the messages on the file', () => {
    const processor = unified().use(readerHtml)
    const file = new VFile({path: 'regatta.html', value: page})
    const tree = processor.parse(file)
    const direct = new VFile({path: 'regatta.html', value: page})
    expect(tree).toEqual(fromHtml(direct))
    expect(file.messages.map((message) => message.ruleId)).toEqual(
      direct.messages.map((message) => message.ruleId)
    )
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-headline')
    expect(tree.children[1]).toMatchObject({
      type: 'post',
      headline: 'Calder win the eights',
      authors: [{name: 'Morwenna Tilt'}],
      published: '2025-06-14T15:40:00+01:00'
    })
  })

  it('passes its options (`timeZone`)', () => {
    const zoneless = page.replace('15:40+01:00', '15:40')
    const tree = unified().use(readerHtml, {timeZone: 'Europe/London'}).parse(zoneless)
    expect(tree.children[1]).toMatchObject({published: '2025-06-14T15:40:00+01:00'})
  })
})
