import { pageTitle, useDocumentTitle } from '../../../../hooks/use-document-title'
import { cameFrom, goBack, navigateTo } from '../../../../hooks/use-location-search'
import { useNow } from '../../../../hooks/use-now'
import { usePageFocus } from '../../../../hooks/use-page-focus'
import { showHiddenCharacters } from '../../../../lib/hidden-characters'
import { useKeyDetail } from '../../api/use-key-detail'
import { keyDisplayName } from '../../model/key-actions'
import { ENVIRONMENT_LABELS, KEY_TYPE_LABELS } from '../../model/labels'
import { checkedLabel } from '../../model/unreadable-value'
import type { ActionOutcome } from '../actions/use-run-key-action'
import { StatusCell } from '../keys-table/cells'
import { QueryErrorState } from '../query-error-state'
import { BackToKeys } from './back-to-keys'
import { KeyHeading } from './key-heading'
import { KeyDetailActions } from './key-detail-actions'
import { KeyDetailFields } from './key-detail-fields'
import { FindingKey, KeyNotFound, LinkedId } from './key-detail-states'

/** Leaves the page of a key just deleted: back to the list it came from, else to the list. */
function leaveDeleted(id: string) {
  return (outcome: ActionOutcome) => {
    if (outcome.action !== 'delete' || !outcome.succeeded.some((key) => key.id === id)) return
    if (cameFrom()) goBack()
    else navigateTo('/', 'replace')
  }
}

/** One key: every field, what each means, and what can be done with it. Found through the list. */
export function KeyDetailPage({ id, serverName }: { id: string; serverName: string }) {
  const detail = useKeyDetail(id)
  const now = useNow()
  const { key } = detail
  const state = key ? 'key' : detail.notFound ? 'not-found' : detail.error ? 'error' : 'finding'
  // Focus starts on the heading, on a deep link's first screen too; and goes back to it when a
  // refresh's failure (and its Retry, which had the focus) goes.
  usePageFocus('key-detail-heading', `${id} ${state}${key && detail.error ? ' failed' : ''}`, { onLoad: true })
  useDocumentTitle(key ? pageTitle(keyDisplayName(key), 'API keys') : detail.notFound ? pageTitle('Key not found') : pageTitle(`Key ${showHiddenCharacters(id)}`, 'API keys'))

  let body
  if (key) {
    const name = keyDisplayName(key)
    body = (
      <>
        <header className="space-y-3">
          <div className="space-y-1">
            <KeyHeading name={name} unnamed={!key.name?.trim()} />
            <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
              <StatusCell apiKey={key} />
              <span>
                {checkedLabel(key, 'key_type', KEY_TYPE_LABELS)} key · {checkedLabel(key, 'environment', ENVIRONMENT_LABELS)}
              </span>
            </p>
          </div>
          <KeyDetailActions apiKey={key} onDone={leaveDeleted(id)} />
          {!detail.confirmed && !detail.error && (
            <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
              Checking this key with the server…
            </p>
          )}
        </header>
        {detail.error !== null && <QueryErrorState error={detail.error} onRetry={detail.retry} title="Could not refresh this key" />}
        <KeyDetailFields apiKey={key} now={now} />
      </>
    )
  } else if (detail.notFound) {
    body = <KeyNotFound id={id} serverName={serverName} />
  } else if (detail.error !== null) {
    body = (
      <>
        <h1 id="key-detail-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
          Key <LinkedId id={id} className="font-mono text-lg [overflow-wrap:anywhere]" />
        </h1>
        <QueryErrorState error={detail.error} onRetry={detail.retry} title="Could not load this key" />
      </>
    )
  } else {
    body = <FindingKey id={id} progress={detail.progress} />
  }
  return (
    <section aria-labelledby="key-detail-heading" aria-busy={detail.pending} className="mx-auto max-w-4xl space-y-5">
      <BackToKeys />
      {body}
    </section>
  )
}
