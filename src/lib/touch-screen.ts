/**
 * The pointer is a finger (a phone's or tablet's touch screen): focus in a text field there raises
 * the on-screen keyboard over what the person was looking at.
 */
export function onTouchScreen(): boolean {
  return window.matchMedia?.('(pointer: coarse)').matches ?? false
}

