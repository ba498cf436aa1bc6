/** The shape of the header's badges: the demo's, and the connection's (its own chunk, connected-badge.tsx). */
export const badge = 'inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-medium'
