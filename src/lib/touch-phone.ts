// Its own module, apart from touch-screen.ts (on the first screen): only the command palette, loaded on first use, asks.
/**
 * A phone's touch screen, upright or on its side: where the page hides its keyboard shortcuts
 * (the `sheet-filters:pointer-coarse:` variants), having no keyboard to use them with.
 */
export function onTouchPhone(): boolean {
  return window.matchMedia?.('(pointer: coarse) and ((width < 40.0625rem) or ((height <= 30rem) and (width < 64rem)))').matches ?? false
}
