import { maskedTail, searchedKeyEnd, shortMaskedKey } from './masked-key'

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
