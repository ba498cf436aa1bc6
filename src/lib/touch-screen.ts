/**
 * The pointer is a finger (a phone's or tablet's touch screen): focus in a text field there raises
 * the on-screen keyboard over what the person was looking at.
 */
export function onTouchScreen(): boolean {
  return window.matchMedia?.('(pointer: coarse)').matches ?? false
}

/**
 * A phone's touch screen, upright or on its side: where the page hides its keyboard shortcuts
 * (the `sheet-filters:pointer-coarse:` variants), having no keyboard to use them with.
 */
export function onTouchPhone(): boolean {
  return window.matchMedia?.('(pointer: coarse) and ((width < 40.0625rem) or ((height <= 30rem) and (width < 64rem)))').matches ?? false
}
