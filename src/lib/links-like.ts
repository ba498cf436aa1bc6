/** The first part of a path: `/keys/01J…` is a page like `/keys/01K…`. */
const pathKind = (path: string) => new URL(path, window.location.href).pathname.split('/')[1] ?? ''

/** The links of the main region to pages like `path`, in order (a list's rows' links to their keys). */
export function linksLike(path: string): HTMLAnchorElement[] {
  const kind = pathKind(path)
  const links = document.getElementById('main')?.querySelectorAll<HTMLAnchorElement>('a[href^="/"]') ?? []
  return [...links].filter((link) => pathKind(link.getAttribute('href') ?? '') === kind)
}
