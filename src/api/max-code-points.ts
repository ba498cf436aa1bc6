import * as z from 'zod/mini'
import { codePointLength, tooLongMessage } from './text-length'

/** A zod check, for forms, that refuses text longer than `max` code points, saying by how much. */
export function maxCodePoints(max: number) {
  return z.superRefine<string>((value, ctx) => {
    const length = codePointLength(value)
    if (length > max) ctx.addIssue({ code: 'custom', message: tooLongMessage(max, length, value) })
  })
}
