import { findHiddenCharacters } from './find-hidden-characters'
import { removeHiddenCharacters, showHiddenCharacters, withoutInvisibleCharacters } from './hidden-characters'

// Written as escapes: these characters cannot be seen, which is the point.
const SPOOFED = 'Billing \u202Ekrow-ecnanif\u202C sync' // reads "Billing finance-work sync"
const LOOK_ALIKE = '\u202Egnp.exe\u200B🙂' // reads "exe.png🙂"

describe('a name as it is shown', () => {
  it('returns a name without hidden characters as it is, the very string', () => {
    for (const name of ['CI deploys', 'Ana Lima — Local dev', '<img src=x onerror=alert(1)>', 'Billing, "legacy"\nexport job', 'Café ☕']) {
      expect(showHiddenCharacters(name)).toBe(name)
    }
  })

  it('marks bidi overrides and zero-width characters, so nothing is reordered or hidden', () => {
    expect(showHiddenCharacters(SPOOFED)).toBe('Billing ⟨U+202E⟩krow-ecnanif⟨U+202C⟩ sync')
    expect(showHiddenCharacters(LOOK_ALIKE)).toBe('⟨U+202E⟩gnp.exe⟨U+200B⟩🙂')
  })

  it('marks every bidi control, the other invisible format characters and control characters', () => {
    const marked = ['\u061C', '\u200B', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\0', '\u0007', '\u001B', '\u007F', '\u0085']
    for (const char of marked) {
      const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
      expect(showHiddenCharacters(`a${char}b`)).toBe(`a⟨${code}⟩b`)
    }
  })

  it('marks a joiner or non-joiner between Latin letters', () => {
    expect(showHiddenCharacters('pro\u200Dd')).toBe('pro⟨U+200D⟩d')
    expect(showHiddenCharacters('pro\u200Cd')).toBe('pro⟨U+200C⟩d')
  })

  it('keeps the joiners of emoji sequences, skin tones and flags', () => {
    for (const name of ['👨\u200D👩\u200D👧 family', '👩🏽\u200D💻 dev', '🏳\uFE0F\u200D⚧\uFE0F', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} team']) {
      expect(showHiddenCharacters(name)).toBe(name)
    }
  })

  it('keeps right-to-left text, and the joiners Persian and Devanagari shape with', () => {
    for (const name of ['مفتاح الإنتاج الرئيسي', 'מפתח ראשי', 'می\u200Cخواهم', 'क्\u200Dष']) expect(showHiddenCharacters(name)).toBe(name)
    expect(showHiddenCharacters('مفتاح\u202Eالإنتاج')).toBe('مفتاح⟨U+202E⟩الإنتاج')
  })
})

describe('finding them', () => {
  it('names each one, where it is in characters from 1, and whether it is a control character', () => {
    expect(findHiddenCharacters(SPOOFED)).toEqual([
      { code: 'U+202E', name: 'right-to-left override', position: 9, control: false },
      { code: 'U+202C', name: 'pop directional formatting', position: 22, control: false },
    ])
    // The emoji before it are one character each (code points), not two.
    expect(findHiddenCharacters('🔑🔑\0')).toEqual([{ code: 'U+0000', name: 'null', position: 3, control: true }])
    expect(findHiddenCharacters('👩🏽\u200D💻 dev')).toEqual([])
  })
})

describe('removing them', () => {
  it('drops what is marked and keeps the joiners that belong', () => {
    expect(removeHiddenCharacters(SPOOFED)).toBe('Billing krow-ecnanif sync')
    expect(removeHiddenCharacters('👨\u200D👩\u200D👧\u200B team')).toBe('👨\u200D👩\u200D👧 team')
  })

  it('drops every one, joiners too, for text compared with what is typed', () => {
    expect(withoutInvisibleCharacters(LOOK_ALIKE)).toBe('gnp.exe🙂')
    expect(withoutInvisibleCharacters('👨\u200D👩 te\0am')).toBe('👨👩 team')
    expect(withoutInvisibleCharacters('CI deploys')).toBe('CI deploys')
  })
})
