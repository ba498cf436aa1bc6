/**
 * How to copy the selected secret when the browser refused to: the keyboard's shortcut for this
 * platform, or on a touch screen the system's own menu (a phone has no Ctrl+C, and an iPhone's "⌘C" none either).
 */
export function copyByHand(): string {
  // matchMedia is missing where no screen is (jsdom).
  if (window.matchMedia?.('(pointer: coarse)').matches) return 'The key is selected: touch and hold it, then choose Copy.'
  const platform = navigator.platform || navigator.userAgent
  return `The key is selected: press ${/Mac|iPhone|iPad/.test(platform) ? '⌘C' : 'Ctrl+C'} to copy it.`
}
