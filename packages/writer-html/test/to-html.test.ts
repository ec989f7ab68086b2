import {author, link, media, meta, notice, paragraph, post, root, text} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import writeHtmlDefault, {scriptJson, toHtml, toHtmlTree, writeHtml} from '@liveblog/writer-html'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {HtmlValidate} from 'html-validate'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const tree = () =>
  root([
    meta({
      title: 'Harbor strike',
      url: 'https://news.example/live/strike',
      language: 'en',
      description: 'Transit workers walk out.',
      site: 'News Example',
      byline: 'By Metro Desk',
      authors: [author('Metro Desk')],
      updated: '2024-07-18T09:00:00-04:00',
      dateline: 'Updated 9:00 a.m. ET, July 18, 2024'
    }),
    notice([text('Coverage has moved to a new page.')]),
    post(
      {
        id: 'walkout',
        headline: 'Workers walk out at dawn',
        authors: [author('Lena Park')],
        byline: 'From Lena Park',
        published: '2024-07-18T06:00:00-04:00',
        dateline: '6:00 a.m. ET, July 18, 2024'
      },
      [
        paragraph('Buses stayed in the depot.'),
        media({url: '/img/a.jpg', credit: 'Ada Lim/Example'}, 'Depot.')
      ]
    )
  ])

function ld(html: string): Record<string, unknown> {
  const script = select('script', fromHtml(html)) as Element
  return JSON.parse(hastToString(script))
}

describe('toHtml', () => {
  it('writes a standalone page with head, header, notice, article and JSON-LD', () => {
    const html = toHtml(tree())
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true)
    const page = fromHtml(html)
    expect(hastToString(select('title', page) as Element)).toBe('Harbor strike')
    expect(select('link[rel=canonical]', page)?.properties.href).toBe(
      'https://news.example/live/strike'
    )
    expect(select('header.liveblog-header time', page)?.properties.dateTime).toBe(
      '2024-07-18T09:00:00-04:00'
    )
    expect(hastToString(select('.notice', page) as Element)).toBe(
      'Coverage has moved to a new page.'
    )
    const article = select('article#walkout', page) as Element
    expect(hastToString(select('figcaption', article) as Element)).toBe('Depot. Ada Lim/Example')
    expect(select('img', article)?.properties.src).toBe('https://news.example/img/a.jpg')
    expect(select('style', page)).toBeDefined()
    expect(selectAll('script', page)).toHaveLength(1)
    expect(ld(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Harbor strike',
      description: 'Transit workers walk out.',
      url: 'https://news.example/live/strike',
      inLanguage: 'en',
      datePublished: '2024-07-18T06:00:00-04:00',
      dateModified: '2024-07-18T09:00:00-04:00',
      coverageStartTime: '2024-07-18T06:00:00-04:00',
      author: [{'@type': 'Person', name: 'Metro Desk'}],
      publisher: {'@type': 'Organization', name: 'News Example'},
      liveBlogUpdate: [
        {
          '@type': 'BlogPosting',
          headline: 'Workers walk out at dawn',
          url: 'https://news.example/live/strike#walkout',
          datePublished: '2024-07-18T06:00:00-04:00',
          author: [{'@type': 'Person', name: 'Lena Park'}],
          articleBody: 'Buses stayed in the depot. Depot.',
          image: 'https://news.example/img/a.jpg'
        }
      ]
    })
  })

  it('writes only the blog markup with `fragment: true`', () => {
    const html = toHtml(tree(), {fragment: true})
    expect(html.startsWith('<div class="liveblog"><header')).toBe(true)
    expect(html).not.toContain('<html')
    expect(html).not.toContain('<style')
    expect(ld(html)['@type']).toBe('LiveBlogPosting')
  })

  it('takes the publisher from options', () => {
    expect(ld(toHtml(tree(), {publisher: 'Harbor Wire'})).publisher).toEqual({
      '@type': 'Organization',
      name: 'Harbor Wire'
    })
  })

  it('links a stylesheet, leaves it out, or refuses an unsafe one', () => {
    const linked = fromHtml(toHtml(tree(), {css: '/style.css'}))
    expect(select('link[rel=stylesheet]', linked)?.properties.href).toBe(
      'https://news.example/style.css'
    )
    expect(select('style', linked)).toBeUndefined()
    const none = fromHtml(toHtml(tree(), {css: false}))
    expect(select('style, link[rel=stylesheet]', none)).toBeUndefined()
    const file = new VFile()
    const unsafe = toHtml(tree(), {css: 'javascript:alert(1)', file})
    expect(unsafe).not.toContain('javascript:')
    expect(file.messages.map((message) => message.ruleId)).toContain('unsafe-url')
  })

  it('keeps script and comment openers out of the JSON-LD, and the data intact', () => {
    const headline = '</script><script>alert(1)</script> <!-- x \u2028 & >'
    const input = tree()
    const item = input.children[2] as ReturnType<typeof post>
    item.headline = headline
    item.children = [paragraph('Body </SCRIPT > with <!-- a comment')]
    const html = toHtml(input)
    const json = html.slice(html.indexOf('application/ld+json'))
    const script = json.slice(0, json.indexOf('</script>'))
    expect(script).not.toMatch(/<\/script|<!--|\u2028/i)
    const page = fromHtml(html)
    expect(selectAll('script', page)).toHaveLength(1)
    const data = ld(html) as {liveBlogUpdate: Array<{headline: string; articleBody: string}>}
    expect(data.liveBlogUpdate[0]?.headline).toBe(headline)
    expect(data.liveBlogUpdate[0]?.articleBody).toBe('Body </SCRIPT > with <!-- a comment')
    expect(hastToString(select('article h2', page) as Element)).toBe(headline)
  })

  it('escapes as JSON that parses to the same value', () => {
    const value = {a: '</script>', b: '<!--', c: '\u2028\u2029', d: 'a & b'}
    const json = scriptJson(value)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual(value)
  })

  it('drops `javascript:` links and writes raw html as text', () => {
    const input = tree()
    const item = input.children[2] as ReturnType<typeof post>
    item.children = [
      paragraph(link('javascript:alert(1)', 'click')),
      {type: 'html', value: '<img src=x onerror=alert(1)>'}
    ]
    const file = new VFile()
    const html = toHtml(input, {file})
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>')
    expect(file.messages.map((message) => message.ruleId)).toContain('unsafe-url')
  })

  it('writes `lang="und"` with a message when the language is unknown', () => {
    const input = tree()
    const file = new VFile()
    delete (input.children[0] as {language?: string}).language
    expect(toHtml(input, {file})).toContain('<html lang="und">')
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-language')
  })

  it('makes a relative `url` a fatal message on the file, or throws without one', () => {
    const file = new VFile()
    toHtml(tree(), {url: '/live', file})
    expect(file.messages.find((message) => message.fatal)?.ruleId).toBe('invalid-option')
    expect(() => toHtmlTree(tree(), {url: '/live'})).toThrow(TypeError)
  })
})

describe('coverageEndTime', () => {
  const twoPosts = () => {
    const input = tree()
    input.children.push(
      post(
        {
          id: 'talks',
          headline: 'Talks resume',
          authors: [],
          published: '2024-07-18T11:30:00-04:00',
          updated: '2024-07-18T13:05:00-04:00'
        },
        [paragraph('Both sides are back at the table.')]
      )
    )
    return input
  }

  it('is left out while the blog has not been said to have ended', () => {
    const data = ld(toHtml(twoPosts()))
    expect(data.coverageStartTime).toBe('2024-07-18T06:00:00-04:00')
    expect(data).not.toHaveProperty('coverageEndTime')
    expect(ld(toHtml(twoPosts(), {coverageEndTime: false as never}))).not.toHaveProperty(
      'coverageEndTime'
    )
  })

  it('is the newest post time (published or updated) with `true`', () => {
    const data = ld(toHtml(twoPosts(), {coverageEndTime: true}))
    expect(data.coverageEndTime).toBe('2024-07-18T13:05:00-04:00')
    const updates = data.liveBlogUpdate as Array<Record<string, string>>
    expect(updates[1]?.dateModified).toBe('2024-07-18T13:05:00-04:00')
  })

  it('is the given date-time, with its offset', () => {
    const data = ld(toHtml(twoPosts(), {coverageEndTime: '2024-07-18T21:15-04:00'}))
    expect(data.coverageEndTime).toBe('2024-07-18T21:15:00-04:00')
    const utc = ld(toHtml(twoPosts(), {coverageEndTime: '2024-07-19T01:15:00Z'}))
    expect(utc.coverageEndTime).toBe('2024-07-19T01:15:00Z')
  })

  it('refuses a value that is not a date-time: fatal message, or a TypeError', () => {
    const file = new VFile()
    const html = toHtml(twoPosts(), {coverageEndTime: 'tomorrow', file})
    const fatal = file.messages.filter((message) => message.fatal)
    expect(fatal.map((message) => message.ruleId)).toEqual(['invalid-option'])
    expect(fatal[0]?.reason).toContain('tomorrow')
    expect(ld(html)).not.toHaveProperty('coverageEndTime')
    expect(() => toHtmlTree(twoPosts(), {coverageEndTime: '2024-07-19'})).toThrow(TypeError)
  })

  it('warns when `true` has no dated post to take the time from', () => {
    const file = new VFile()
    const input = root([post({id: 'a', headline: 'Undated', authors: []}, [paragraph('Text.')])])
    const html = toHtml(input, {coverageEndTime: true, file})
    expect(ld(html)).not.toHaveProperty('coverageEndTime')
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-coverage-end')
  })
})

describe('images', () => {
  it('drops an image with an empty URL with a message, keeps its alt, stays valid', async () => {
    const input = tree()
    const item = input.children[2] as ReturnType<typeof post>
    item.children = [
      paragraph([text('Seen at the depot: '), {type: 'image', url: '', alt: 'Parked buses'}])
    ]
    const file = new VFile()
    const html = toHtml(input, {file})
    const article = select('article', fromHtml(html)) as Element
    expect(select('img', article)).toBeUndefined()
    expect(hastToString(article)).toContain('Seen at the depot: Parked buses')
    expect(file.messages.map((message) => message.ruleId)).toContain('empty-url')
    expect(ld(html).liveBlogUpdate).toEqual([
      expect.not.objectContaining({image: expect.anything()})
    ])
    const report = await new HtmlValidate({extends: ['html-validate:standard']}).validateString(
      html
    )
    expect(report.results.flatMap((result) => result.messages.map((m) => m.message))).toEqual([])
  })
})

describe('edge cases', () => {
  it('writes a valid page for a tree without posts', async () => {
    const file = new VFile()
    const html = toHtml(root([]), {file})
    expect(selectAll('article', fromHtml(html))).toHaveLength(0)
    expect(ld(html).liveBlogUpdate).toEqual([])
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-title')
    const report = await new HtmlValidate({extends: ['html-validate:standard']}).validateString(
      html
    )
    expect(report.results.flatMap((result) => result.messages.map((m) => m.message))).toEqual([])
  })

  it('keeps duplicate post ids apart, as the feeds do', () => {
    const input = tree()
    input.children.push(structuredClone(input.children[2] as ReturnType<typeof post>))
    const file = new VFile()
    const page = fromHtml(toHtml(input, {file}))
    expect(selectAll('article', page).map((article) => article.properties.id)).toEqual([
      'walkout',
      'walkout-2'
    ])
    expect(file.messages.map((message) => message.ruleId)).toContain('duplicate-id')
  })
})

describe('footnotes in several posts', () => {
  it("keeps each post's note ids apart, and the page valid", async () => {
    const markdown =
      '---\ntitle: Fog\nlanguage: en\n---\n\n## One\n\nText[^1].\n\n[^1]: Note one.\n\n## Two\n\nMore[^1].\n\n[^1]: Note two.\n'
    const html = toHtml(fromMarkdown(new VFile(markdown)))
    const page = fromHtml(html)
    const [one, two] = selectAll('article', page) as [Element, Element]
    for (const [article, note] of [
      [one, 'Note one.'],
      [two, 'Note two.']
    ] as const) {
      const href = String(select('sup a', article)?.properties.href)
      const target = select(`[id="${decodeURIComponent(href.slice(1))}"]`, page) as Element
      expect(target).toBeDefined()
      expect(hastToString(target)).toContain(note)
    }
    const report = await new HtmlValidate({extends: ['html-validate:standard']}).validateString(
      html
    )
    expect(report.results.flatMap((result) => result.messages.map((m) => m.message))).toEqual([])
  })
})

describe('writeHtml', () => {
  it('is a unified compiler, exported by name and as default', () => {
    expect(writeHtmlDefault).toBe(writeHtml)
    const processor = unified().use(writeHtml, {fragment: true})
    const file = new VFile()
    const result = processor.stringify(tree(), file)
    expect(result).toBe(toHtml(tree(), {fragment: true}))
  })
})
