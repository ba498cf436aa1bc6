let armed = false
let listening = false

/**
 * A dialog has just closed: the second click of the double click or tap that closed it (its click
 * count above 1) would land on the page beneath, on whatever took the dialog's place: a card's box,
 * a link, a time's popover. That click is dropped, and any more of the same run, until a click of its
 * own (count 1, or 0 from a key) comes.
 */
export function dropRepeatClick(): void {
  armed = true
  if (listening) return
  listening = true
  document.addEventListener(
    'click',
    (event) => {
      if (!armed) return
      if (event.detail <= 1) {
        armed = false
        return
      }
      event.preventDefault()
      event.stopImmediatePropagation()
    },
    true,
  )
}
