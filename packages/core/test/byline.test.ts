import {parseByline} from '@liveblog/core'
import {describe, expect, it} from 'vitest'

const cnn = (name: string, location?: string) =>
  location ? {name, affiliation: 'CNN', location} : {name, affiliation: 'CNN'}

describe('parseByline', () => {
  it.each([
    ['From CNN staff', [{name: 'CNN staff', affiliation: 'CNN'}]],
    ["From CNN's Dana Whitlock", [cnn('Dana Whitlock')]],
    ['From CNN’s Dana Whitlock', [cnn('Dana Whitlock')]],
    [
      "From CNN's Ravi Deshmukh, Alma Fierro, Jonah Whitcombe and Sunniva Dahl",
      [cnn('Ravi Deshmukh'), cnn('Alma Fierro'), cnn('Jonah Whitcombe'), cnn('Sunniva Dahl')]
    ],
    [
      "From CNN's Ana Cruz, Wen Liu, and Hana Kim",
      [cnn('Ana Cruz'), cnn('Wen Liu'), cnn('Hana Kim')]
    ],
    [
      "From CNN's Oren Vale in Lennox Point and Maya Stone in Carrow",
      [cnn('Oren Vale', 'Lennox Point'), cnn('Maya Stone', 'Carrow')]
    ],
    [
      'From Elin Haraldsen and CNN’s Jonah Whitcombe',
      [{name: 'Elin Haraldsen'}, cnn('Jonah Whitcombe')]
    ],
    ["From CNN's Mira Castell in Velm, Ostravia", [cnn('Mira Castell', 'Velm, Ostravia')]],
    [
      "From CNN's Marcus Oyelaran in North Vessing, Kessel Valley",
      [cnn('Marcus Oyelaran', 'North Vessing, Kessel Valley')]
    ],
    [
      "From CNN's Saga Nyberg and Elias Brandvold in Brisk Harbor",
      [cnn('Saga Nyberg'), cnn('Elias Brandvold', 'Brisk Harbor')]
    ],
    [
      "From CNN's Wen Liu in Abu Dhabi, UAE, and Tomas Reyes in Cairo",
      [cnn('Wen Liu', 'Abu Dhabi, UAE'), cnn('Tomas Reyes', 'Cairo')]
    ],
    [
      'From journalist Noa Peretz in Port Selden, Westshire',
      [{name: 'Noa Peretz', role: 'journalist', location: 'Port Selden, Westshire'}]
    ],
    ["From CNN's Decision Desk and Priya Holm", [cnn('Decision Desk'), cnn('Priya Holm')]],
    ["From CNN's Ana Cruz and Reuters", [cnn('Ana Cruz'), {name: 'Reuters'}]],
    ['From the Associated Press', [{name: 'Associated Press'}]],
    ["From Example News' Lena Osei", [{name: 'Lena Osei', affiliation: 'Example News'}]],
    [
      'By Mira Castell, Joel Advani and Priya Holm, CNN',
      [cnn('Mira Castell'), cnn('Joel Advani'), cnn('Priya Holm')]
    ],
    ['By Nadia Ferris, CNN', [cnn('Nadia Ferris')]],
    [
      'From Mohammed al-Rashid and Jae-won Park',
      [{name: 'Mohammed al-Rashid'}, {name: 'Jae-won Park'}]
    ]
  ])('%s', (byline, authors) => {
    expect(parseByline(byline)?.authors).toEqual(authors)
  })

  it.each([
    'By 5 p.m. local time, 52% of registered voters had cast a ballot.',
    'From the start, officials said the count would be slow.',
    'From there, the lava moved east',
    'Byline',
    'From',
    'From CNN’s',
    `From ${'A'.repeat(500)}`
  ])('refuses %s', (text) => {
    expect(parseByline(text)).toBeUndefined()
  })

  it('keeps the lead word', () => {
    expect(parseByline('By Nadia Ferris, CNN')?.lead).toBe('By')
    expect(parseByline('From CNN staff')?.lead).toBe('From')
  })
})
