// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { warmIcons } from './warm-icons'

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

describe('warmIcons', () => {
  it('styles each icon out of sight and out of the accessibility tree for two frames, then leaves nothing behind', async () => {
    const before = document.body.childElementCount
    warmIcons(['x', 'bot'])
    const holder = document.body.lastElementChild as HTMLElement
    expect(holder.getAttribute('aria-hidden')).toBe('true')
    expect(holder.style.opacity).toBe('0')
    expect(holder.style.pointerEvents).toBe('none')
    expect([...holder.children].map((icon) => icon.className)).toEqual(['icon icon-x', 'icon icon-bot'])
    await frame()
    expect(holder.isConnected).toBe(true)
    await frame()
    await frame()
    expect(holder.isConnected).toBe(false)
    expect(document.body.childElementCount).toBe(before)
  })
})
