import { Fragment } from 'react'

const REQUEST_ID = /(Request ID: )([^\s)]+)/g

/**
 * A message as text, its request ids kept whole: a narrow toast or alert may wrap a long word
 * anywhere, and half an id on each line is an id nobody can search for.
 */
export function RequestIdText({ text }: { text: string }) {
  const parts = text.split(REQUEST_ID)
  if (parts.length === 1) return text
  // split with two groups yields: before, label, id, between, label, id, ..., after
  return parts.map((part, index) =>
    index % 3 === 2 ? (
      <code key={index} className="font-mono text-xs whitespace-nowrap [overflow-wrap:normal]">
        {part}
      </code>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  )
}

/** "Request ID: <id>" under an alert's message: the id whole on one line and selected with one click. */
export function RequestIdLine({ id, className }: { id: string; className?: string }) {
  return (
    <p className={className}>
      Request ID: <code className="font-mono whitespace-nowrap select-all [overflow-wrap:normal]">{id}</code>
    </p>
  )
}
