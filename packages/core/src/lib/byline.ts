// Bylines as news pages print them: "From CNN's A in London and B in Tel
// Aviv", "From A and CNN's B", "From CNN staff", "By A, B and C, CNN".
// Shared by every reader that meets a byline.
import type {Author} from './types.js'

export interface ParsedByline {
  /** The authors, in printed order. */
  authors: Author[]
  /** "From" or "By", as printed. */
  lead: string
}

// Name particles that may be lower case inside a name ("Ursula von der Leyen").
const PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'ben',
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'van',
  'von',
  'y',
  'e',
  'and'
])

const MAX_NAME_WORDS = 6
const MAX_BYLINE = 400

/** An organisation's possessive at the start of a name: "CNN's", "CNN’s", "Example News' ". */
const POSSESSIVE = /^([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,3})(?:['’]s|(?<=s)['’])\s+/

/** News agencies credited by name: an author of their own, not a reporter of the outlet. */
const AGENCY =
  /^(?:the )?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|dpa|Xinhua|EFE|ANSA|Kyodo|Yonhap|PA Media|UPI)$/i

/**
 * Parses a byline. Returns `undefined` when the text does not read as one
 * (so "By 5 p.m., most polls had closed." is not taken for a byline).
 */
export function parseByline(value: string): ParsedByline | undefined {
  const text = value.trim()
  if (text.length > MAX_BYLINE) return undefined
  const lead = /^(From|By)\s+/i.exec(text)
  if (!lead) return undefined
  let rest = text.slice(lead[0].length).trim()
  if (!rest || /[.!?]$/.test(rest.replace(/\b[A-Z]\.$/, ''))) return undefined

  // A page byline names its organisation last: "By A, B and C, CNN".
  let pageAffiliation: string | undefined
  const org = /,\s*([A-Z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*)?)$/.exec(rest)
  if (org && isOrganisation(org[1]!)) {
    pageAffiliation = org[1]
    rest = rest.slice(0, org.index).trim()
  }

  const segments = splitList(rest)
  const authors: Author[] = []
  let affiliation = pageAffiliation
  let previousHadLocation = false
  for (let i = 0; i < segments.length; i++) {
    const {text: segment, joiner} = segments[i]!
    const last = i === segments.length - 1
    const previous = authors[authors.length - 1]
    // "in Velm, Ostravia": a comma-joined piece after a location continues it
    // when it ends the byline or is a single word.
    if (
      previous?.location &&
      previousHadLocation &&
      joiner === ',' &&
      (last || !segment.includes(' ')) &&
      isPlace(segment)
    ) {
      previous.location += `, ${segment}`
      continue
    }
    const author = parseName(segment, affiliation)
    if (!author) return undefined
    if (author.affiliation) affiliation = author.affiliation
    previousHadLocation = Boolean(author.location)
    authors.push(author.value)
  }
  if (authors.length === 0) return undefined
  return {authors, lead: lead[1]!}
}

interface Segment {
  text: string
  /** How the segment joins the one before it. */
  joiner: ',' | 'and' | ''
}

/** Splits "A, B and C" / "A, B, and C" into names, remembering the joiners. */
function splitList(value: string): Segment[] {
  const segments: Segment[] = []
  const separator = /\s*,\s*(?:and\s+)?|\s+and\s+/g
  let start = 0
  let joiner: Segment['joiner'] = ''
  for (let match = separator.exec(value); match; match = separator.exec(value)) {
    segments.push({text: value.slice(start, match.index).trim(), joiner})
    joiner = match[0].includes('and') ? 'and' : ','
    start = match.index + match[0].length
  }
  segments.push({text: value.slice(start).trim(), joiner})
  return segments.filter((segment) => segment.text)
}

function parseName(
  segment: string,
  inherited: string | undefined
): {value: Author; affiliation?: string; location?: string} | undefined {
  // "and Reuters", "From the Associated Press": the agency is the author.
  if (AGENCY.test(segment))
    return {value: {name: segment.replace(/^the /i, '')}, affiliation: inherited}
  let rest = segment
  let affiliation = inherited
  const possessive = POSSESSIVE.exec(rest)
  if (possessive) {
    affiliation = possessive[1]
    rest = rest.slice(possessive[0].length)
  }

  // "CNN staff", "CNN's Decision Desk": a desk, credited as printed.
  const staff = /^([A-Z][A-Za-z0-9&.]*) (staff|wire staff)$/.exec(rest)
  if (staff && !possessive) {
    return {value: {name: rest, affiliation: staff[1]}, affiliation: inherited}
  }

  let location: string | undefined
  const at = / in ([A-Z].*)$/.exec(rest)
  if (at) {
    location = at[1]
    rest = rest.slice(0, at.index)
  }

  // Lower-case words before the name are a role: "journalist Ruth Ben".
  let role: string | undefined
  const roleMatch = /^((?:[a-z][a-z-]* )+)(?=[A-Z])/.exec(rest)
  if (roleMatch) {
    role = roleMatch[1]!.trim()
    rest = rest.slice(roleMatch[0].length)
  }

  if (!isName(rest)) return undefined
  const value: Author = {name: rest}
  if (affiliation) value.affiliation = affiliation
  if (location) value.location = location
  if (role) value.role = role
  return {value, affiliation: possessive ? affiliation : undefined, location}
}

function isName(value: string): boolean {
  const words = value.split(' ')
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  if (!/^\p{Lu}/u.test(value) || /['’]s$/.test(value)) return false
  return words.every(
    (word) =>
      /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u.test(word) ||
      /^\p{Lu}+$/u.test(word) ||
      /^(?:al|el|bin|ibn)-[\p{Lu}][\p{L}'’-]*$/u.test(word) ||
      PARTICLES.has(word)
  )
}

function isPlace(value: string): boolean {
  return value.split(' ').length <= 4 && /^\p{Lu}/u.test(value) && !/[.!?]$/.test(value)
}

function isOrganisation(value: string): boolean {
  // A single all-caps word ("CNN", "AP") or a known outlet form ("CNN Business").
  return /^[A-Z]{2,}(?: [A-Z][a-z]+)?$/.test(value)
}
