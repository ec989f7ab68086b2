import {
  findClockTime,
  findRelativeTime,
  formatIso,
  isIsoDateTime,
  isIsoDuration,
  parseClockTime,
  parseDuration,
  parseRelativeTime,
  toIsoInZone,
  zoneForAbbreviation
} from '@liveblog/core'
import {describe, expect, it} from 'vitest'

const NY = 'America/New_York'

/** The matched text, to check offsets against what a reader would slice. */
function matched(text: string, found: {start: number; end: number} | undefined) {
  return found ? text.slice(found.start, found.end) : undefined
}

describe('zoneForAbbreviation', () => {
  it('maps printed abbreviations to IANA zones, ignoring case', () => {
    expect(zoneForAbbreviation('ET')).toBe(NY)
    expect(zoneForAbbreviation('edt')).toBe(NY)
    expect(zoneForAbbreviation('Est')).toBe(NY)
    expect(zoneForAbbreviation('CDT')).toBe('America/Chicago')
    expect(zoneForAbbreviation('MST')).toBe('America/Denver')
    expect(zoneForAbbreviation('PT')).toBe('America/Los_Angeles')
    expect(zoneForAbbreviation('GMT')).toBe('UTC')
    expect(zoneForAbbreviation('z')).toBe('UTC')
    expect(zoneForAbbreviation('UT')).toBe('UTC')
    expect(zoneForAbbreviation('BST')).toBe('Europe/London')
    expect(zoneForAbbreviation('HKT')).toBe('Asia/Hong_Kong')
    expect(zoneForAbbreviation('JST')).toBe('Asia/Tokyo')
    expect(zoneForAbbreviation('CEST')).toBe('Europe/Paris')
    expect(zoneForAbbreviation('AEDT')).toBe('Australia/Sydney')
    expect(zoneForAbbreviation('SGT')).toBe('Asia/Singapore')
  })

  it('maps the zones international pages print, IST as India', () => {
    expect(zoneForAbbreviation('IST')).toBe('Asia/Kolkata')
    expect(zoneForAbbreviation('AKT')).toBe('America/Anchorage')
    expect(zoneForAbbreviation('HT')).toBe('Pacific/Honolulu')
    expect(zoneForAbbreviation('EEST')).toBe('Europe/Athens')
    expect(zoneForAbbreviation('MSK')).toBe('Europe/Moscow')
    expect(zoneForAbbreviation('GST')).toBe('Asia/Dubai')
    expect(zoneForAbbreviation('PKT')).toBe('Asia/Karachi')
    expect(zoneForAbbreviation('KST')).toBe('Asia/Seoul')
    expect(zoneForAbbreviation('AWST')).toBe('Australia/Perth')
    expect(zoneForAbbreviation('NZDT')).toBe('Pacific/Auckland')
    expect(zoneForAbbreviation('EAT')).toBe('Africa/Nairobi')
    expect(zoneForAbbreviation('WAT')).toBe('Africa/Lagos')
    expect(zoneForAbbreviation('CAT')).toBe('Africa/Maputo')
    expect(zoneForAbbreviation('SAST')).toBe('Africa/Johannesburg')
    expect(zoneForAbbreviation('BRT')).toBe('America/Sao_Paulo')
    expect(zoneForAbbreviation('ART')).toBe('America/Argentina/Buenos_Aires')
  })

  it('knows nothing else, not even object keys', () => {
    expect(zoneForAbbreviation('XST')).toBeUndefined()
    expect(zoneForAbbreviation('')).toBeUndefined()
    expect(zoneForAbbreviation('constructor')).toBeUndefined()
    expect(zoneForAbbreviation('toString')).toBeUndefined()
  })
})

describe('toIsoInZone', () => {
  const at = (year: number, month: number, day: number, hour: number, minute: number) =>
    toIsoInZone({year, month, day, hour, minute}, NY)

  it('writes the zone offset, seconds and no milliseconds', () => {
    expect(at(2024, 2, 7, 20, 19)).toBe('2024-02-07T20:19:00-05:00')
    expect(toIsoInZone({year: 2024, month: 7, day: 17, hour: 9, minute: 5, second: 7}, NY)).toBe(
      '2024-07-17T09:05:07-04:00'
    )
    expect(toIsoInZone({year: 2024, month: 4, day: 8, hour: 4, minute: 27}, 'UTC')).toBe(
      '2024-04-08T04:27:00+00:00'
    )
    expect(
      toIsoInZone({year: 2024, month: 4, day: 8, hour: 12, minute: 27}, 'Asia/Hong_Kong')
    ).toBe('2024-04-08T12:27:00+08:00')
    expect(toIsoInZone({year: 2024, month: 1, day: 16, hour: 6, minute: 0}, 'Asia/Kolkata')).toBe(
      '2024-01-16T06:00:00+05:30'
    )
  })

  it('switches offset on both sides of the March 2024 change in New York', () => {
    expect(at(2024, 3, 10, 1, 59)).toBe('2024-03-10T01:59:00-05:00')
    expect(at(2024, 3, 10, 3, 0)).toBe('2024-03-10T03:00:00-04:00')
  })

  it('moves a time in the spring-forward gap forward by the gap', () => {
    // 2:30 a.m. on 2024-03-10 does not exist in New York.
    expect(at(2024, 3, 10, 2, 30)).toBe('2024-03-10T03:30:00-04:00')
    expect(at(2024, 3, 10, 2, 0)).toBe('2024-03-10T03:00:00-04:00')
  })

  it('switches offset on both sides of the November 2024 change, taking the earlier time in the overlap', () => {
    expect(at(2024, 11, 3, 0, 30)).toBe('2024-11-03T00:30:00-04:00')
    expect(at(2024, 11, 3, 1, 30)).toBe('2024-11-03T01:30:00-04:00')
    expect(at(2024, 11, 3, 2, 30)).toBe('2024-11-03T02:30:00-05:00')
  })

  it('handles the southern hemisphere and leap days', () => {
    expect(
      toIsoInZone({year: 2024, month: 1, day: 5, hour: 9, minute: 0}, 'Australia/Sydney')
    ).toBe('2024-01-05T09:00:00+11:00')
    expect(
      toIsoInZone({year: 2024, month: 7, day: 5, hour: 9, minute: 0}, 'Australia/Sydney')
    ).toBe('2024-07-05T09:00:00+10:00')
    expect(at(2024, 2, 29, 12, 0)).toBe('2024-02-29T12:00:00-05:00')
    expect(at(2000, 2, 29, 12, 0)).toBe('2000-02-29T12:00:00-05:00')
  })

  it('rejects dates and times that do not exist, and unknown zones', () => {
    expect(at(2024, 2, 30, 12, 0)).toBeUndefined()
    expect(at(2023, 2, 29, 12, 0)).toBeUndefined()
    expect(at(1900, 2, 29, 12, 0)).toBeUndefined()
    expect(at(2024, 4, 31, 12, 0)).toBeUndefined()
    expect(at(2024, 13, 1, 12, 0)).toBeUndefined()
    expect(at(2024, 0, 1, 12, 0)).toBeUndefined()
    expect(at(2024, 1, 1, 24, 0)).toBeUndefined()
    expect(at(2024, 1, 1, 12, 60)).toBeUndefined()
    expect(at(2024, 1, 1.5, 12, 0)).toBeUndefined()
    expect(at(Number.NaN, 1, 1, 12, 0)).toBeUndefined()
    expect(toIsoInZone({year: 2024, month: 1, day: 1, hour: 0, minute: 0}, 'Mars/Olympus')).toBe(
      undefined
    )
  })
})

describe('formatIso', () => {
  it('writes an instant with the offset of its zone at that instant', () => {
    const instant = new Date('2024-02-08T05:20:00.789Z')
    expect(formatIso(instant, NY)).toBe('2024-02-08T00:20:00-05:00')
    expect(formatIso(instant, 'UTC')).toBe('2024-02-08T05:20:00+00:00')
    expect(formatIso(instant, 'Asia/Tokyo')).toBe('2024-02-08T14:20:00+09:00')
    expect(formatIso(new Date('2024-11-03T05:30:00Z'), NY)).toBe('2024-11-03T01:30:00-04:00')
    expect(formatIso(new Date('2024-11-03T06:30:00Z'), NY)).toBe('2024-11-03T01:30:00-05:00')
  })

  it('throws a RangeError for an invalid date or zone, as toISOString does', () => {
    expect(() => formatIso(new Date(Number.NaN), NY)).toThrow(RangeError)
    expect(() => formatIso(new Date(), 'Mars/Olympus')).toThrow(RangeError)
  })
})

describe('parseClockTime', () => {
  const cases: Array<[string, string, string]> = [
    [
      '8:19 p.m. ET, February 7, 2024',
      '2024-02-07T20:19:00-05:00',
      '8:19 p.m. ET, February 7, 2024'
    ],
    [
      'Updated 12:20 a.m. ET, February 8, 2024',
      '2024-02-08T00:20:00-05:00',
      '12:20 a.m. ET, February 8, 2024'
    ],
    ['12:07 a.m. ET, March 10, 2024', '2024-03-10T00:07:00-05:00', '12:07 a.m. ET, March 10, 2024'],
    [
      '12:02 p.m. ET, October 20, 2024',
      '2024-10-20T12:02:00-04:00',
      '12:02 p.m. ET, October 20, 2024'
    ],
    ['6 a.m. ET, May 1, 2024', '2024-05-01T06:00:00-04:00', '6 a.m. ET, May 1, 2024'],
    ['9:15 AM ET, July 17, 2024', '2024-07-17T09:15:00-04:00', '9:15 AM ET, July 17, 2024'],
    ['8:19 pm ET Feb. 7, 2024', '2024-02-07T20:19:00-05:00', '8:19 pm ET Feb. 7, 2024'],
    ['7:45 a.m. ET, Sept. 3, 2024', '2024-09-03T07:45:00-04:00', '7:45 a.m. ET, Sept. 3, 2024'],
    [
      'Updated 0427 GMT (1227 HKT) April 8, 2024',
      '2024-04-08T04:27:00+00:00',
      '0427 GMT (1227 HKT) April 8, 2024'
    ],
    [
      'Updated less than 1 min ago6:53 a.m. ET, April 3, 2024',
      '2024-04-03T06:53:00-04:00',
      '6:53 a.m. ET, April 3, 2024'
    ],
    ['1:52 a.m. ET, March 10, 2024', '2024-03-10T01:52:00-05:00', '1:52 a.m. ET, March 10, 2024'],
    ['3:05 a.m. ET, March 10, 2024', '2024-03-10T03:05:00-04:00', '3:05 a.m. ET, March 10, 2024'],
    [
      '11:59 p.m. ET, February 29, 2024',
      '2024-02-29T23:59:00-05:00',
      '11:59 p.m. ET, February 29, 2024'
    ],
    ['4:10 p.m. PT, Jan 16, 2024', '2024-01-16T16:10:00-08:00', '4:10 p.m. PT, Jan 16, 2024'],
    ['2:15 p.m. BST, 8 August 2024', '2024-08-08T14:15:00+01:00', '2:15 p.m. BST, 8 August 2024'],
    ['16:30 UTC, Dec. 1, 2023', '2023-12-01T16:30:00+00:00', '16:30 UTC, Dec. 1, 2023'],
    [
      'Posted at 10 p.m. ET on Tuesday, Nov. 5, 2024',
      '2024-11-05T22:00:00-05:00',
      '10 p.m. ET on Tuesday, Nov. 5, 2024'
    ],
    ['July 18, 2024, 9:42 a.m. ET', '2024-07-18T09:42:00-04:00', 'July 18, 2024, 9:42 a.m. ET'],
    ['Aug. 14, 2023 at 5 p.m.', '2023-08-14T17:00:00-04:00', 'Aug. 14, 2023 at 5 p.m.']
  ]

  for (const [input, iso, text] of cases) {
    it(`reads \`${input}\``, () => {
      const found = parseClockTime(input)
      expect(found?.iso).toBe(iso)
      expect(matched(input, found)).toBe(text)
    })
  }

  it('uses options.timeZone when no abbreviation is printed', () => {
    expect(parseClockTime('9:30 p.m., March 10, 2024')?.iso).toBe('2024-03-10T21:30:00-04:00')
    expect(parseClockTime('9:30 p.m., March 10, 2024', {timeZone: 'Europe/Berlin'})?.iso).toBe(
      '2024-03-10T21:30:00+01:00'
    )
    // A printed abbreviation wins.
    expect(parseClockTime('9:30 p.m. JST, March 10, 2024', {timeZone: 'Europe/Berlin'})?.iso).toBe(
      '2024-03-10T21:30:00+09:00'
    )
  })

  it('finds nothing where there is no absolute time', () => {
    expect(parseClockTime('')).toBeUndefined()
    expect(parseClockTime('The race started at 7 a.m. sharp.')).toBeUndefined()
    expect(parseClockTime('February 7, 2024')).toBeUndefined()
    expect(parseClockTime('21 min ago')).toBeUndefined()
    expect(parseClockTime('She won in 1:38:04, a course record.')).toBeUndefined()
    expect(parseClockTime('13:05 p.m. ET, May 1, 2024')).toBeUndefined()
    expect(parseClockTime('0:30 a.m. ET, May 1, 2024')).toBeUndefined()
    expect(parseClockTime('8:19 p.m. ET, Februray 7, 2024')).toBeUndefined()
    expect(parseClockTime('8:19 p.m. ET, February 30, 2024')).toBeUndefined()
    expect(parseClockTime('8:19 p.m. XST, February 7, 2024')).toBeUndefined()
    expect(parseClockTime('1230 on February 7, 2024')).toBeUndefined()
    expect(parseClockTime('8:19 p.m., February 7, 2024', {timeZone: 'Nowhere/Else'})).toBe(
      undefined
    )
  })

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, {}, '\u0000', '9'.repeat(10_000)]) {
      expect(parseClockTime(value as unknown as string)).toBeUndefined()
    }
  })

  // Catastrophic backtracking would blow the timeout, not this assertion.
  it('stays linear on long adversarial lines', {timeout: 5000}, () => {
    const lines = [
      '1 a'.repeat(20_000),
      '12:'.repeat(20_000),
      '8:19 p.m. ET, '.repeat(5000),
      'February 7, '.repeat(5000),
      ' '.repeat(50_000) + 'x'
    ]
    expect(lines.map((line) => parseClockTime(line)?.iso)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})

describe('zone abbreviations', () => {
  // [printed, ISO]: each zone's offset on that date from the tz database.
  const cases: Array<[string, string]> = [
    ['11:40 a.m. IST, July 10, 2025', '2025-07-10T11:40:00+05:30'],
    ['9 a.m. CT, January 5, 2025', '2025-01-05T09:00:00-06:00'],
    ['9 a.m. CT, July 5, 2025', '2025-07-05T09:00:00-05:00'],
    ['9 a.m. MT, July 5, 2025', '2025-07-05T09:00:00-06:00'],
    ['9 a.m. PT, July 5, 2025', '2025-07-05T09:00:00-07:00'],
    ['9 a.m. AKT, January 5, 2025', '2025-01-05T09:00:00-09:00'],
    ['9 a.m. HT, July 5, 2025', '2025-07-05T09:00:00-10:00'],
    ['9 a.m. GMT, July 5, 2025', '2025-07-05T09:00:00+00:00'],
    ['9 a.m. CET, January 5, 2025', '2025-01-05T09:00:00+01:00'],
    ['9 a.m. CEST, July 5, 2025', '2025-07-05T09:00:00+02:00'],
    ['9 a.m. EET, January 5, 2025', '2025-01-05T09:00:00+02:00'],
    ['9 a.m. EEST, July 5, 2025', '2025-07-05T09:00:00+03:00'],
    ['9 a.m. MSK, July 5, 2025', '2025-07-05T09:00:00+03:00'],
    ['9 a.m. GST, July 5, 2025', '2025-07-05T09:00:00+04:00'],
    ['9 a.m. PKT, July 5, 2025', '2025-07-05T09:00:00+05:00'],
    ['9 a.m. HKT, July 5, 2025', '2025-07-05T09:00:00+08:00'],
    ['9 a.m. SGT, July 5, 2025', '2025-07-05T09:00:00+08:00'],
    ['9 a.m. KST, July 5, 2025', '2025-07-05T09:00:00+09:00'],
    ['9 a.m. AEST, July 5, 2025', '2025-07-05T09:00:00+10:00'],
    ['9 a.m. AEDT, January 5, 2025', '2025-01-05T09:00:00+11:00'],
    ['9 a.m. AWST, January 5, 2025', '2025-01-05T09:00:00+08:00'],
    ['9 a.m. NZDT, January 5, 2025', '2025-01-05T09:00:00+13:00'],
    ['9 a.m. NZST, July 5, 2025', '2025-07-05T09:00:00+12:00'],
    ['9 a.m. EAT, July 5, 2025', '2025-07-05T09:00:00+03:00'],
    ['9 a.m. WAT, July 5, 2025', '2025-07-05T09:00:00+01:00'],
    ['9 a.m. CAT, July 5, 2025', '2025-07-05T09:00:00+02:00'],
    ['9 a.m. SAST, July 5, 2025', '2025-07-05T09:00:00+02:00'],
    ['9 a.m. BRT, July 5, 2025', '2025-07-05T09:00:00-03:00'],
    ['9 a.m. ART, July 5, 2025', '2025-07-05T09:00:00-03:00'],
    // A generic abbreviation follows daylight time in both hemispheres.
    ['9 a.m. AET, January 5, 2025', '2025-01-05T09:00:00+11:00'],
    ['9 a.m. AET, July 5, 2025', '2025-07-05T09:00:00+10:00'],
    // A specific one keeps the offset printed, even on the other side of a change.
    ['1:30 a.m. EST, November 3, 2024', '2024-11-03T01:30:00-05:00'],
    ['1:30 a.m. EDT, November 3, 2024', '2024-11-03T01:30:00-04:00'],
    ['1:30 a.m. ET, November 3, 2024', '2024-11-03T01:30:00-04:00'],
    ['9 a.m. MST, July 5, 2025', '2025-07-05T09:00:00-07:00'],
    ['9 a.m. BST, March 1, 2025', '2025-03-01T09:00:00+01:00']
  ]
  for (const [input, iso] of cases) {
    it(`reads \`${input}\``, () => {
      expect(parseClockTime(input)?.iso).toBe(iso)
    })
  }

  it('finds a time with an unknown abbreviation, without an ISO time', () => {
    const input = 'Updated 11:40 a.m. XST, July 10, 2025'
    const found = findClockTime(input)
    expect(found).toEqual({start: 8, end: input.length, abbreviation: 'XST', knownZone: false})
    expect(parseClockTime(input)).toBeUndefined()
    expect(findClockTime('11:40 a.m. IST, July 10, 2025')).toMatchObject({
      iso: '2025-07-10T11:40:00+05:30',
      abbreviation: 'IST',
      knownZone: true
    })
    // English words are no zone.
    expect(findClockTime('1230 ON February 7, 2024')).toBeUndefined()
  })

  it('finds a time whose date or hour cannot exist, marked `impossible`, without an ISO time', () => {
    expect(findClockTime('11:40 a.m. XST, February 30, 2025')).toEqual({
      start: 0,
      end: 33,
      abbreviation: 'XST',
      knownZone: false,
      impossible: 'date'
    })
    expect(findClockTime('8:19 p.m. ET, February 29, 2023')).toMatchObject({impossible: 'date'})
    expect(findClockTime('8:19 p.m. ET, February 29, 2024')?.iso).toBe('2024-02-29T20:19:00-05:00')
    expect(findClockTime('13:40 a.m. ET, February 7, 2024')).toEqual({
      start: 0,
      end: 31,
      abbreviation: 'ET',
      knownZone: true,
      impossible: 'hour'
    })
    expect(parseClockTime('13:40 a.m. ET, February 7, 2024')).toBeUndefined()
    // A possible time in the same line wins.
    expect(findClockTime('13:40 a.m. or 1:40 p.m. ET, February 7, 2024')?.iso).toBe(
      '2024-02-07T13:40:00-05:00'
    )
  })
})

describe('findRelativeTime and parseRelativeTime', () => {
  const now = '2024-03-10T11:00:00Z' // 7:00 a.m. EDT
  const cases: Array<[string, number, string]> = [
    ['21 min ago', 21 * 60, '21 min ago'],
    ['1 hr 5 min ago', 3900, '1 hr 5 min ago'],
    ['17 hr 44 min ago', 17 * 3600 + 44 * 60, '17 hr 44 min ago'],
    ['2 hrs ago', 7200, '2 hrs ago'],
    ['Updated less than 1 min ago', 0, 'less than 1 min ago'],
    ['3 days ago', 3 * 86_400, '3 days ago'],
    ['1 day 2 hr ago', 86_400 + 7200, '1 day 2 hr ago'],
    ['Just now', 0, 'Just now'],
    ['5 mins ago', 300, '5 mins ago'],
    ['45 sec ago', 45, '45 sec ago'],
    ['Updated 2 hours, 10 minutes ago', 2 * 3600 + 600, '2 hours, 10 minutes ago'],
    ['Updated less than 1 min ago6:53 a.m. ET, April 3, 2024', 0, 'less than 1 min ago']
  ]

  for (const [input, seconds, text] of cases) {
    it(`reads \`${input}\``, () => {
      const found = findRelativeTime(input)
      expect(found?.seconds).toBe(seconds)
      expect(matched(input, found)).toBe(text)
    })
  }

  it('resolves against now, across a DST change', () => {
    expect(parseRelativeTime('21 min ago', {now})?.iso).toBe('2024-03-10T06:39:00-04:00')
    // 17 hours back from 7:00 EDT is before the switch: 13:00 EST the day before.
    expect(parseRelativeTime('17 hr 44 min ago', {now})?.iso).toBe('2024-03-09T12:16:00-05:00')
    expect(parseRelativeTime('Just now', {now: new Date(now)})?.iso).toBe(
      '2024-03-10T07:00:00-04:00'
    )
    expect(parseRelativeTime('2 hrs ago', {now, timeZone: 'UTC'})).toEqual({
      iso: '2024-03-10T09:00:00+00:00',
      start: 0,
      end: 9
    })
  })

  it('finds nothing in lines without a relative time, and never throws', () => {
    expect(findRelativeTime('The storm moved east 3 days later.')).toBeUndefined()
    expect(findRelativeTime('2 hrs')).toBeUndefined()
    expect(findRelativeTime('agony 5 min agog')).toBeUndefined()
    expect(findRelativeTime('just nowhere')).toBeUndefined()
    expect(findRelativeTime(null as unknown as string)).toBeUndefined()
    expect(parseRelativeTime('21 min ago', {now: 'not a date'})).toBeUndefined()
    expect(parseRelativeTime('21 min ago', {now, timeZone: 'Nowhere/Else'})).toBeUndefined()
    expect(parseRelativeTime('no time here', {now})).toBeUndefined()
  })
})

describe('parseDuration', () => {
  it('turns printed clock durations into ISO 8601 durations', () => {
    expect(parseDuration('03:16')).toBe('PT3M16S')
    expect(parseDuration('1:02:03')).toBe('PT1H2M3S')
    expect(parseDuration('00:45')).toBe('PT45S')
    expect(parseDuration('10:00')).toBe('PT10M')
    expect(parseDuration('0:00')).toBe('PT0S')
    expect(parseDuration(' 2:47 ')).toBe('PT2M47S')
    expect(parseDuration('2:00:00')).toBe('PT2H')
  })

  it('rejects anything else', () => {
    expect(parseDuration('03:60')).toBeUndefined()
    expect(parseDuration('1:60:00')).toBeUndefined()
    expect(parseDuration('3:1')).toBeUndefined()
    expect(parseDuration('03:16 - Source: CNN')).toBeUndefined()
    expect(parseDuration('')).toBeUndefined()
    expect(parseDuration('PT3M')).toBeUndefined()
    expect(parseDuration(undefined as unknown as string)).toBeUndefined()
  })
})

describe('isIsoDateTime and isIsoDuration', () => {
  it('accept date-times with seconds and an offset or Z', () => {
    expect(isIsoDateTime('2024-02-07T20:19:00-05:00')).toBe(true)
    expect(isIsoDateTime('2024-02-07T20:19:00Z')).toBe(true)
    expect(isIsoDateTime('2024-02-07T20:19:00.250+05:30')).toBe(true)
    expect(isIsoDateTime('2024-02-29T00:00:00Z')).toBe(true)
  })

  it('reject dates, local times and impossible values', () => {
    expect(isIsoDateTime('2024-02-07')).toBe(false)
    expect(isIsoDateTime('2024-02-07T20:19:00')).toBe(false)
    expect(isIsoDateTime('2024-02-07T20:19-05:00')).toBe(false)
    expect(isIsoDateTime('2024-02-07 20:19:00Z')).toBe(false)
    expect(isIsoDateTime('2023-02-29T00:00:00Z')).toBe(false)
    expect(isIsoDateTime('2024-13-01T00:00:00Z')).toBe(false)
    expect(isIsoDateTime('2024-02-07T24:00:00Z')).toBe(false)
    expect(isIsoDateTime('Feb 7')).toBe(false)
    expect(isIsoDateTime(7 as unknown as string)).toBe(false)
  })

  it('accept ISO 8601 durations and nothing else', () => {
    for (const value of ['PT3M16S', 'PT0S', 'P1D', 'P2W', 'P1Y2M3DT4H5M6S', 'PT1H']) {
      expect(isIsoDuration(value)).toBe(true)
    }
    for (const value of ['P', 'PT', '03:16', 'PT3M16', 'P1W2D', 'pt3m', '']) {
      expect(isIsoDuration(value)).toBe(false)
    }
  })
})
