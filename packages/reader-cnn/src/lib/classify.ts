// Line-level recognisers. Each looks at one trimmed line of text; all
// regexes are linear (no nested quantifiers), as they run on every line.

const TERMINAL = /[.!?…:;,"”’')\]]$/

/** Ends like a sentence (or a quote, or an intro). */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text)
}

export function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** "69 Posts", "1 Post". */
export function parsePostCount(text: string): number | undefined {
  const match = /^(\d{1,6}) posts?$/i.exec(text)
  return match ? Number(match[1]) : undefined
}

/**
 * Key points headings, a family: "What we covered here", "What we're covering",
 * "What you need to know", "Here's what you need to know", "What to know about
 * …", "Catch up on …", "Key points", "The latest".
 */
export function isSummaryHeading(text: string): boolean {
  if (text.length > 80) return false
  return /^(?:(?:here['’]s |here is )?what (?:you need to|you should|to) know(?: (?:now|today|so far|about .{1,60}))?|what we(?:['’]re| are)? cover(?:ed|ing)(?: here| today| so far)?|what we know(?: so far| now)?|key (?:points|takeaways|developments)|catch up(?: on .{1,60})?|the latest|in brief|quick catch-?up)[:.]?$/i.test(
    text
  )
}

/** "Our live coverage of … has moved here.", "Our live coverage for the day has ended. …" */
export function isNotice(text: string): boolean {
  return /^(?:our|the|this|cnn['’]s) (?:live )?coverage\b.{0,300}\b(?:moved|ended|has concluded|continues|is over|wrapped)/i.test(
    text
  )
}

/** "This post was updated with …", "The post has been updated …", "Correction: …". */
export function updateKind(text: string): 'update' | 'correction' | undefined {
  // Every form starts with one of these letters: most lines are ruled out at once.
  if (!/^[CcTtEeUu]/.test(text)) return undefined
  if (/^(?:correction|clarification)s?\s*:/i.test(text)) return 'correction'
  if (
    /^(?:this|the) (?:post|story|article|entry)(?: has been| was| had been| is being|,? which was)? (?:originally )?(?:updated|corrected)\b/i.test(
      text
    )
  ) {
    return /^[a-z]+ [a-z]+ (?:has been |was |had been )?corrected/i.test(text)
      ? 'correction'
      : 'update'
  }
  if (/^(?:editor['’]s note|update)\s*:/i.test(text)) return 'update'
  return undefined
}

/**
 * A video's duration line: "03:16", "02:14 - Source: CNN", "03:19 • Source: CNN".
 * Returns the duration text and the source, if any.
 */
export function parseDurationLine(text: string): {duration: string; source?: string} | undefined {
  const match = /^((?:\d{1,2}:)?\d{1,2}:\d{2})(?:\s*[-–—•|]\s*Source:\s*(\S.{0,80}))?$/.exec(text)
  if (!match) return undefined
  return match[2] ? {duration: match[1]!, source: match[2].trim()} : {duration: match[1]!}
}

/**
 * An internal video slug printed above a video title:
 * "skarn lava hollin road drone 08-14-23 vpx". All lower case, no sentence end.
 */
export function isVideoSlug(text: string): boolean {
  return (
    text.length <= 160 &&
    /^[a-z0-9][a-z0-9 _./-]*$/.test(text) &&
    (/\d/.test(text) ||
      /\b(?:vpx|vrtc|hnk|intl|lead|tsr|nr|cnni|ac360|vid|digvid|contd|pkg|sot|ldn)\b/.test(text) ||
      /-/.test(text))
  )
}

// Words that make a line read as a photo credit: agencies and their pieces.
const CREDIT_WORDS =
  /\b(?:AP|AFP|Reuters|Getty Images|Getty|Pool|EPA|EPA-EFE|Bloomberg|Shutterstock|Maxar Technologies|Maxar|Planet Labs|Anadolu|NurPhoto|SOPA Images|LightRocket|Sipa|ZUMA|Xinhua|Courtesy|Handout|CNN|Imagn|USA Today|Alamy|AAP|Kyodo|Yonhap|TASS|Sputnik|Stringer)\b/

const LOWER_CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'via',
  'van',
  'von',
  'da',
  'del',
  'la',
  'le',
  'du',
  'al',
  'y',
  '&',
  'on',
  'in',
  'at'
])

/**
 * A photo credit: "Kim Lee/AP", "Tomas Reyes/Pool/AP", "Getty Images",
 * "Maxar Technologies", "Regional Weather Service". Short, no sentence end, and
 * every word capitalised (or a connector), or a known agency.
 */
export function isCredit(text: string): boolean {
  if (isLabelledCredit(text)) return true
  if (text.length === 0 || text.length > 120 || /[.!?:;,"”]$/.test(text)) return false
  const words = text.split(/[\s/]+/).filter(Boolean)
  if (words.length === 0 || words.length > 10) return false
  const capitalised = words.every(
    (word) => /^[\p{Lu}\p{N}(@]/u.test(word) || LOWER_CONNECTORS.has(word.toLowerCase())
  )
  if (!capitalised) return false
  if (!/^[\p{Lu}\p{N}(@]/u.test(words[0]!)) return false
  return text.includes('/') || CREDIT_WORDS.test(text) || words.length <= 5
}

/** Credits that say what they are: "Screenshot from state TV", "Courtesy of the family". */
const CREDIT_LEAD =
  /^(?:Screenshot|Screengrab|Courtesy|Photo|Photos|Image|Images|Video|Handout|Credit)\b/

function isLabelledCredit(text: string): boolean {
  return (
    CREDIT_LEAD.test(text) &&
    text.length <= 100 &&
    !/[.!?:;"”]$/.test(text) &&
    wordCount(text) <= 10
  )
}

/**
 * A caption printed again with its credit appended, as live pages do:
 * "Voters line up … on March 9. Anja Kovic/Reuters" or "… (Anja Kovic/Reuters)".
 * Returns the credit, or '' for an exact repeat (a caption with no credit).
 */
export function creditAfterRepeat(caption: string, next: string): string | undefined {
  if (!next.startsWith(caption)) return undefined
  const rest = next.slice(caption.length).trim()
  if (rest === '') return ''
  const inner = /^\((.*)\)$/.exec(rest)
  const credit = inner ? inner[1]!.trim() : rest
  return isCredit(credit) || /^(?:Photo|Image|Credit):?\s/i.test(credit) ? credit : undefined
}

/** A bullet at the start of a list line: "• ", "- ", "* ", "· ". */
export function bulletLength(text: string): number {
  const match = /^[•·▪◦‣●*-]\s+/.exec(text)
  return match ? match[0].length : 0
}

/**
 * Splits a labelled item "Iran denial: Iran's ambassador …" after its label.
 * Returns the index just past the colon, or -1. The colon must be followed by
 * white space, or (for words glued where a link was: "races:Ines") by a
 * capital after a lower-case letter; so "6:45 a.m.: Start" splits after "a.m.:".
 */
export function labelEnd(text: string): number {
  const limit = Math.min(text.length - 1, 120)
  for (let i = 1; i < limit; i++) {
    if (text.charCodeAt(i) !== 58 /* : */) continue
    const next = text[i + 1]!
    const previous = text[i - 1]!
    const glued = /\p{Lu}/u.test(next) && /\p{Ll}/u.test(previous)
    if (next === ' ' || glued) {
      const label = text.slice(0, i)
      if (!isLabel(label)) return -1
      return i + 1
    }
  }
  return -1
}

function isLabel(label: string): boolean {
  const words = wordCount(label)
  return (
    words >= 1 &&
    words <= 12 &&
    /^[\p{Lu}\p{N}"“'‘]/u.test(label) &&
    !/[.!?,;]\s*["”]?$/.test(label.replace(/\b(?:a\.m|p\.m|[A-Z])\.$/, '')) &&
    !/[.!?]\s/.test(label.replace(/\b(?:a\.m|p\.m|U\.S|[A-Z])\./g, ''))
  )
}
