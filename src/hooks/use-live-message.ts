import { useCallback, useState } from 'react'

/**
 * A message for a live region that is always on the page: `say` sets it, and saying the same
 * words again is heard again (a no-break space comes and goes at its end, so the text changes).
 * `unsay` takes words back that are no longer true (a failure since put right), unless something
 * else has been said since.
 */
export function useLiveMessage(): { message: string; say: (text: string) => void; unsay: (text: string) => void } {
  const [said, setSaid] = useState({ text: '', count: 0 })
  const say = useCallback((text: string) => setSaid((before) => ({ text, count: before.count + 1 })), [])
  const unsay = useCallback((text: string) => setSaid((before) => (before.text === text ? { text: '', count: before.count } : before)), [])
  return { message: said.text === '' ? '' : `${said.text}${said.count % 2 === 0 ? '\u00a0' : ''}`, say, unsay }
}
