import type { Locator } from '@playwright/test'

/**
 * The contrast ratio (WCAG) of an element's text on its own background, colours read through a
 * canvas so any CSS colour syntax (Tailwind's oklch) works. axe skips disabled controls; this does not.
 * Colours are read once the element's and its ancestors' transitions have finished: a button that has
 * just become enabled is still fading between its two colours (`transition-colors`), and a reading
 * taken halfway measures neither state.
 */
export async function textContrast(element: Locator): Promise<number> {
  return element.evaluate(async (el) => {
    // A colour scheme just emulated may not have restyled the page yet: its transitions start a frame on.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const running = (node: Element | null): Animation[] => (node ? [...node.getAnimations(), ...running(node.parentElement)] : [])
    await Promise.all(running(el).map((animation) => animation.finished.catch(() => undefined)))
    const style = getComputedStyle(el)
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) throw new Error('No 2D canvas')
    const paint = (colors: string[], under = '#fff') => {
      context.clearRect(0, 0, 1, 1)
      for (const color of [under, ...colors]) {
        context.fillStyle = color
        context.fillRect(0, 0, 1, 1)
      }
      return context.getImageData(0, 0, 1, 1).data.slice(0, 3).join()
    }
    const opaque = (color: string) => paint([color], '#000') === paint([color], '#fff')
    // The backgrounds that show through, from the nearest opaque one up to the element's own.
    const layers: string[] = []
    for (let node: Element | null = el; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor
      layers.unshift(color)
      if (opaque(color)) break
    }
    const rgb = (colors: string[]) => paint(colors).split(',').map(Number)
    const background = rgb(layers)
    const text = rgb([...layers, style.color])
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r, g, b].map((v) => {
        const c = (v ?? 0) / 255
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0)
    }
    const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a)
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
  })
}
