import { confirmPhraseProblem, hasHiddenCharacters, hasTypographicMarks, matchesConfirmPhrase, normalizeConfirmText } from './confirm-phrase'

// Written as escapes: most of these characters look alike, which is the point.
const DASHES = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']
const SINGLE_QUOTES = ['\u2018', '\u2019', '\u201A', '\u201B']
const DOUBLE_QUOTES = ['\u201C', '\u201D', '\u201E', '\u201F']

describe('what a typed confirmation accepts', () => {
  it('accepts the name exactly', () => {
    expect(matchesConfirmPhrase('CI deploys', 'CI deploys')).toBe(true)
  })

  it('ignores whitespace around the typed text and around the name, at both ends', () => {
    expect(matchesConfirmPhrase('  CI deploys\t', 'CI deploys')).toBe(true)
    expect(matchesConfirmPhrase('CI deploys', ' CI deploys ')).toBe(true)
    expect(matchesConfirmPhrase('\u00A0CI deploys\n', 'CI deploys')).toBe(true)
  })

  it.each(DASHES.map((dash) => [dash.codePointAt(0)?.toString(16).toUpperCase(), dash]))('takes "-" for U+%s, and the dash itself, on either side', (_, dash) => {
    expect(matchesConfirmPhrase('Ana Lima - Local dev', `Ana Lima ${dash} Local dev`)).toBe(true)
    expect(matchesConfirmPhrase(`Ana Lima ${dash} Local dev`, `Ana Lima ${dash} Local dev`)).toBe(true)
    expect(matchesConfirmPhrase(`Ana Lima ${dash} Local dev`, 'Ana Lima - Local dev')).toBe(true)
  })

  it.each(SINGLE_QUOTES.map((quote) => [quote.codePointAt(0)?.toString(16).toUpperCase(), quote]))("takes ' for U+%s", (_, quote) => {
    expect(matchesConfirmPhrase("Daniel O'Connor", `Daniel O${quote}Connor`)).toBe(true)
    expect(matchesConfirmPhrase(`Daniel O${quote}Connor`, `Daniel O${quote}Connor`)).toBe(true)
  })

  it.each(DOUBLE_QUOTES.map((quote) => [quote.codePointAt(0)?.toString(16).toUpperCase(), quote]))('takes " for U+%s', (_, quote) => {
    expect(matchesConfirmPhrase('The "blue" bot', `The ${quote}blue${quote} bot`)).toBe(true)
  })

  it('takes a name with em dash and curly quotes typed on an ordinary keyboard', () => {
    expect(matchesConfirmPhrase('  "Nightly" export - O\'Neil\'s  ', '\u201CNightly\u201D export \u2014 O\u2019Neil\u2019s')).toBe(true)
  })

  it('compares canonically equal text as the same text (NFC on both sides)', () => {
    const composed = 'Caf\u00E9 \uD55C' // é and the Hangul syllable 한 as one code point each
    const decomposed = 'Cafe\u0301 \u1112\u1161\u11AB'
    expect(matchesConfirmPhrase(decomposed, composed)).toBe(true)
    expect(matchesConfirmPhrase(composed, decomposed)).toBe(true)
    // Two accents in either order on the same letter are canonically equal too.
    expect(matchesConfirmPhrase('a\u0323\u0301', 'a\u0301\u0323')).toBe(true)
  })

  it('accepts a name that is only dashes, typed with hyphens, but not with one too few or too many', () => {
    expect(matchesConfirmPhrase('--', '\u2014\u2014')).toBe(true)
    expect(matchesConfirmPhrase('\u2014-', '\u2014\u2014')).toBe(true)
    expect(matchesConfirmPhrase('-', '\u2014\u2014')).toBe(false)
    expect(matchesConfirmPhrase('---', '\u2014\u2014')).toBe(false)
  })

  it('matches names in other scripts exactly', () => {
    expect(matchesConfirmPhrase('مفتاح الإنتاج الرئيسي', 'مفتاح الإنتاج الرئيسي')).toBe(true)
    expect(matchesConfirmPhrase('מפתח ראשי', 'מפתח ראשי')).toBe(true)
    expect(matchesConfirmPhrase('本番キー（東京）', '本番キー（東京）')).toBe(true)
    expect(matchesConfirmPhrase('🚀 Launch bot 🤖', '🚀 Launch bot 🤖')).toBe(true)
    expect(matchesConfirmPhrase('Ключ — прод', 'Ключ - прод')).toBe(true)
  })
})

describe('a name with hidden characters (bidi controls, zero-width ones, controls)', () => {
  const spoofed = 'Billing \u202Ekrow-ecnanif\u202C sync' // shown as "Billing ⟨U+202E⟩krow-ecnanif⟨U+202C⟩ sync"

  it('is confirmed by typing what the dialog shows without them, and by the name itself', () => {
    expect(matchesConfirmPhrase('Billing krow-ecnanif sync', spoofed)).toBe(true)
    expect(matchesConfirmPhrase(spoofed, spoofed)).toBe(true)
    expect(matchesConfirmPhrase('gnp.exe🙂', '\u202Egnp.exe\u200B🙂')).toBe(true)
    expect(matchesConfirmPhrase('Nightly job', 'Nightly\0 job')).toBe(true)
    expect(matchesConfirmPhrase('\u200Fמפתח ראשי', 'מפתח ראשי')).toBe(true)
  })

  it('is confirmed by the shown form, marks and all, as copied from the dialog', () => {
    expect(matchesConfirmPhrase('Billing ⟨U+202E⟩krow-ecnanif⟨U+202C⟩ sync', spoofed)).toBe(true)
    expect(matchesConfirmPhrase('⟨U+202E⟩ sync', ' sync')).toBe(false)
  })

  it('is not confirmed by what the override made it look like, and keeps every other rule', () => {
    expect(matchesConfirmPhrase('Billing finance-work sync', spoofed)).toBe(false)
    expect(matchesConfirmPhrase('billing krow-ecnanif sync', spoofed)).toBe(false)
    expect(matchesConfirmPhrase('Billing krow\u2014ecnanif sync', spoofed)).toBe(true)
    expect(confirmPhraseProblem('Billing finance-work sync', spoofed, 'name', false)).toBe("That is not the key’s name.")
    expect(confirmPhraseProblem('billing krow', spoofed, 'name', false)).toBe("That is not the key’s name: capitals and small letters must match.")
    expect(confirmPhraseProblem('Billing krow', spoofed, 'name', true)).toBe("Type all of the key’s name.")
    expect(confirmPhraseProblem('Billing ⟨U+20', spoofed, 'name', false)).toBeNull()
  })

  it('confirms nothing when nothing else is left', () => {
    expect(matchesConfirmPhrase('', '\u200B\u202E')).toBe(false)
  })

  it('says when a phrase holds them, and not that it holds typographic marks', () => {
    expect(hasHiddenCharacters(spoofed)).toBe(true)
    expect(hasHiddenCharacters('👩🏽\u200D💻 dev')).toBe(false)
    expect(hasTypographicMarks(spoofed)).toBe(false)
  })
})

describe('what it refuses: nothing looser', () => {
  it('minds case, in every script that has it', () => {
    expect(matchesConfirmPhrase('ci deploys', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('CI DEPLOYS', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('ключ', 'Ключ')).toBe(false)
    expect(matchesConfirmPhrase('istanbul', 'İstanbul')).toBe(false)
  })

  it('reads a newline, a tab or a run of spaces in the name as the one space the dialog shows', () => {
    for (const name of ['CI\ndeploys', 'CI\tdeploys', 'CI   deploys', 'CI \r\n deploys']) {
      expect(matchesConfirmPhrase('CI deploys', name)).toBe(true)
    }
    expect(matchesConfirmPhrase('CI  deploys', 'CI deploys')).toBe(true)
    expect(matchesConfirmPhrase('CI deploys', 'CI\n\ndeploys')).toBe(true)
  })

  it('minds missing spaces, and which space it is', () => {
    expect(matchesConfirmPhrase('CIdeploys', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('CIdeploys', 'CI\ndeploys')).toBe(false)
    expect(matchesConfirmPhrase('CI deploys', 'CI\u00A0deploys')).toBe(false)
    // A zero-width space is no space: the dialog marks it, and it is left out on both sides.
    expect(matchesConfirmPhrase('CI\u200Bdeploys', 'CI deploys')).toBe(false)
  })

  it('refuses look-alike letters of other scripts', () => {
    // Cyrillic С, І, е and о; Greek Ο.
    expect(matchesConfirmPhrase('\u0421I deploys', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('C\u0406 deploys', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('CI d\u0435pl\u043Eys', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('\u039F\u2019Neil', 'O\u2019Neil')).toBe(false)
  })

  it('does not fold compatibility forms (no NFKC): fullwidth, half-width, ligatures, superscripts', () => {
    expect(matchesConfirmPhrase('ＣＩ deploys', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('ﾎﾝﾊﾞﾝ', 'ホンバン')).toBe(false)
    expect(matchesConfirmPhrase('ﬁle sync', 'file sync')).toBe(false)
    expect(matchesConfirmPhrase('Key2', 'Key²')).toBe(false)
  })

  it('minds accents: a missing, extra or different one is a different name', () => {
    expect(matchesConfirmPhrase('Cafe', 'Café')).toBe(false)
    expect(matchesConfirmPhrase('Café', 'Cafe')).toBe(false)
    expect(matchesConfirmPhrase('Cafè', 'Café')).toBe(false)
    expect(matchesConfirmPhrase('Zeynep Yilmaz', 'Zeynep Yılmaz')).toBe(false)
  })

  it('minds right-to-left names letter by letter', () => {
    expect(matchesConfirmPhrase('مفتاح الانتاج الرئيسي', 'مفتاح الإنتاج الرئيسي')).toBe(false)
    expect(matchesConfirmPhrase('מפתחראשי', 'מפתח ראשי')).toBe(false)
    expect(matchesConfirmPhrase('מפתח ראשי', 'מַפְתֵּחַ ראשי')).toBe(false)
  })

  it('minds CJK and emoji exactly, variation selectors and skin tones included', () => {
    expect(matchesConfirmPhrase('本番キ', '本番キー')).toBe(false)
    expect(matchesConfirmPhrase('本番キ-', '本番キー')).toBe(false)
    expect(matchesConfirmPhrase('Launch bot', '🚀 Launch bot 🤖')).toBe(false)
    expect(matchesConfirmPhrase('\u2764 bot', '\u2764\uFE0F bot')).toBe(false)
    expect(matchesConfirmPhrase('👍 ok', '👍🏽 ok')).toBe(false)
  })

  it('maps only the listed dashes and quotes; other punctuation must match exactly', () => {
    const unlisted: [typed: string, phrase: string][] = [
      ['a-b', 'a_b'],
      ['a-b', 'a\u2E3Ab'], // two-em dash
      ['a-b', 'a\u2043b'], // hyphen bullet
      ['a-b', 'a\u02D7b'], // modifier letter minus
      ['a-b', 'a~b'],
      ["O'Neil", 'O`Neil'],
      ["O'Neil", 'O\u00B4Neil'], // acute accent
      ["O'Neil", 'O\u2032Neil'], // prime
      ['"blue"', '\u00ABblue\u00BB'],
      ['"blue"', '\uFF02blue\uFF02'], // fullwidth quotation mark
      ['"blue"', "'blue'"],
      ["'blue'", '"blue"'],
    ]
    for (const [typed, phrase] of unlisted) expect(matchesConfirmPhrase(typed, phrase), `${typed} for ${phrase}`).toBe(false)
  })

  it('refuses an empty or partial answer, and a blank phrase confirms nothing', () => {
    expect(matchesConfirmPhrase('', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('CI deploy', 'CI deploys')).toBe(false)
    expect(matchesConfirmPhrase('', '')).toBe(false)
    expect(matchesConfirmPhrase('  ', ' ')).toBe(false)
  })
})

describe('the helpers', () => {
  it('normalises to what is compared', () => {
    expect(normalizeConfirmText(' \u201CA\u201D \u2014 B\u2019s ')).toBe('"A" - B\'s')
  })

  it('says when a phrase holds a dash or curly quote that may be typed plainly', () => {
    expect(hasTypographicMarks('Ana Lima \u2014 Local dev')).toBe(true)
    expect(hasTypographicMarks('O\u2019Neil')).toBe(true)
    expect(hasTypographicMarks('CI-deploys "main"')).toBe(false)
    expect(hasTypographicMarks('Cafe\u0301')).toBe(false)
  })
})

describe('what the field says about what is typed', () => {
  it('says nothing while it may still become the phrase, until the user tries to confirm', () => {
    for (const typed of ['', '  ', 'CI', 'CI dep', 'CI deploys ']) expect(confirmPhraseProblem(typed, 'CI deploys', 'name', false)).toBeNull()
    expect(confirmPhraseProblem('', 'CI deploys', 'name', true)).toBe("Type the key’s name to confirm.")
    expect(confirmPhraseProblem('CI dep', 'CI deploys', 'name', true)).toBe("Type all of the key’s name.")
    expect(confirmPhraseProblem(' 1', '12', 'count', true, 'revoke')).toBe('Type all of the number of keys to revoke.')
  })

  it('says nothing once it matches, tried or not', () => {
    expect(confirmPhraseProblem(' "Blue" bot - x', '“Blue” bot — x', 'name', true)).toBeNull()
    expect(confirmPhraseProblem('12', '12', 'count', false)).toBeNull()
  })

  it('says at once when it can no longer become the phrase', () => {
    expect(confirmPhraseProblem('CI deployz', 'CI deploys', 'name', false)).toBe("That is not the key’s name.")
    expect(confirmPhraseProblem('CI deployss', 'CI deploys', 'name', false)).toBe("That is not the key’s name.")
    expect(confirmPhraseProblem('13', '12', 'count', false, 'delete')).toBe('That is not the number of keys to delete: type 12.')
    // A key with no name is confirmed by its ID, and told so.
    expect(confirmPhraseProblem('01jvs', '01JVSQR6J', 'id', false)).toBe('That is not the key’s ID: capitals and small letters must match.')
    expect(confirmPhraseProblem('01JV', '01JVSQR6J', 'id', true)).toBe('Type all of the key’s ID.')
    expect(confirmPhraseProblem('', '01JVSQR6J', 'id', true)).toBe('Type the key’s ID to confirm.')
  })

  it('names a difference of case only, whole or as the start', () => {
    expect(confirmPhraseProblem('ci deploys', 'CI deploys', 'name', false)).toBe("That is not the key’s name: capitals and small letters must match.")
    expect(confirmPhraseProblem('ci d', 'CI deploys', 'name', false)).toBe("That is not the key’s name: capitals and small letters must match.")
  })
})
