// The tests' own reading of a name search, written without the app's code: any case, and accents
// aside ("chloe" finds "Chloé", "yilmaz" finds "Yılmaz", "bjorn" finds "Bjørn").
const PLAIN: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' }
const plain = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıłøđßæœ]/g, (letter) => PLAIN[letter] ?? letter)

/** Whether the search box's `text` finds this name. */
export const nameHas = (name: string | null | undefined, text: string): boolean => plain(name ?? '').includes(plain(text))
