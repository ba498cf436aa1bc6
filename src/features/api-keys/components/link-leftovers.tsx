import { useState } from 'react'
import { lazyPart } from '../../../components/ui/lazy-boundary'
import { needsTidying, sameView, type ListView } from '../model/list-view'

// What the link left out is said by a note loaded when a link needs one.
const LinkLeftoversNotice = lazyPart(() => import('./link-leftovers-notice'), (m) => m.LinkLeftoversNotice, 'the note on this link')

/**
 * A link that says other than the view shown (a value the list does not know, or written another
 * way): the note says what was left out, and the address becomes the view's (`onTidy`). It goes
 * with that view: a change of view, or its ×, takes it away.
 */
export function LinkLeftovers({ address, view, onTidy }: { address: string; view: ListView; onTidy: () => void }) {
  const [note, setNote] = useState<{ asked: string; view: ListView } | null>(null)
  const [checked, setChecked] = useState<string | null>(null)
  if (address !== checked) {
    setChecked(address)
    if (needsTidying(address, view)) setNote({ asked: address, view })
    else if (note && !sameView(note.view, view)) setNote(null)
  }
  return note && <LinkLeftoversNotice asked={note.asked} view={note.view} onTidy={onTidy} onDismiss={() => setNote(null)} />
}
