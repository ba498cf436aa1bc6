/** Laid out and visible (not in a `display: none` part); where the check is missing (jsdom), every element counts. */
export function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true
}
