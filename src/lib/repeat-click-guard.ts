let armed = false
let listening = false

/**
 * What was under the pointer has just gone or changed: a dialog closed, or a button gave way to
 * another (a key page's Reactivate to Suspend…). The second click of the double click or tap that did
 * it (its click count above 1) would land on whatever took its place: a card's box, a link, a time's
 * popover, the other button. That click is dropped, and any more of the same run, until a click of
 * its own (count 1, or 0 from a key) comes.
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
