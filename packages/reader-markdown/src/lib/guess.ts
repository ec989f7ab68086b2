// Guesses for Markdown written by hand, without markers: which lines are a
// byline or a printed time, which headings are summaries, which paragraphs
// are update notes. Every regex here is linear.
import type {Paragraph, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {bylineAuthors} from './adapters.js'

/** A printed time: "8:19 p.m. ET, February 7, 2024", "Updated 6:15 a.m.", "21 min ago". */
const TIME =
  /^(?:updated:?\s+)?(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d{2}\b|\d+\s?(?:min|mins|minutes?|hr|hrs|hours?|days?)\b[^\n]*\bago$|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}\b)/i

const SUMMARY_TITLE = /^(?:what we covered(?: here)?|key points|summary|highlights|catch up)\s*:?$/i

const UPDATE_TEXT =
  /^(?:this (?:post|story|article|page) (?:has been|was|is being|will be) (?:updated|corrected)|(?:update|correction|editor['’]s note)\s?:)/i

export function looksLikeTime(value: string): boolean {
  return value.length < 200 && TIME.test(value.trim())
}

export function looksLikeByline(value: string): boolean {
  return bylineAuthors(value) !== undefined
}

export function looksLikeSummaryTitle(value: string): boolean {
  return SUMMARY_TITLE.test(value.trim())
}

export function looksLikeUpdate(value: string): boolean {
  return UPDATE_TEXT.test(value.trim())
}

/** The text of each line of a paragraph: split at hard breaks and line endings. */
export function paragraphLines(node: Paragraph): string[] {
  const lines: string[] = []
  let current: PhrasingContent[] = []
  const flush = () => {
    for (const line of toString({type: 'paragraph', children: current}).split(/\r?\n/))
      lines.push(line)
    current = []
  }
  for (const child of node.children) {
    if (child.type === 'break') flush()
    else current.push(child)
  }
  flush()
  return lines.map((line) => line.trim())
}
