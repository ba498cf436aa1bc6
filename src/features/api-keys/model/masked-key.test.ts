import { maskedTail, searchedKeyEnd, shortMaskedKey, withoutWholeSecret } from './masked-key'

describe('maskedTail', () => {
  it.each([
    ['****-****-****-o5p6', 'o5p6'],
    ['coval_sk_prod_****o5p6', 'o5p6'],
    ['••••••o5p6', 'o5p6'],
    ['coval_sk_…o5p6', 'o5p6'],
  ])('reads %s', (masked, tail) => expect(maskedTail(masked)).toBe(tail))

  it('finds no end where nothing is masked, or nothing shows', () => {
    expect(maskedTail('o5p6')).toBeNull()
    expect(maskedTail('****-****')).toBeNull()
  })

  it('shortens for the table, and shows an unknown shape whole', () => {
    expect(shortMaskedKey('****-****-****-o5p6')).toBe('…o5p6')
    expect(shortMaskedKey('whatever')).toBe('whatever')
  })
})

describe('searchedKeyEnd', () => {
  it.each([
    ['o5p6', 'o5p6'],
    [' …o5p6 ', 'o5p6'],
    ['****-****-****-o5p6', 'o5p6'],
    ['-o5p6', 'o5p6'],
    ['coval_sk_prod_ABCDEFGHabcdefgh12345678ABCDo5p6', 'o5p6'],
  ])('reads %j as the key end %j', (term, end) => expect(searchedKeyEnd(term)).toBe(end))

  it.each(['o5p', 'CI deploys', 'o5-p6', '', '****'])('does not read %j as a key end', (term) => expect(searchedKeyEnd(term)).toBeNull())
})

describe('withoutWholeSecret', () => {
  it('keeps only the last four characters of a whole secret pasted into the search', () => {
    expect(withoutWholeSecret('coval_sk_prod_gWn6hawZT1lhLw9D5ADZZWgtKGF3q57V')).toBe('…q57V')
    expect(withoutWholeSecret('  coval_sk_prod_gWn6hawZT1lhLw9D5ADZZWgtKGF3q57V ')).toBe('…q57V')
  })

  it('finds the secret inside what it was copied with: quotes, a .env line, a header', () => {
    for (const term of ['"coval_sk_prod_gWn6hawZT1lhLw9D5ADZZWgtKGF3q57V"', 'COVAL_API_KEY=coval_sk_prod_gWn6hawZT1lhLw9D5ADZZWgtKGF3q57V', 'x-api-key: coval_sk_prod_gWn6hawZT1lhLw9D5ADZZWgtKGF3q57V\n']) {
      expect(withoutWholeSecret(term)).toBe('…q57V')
    }
  })

  it('leaves anything else as typed, a name that starts like a secret too', () => {
    for (const term of ['grafana', 'coval_sk_legacy', '…q57V', 'q57V', '', ' ci bot ']) expect(withoutWholeSecret(term)).toBe(term)
  })
})
