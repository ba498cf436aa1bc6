import { fold } from '../src/api/filter/evaluate'

/** Whether the search box's `text` finds this name, as the app reads it: any case, accents aside ("chloe" finds "Chloé"). */
export const nameHas = (name: string | null | undefined, text: string): boolean => fold(name ?? '').includes(fold(text))
