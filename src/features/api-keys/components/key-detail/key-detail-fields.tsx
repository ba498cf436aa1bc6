import type { ReactNode } from 'react'
import type { ApiKey } from '../../../../api/api-key-schema'
import type { Environment, KeyStatus, KeyType } from '../../../../api/enums'
import { ENVIRONMENT_LABELS, ENVIRONMENT_PURPOSES, KEY_TYPE_LABELS, STATUS_MEANINGS, TYPE_PURPOSES, labelOf } from '../../model/labels'
import { CopyButton } from '../keys-table/copy-button'
import { MissingValue, StatusCell } from '../keys-table/cells'
import { sentUnreadable } from '../../model/unreadable-value'
import { UnknownValue } from '../keys-table/unknown-value'
import { KeyPermissions } from './key-permissions'
import { KeyTime } from './key-times'
import { showHiddenCharacters } from '../../../../lib/hidden-characters'

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  )
}

/** A known enum value with what it is for; an unknown or missing one as the list shows it. */
function Meaning<T extends string>({ labels, purposes, value, sent }: { labels: Record<T, string>; purposes: Record<T, string>; value: string | null | undefined; sent: string | undefined }) {
  if (sent !== undefined) return <UnknownValue sent={sent} />
  if (value === null || value === undefined) return <MissingValue />
  const known = Object.hasOwn(purposes, value)
  return (
    <span className="flex flex-col">
      <span className="font-medium">{labelOf(labels, value)}</span>
      {known && <span className="text-zinc-600 dark:text-zinc-400">{purposes[value as T]}</span>}
    </span>
  )
}

/** Every field of a key, each explained where a word helps. */
export function KeyDetailFields({ apiKey, now }: { apiKey: ApiKey; now: number }) {
  const { id, api_key: masked, description } = apiKey
  return (
    <div className="space-y-6">
      <dl className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 px-4 dark:divide-zinc-800 dark:border-zinc-800">
        <Row term="Description">
          {description?.trim() ? <p className="break-words whitespace-pre-wrap"><bdi>{showHiddenCharacters(description)}</bdi></p> : <span className="text-zinc-600 dark:text-zinc-400">No description</span>}
        </Row>
        <Row term="ID">
          <span className="flex items-center gap-1">
            <code className="font-mono text-xs [overflow-wrap:anywhere] select-all">{id}</code>
            <CopyButton value={id} label="Copy ID" />
          </span>
        </Row>
        <Row term="Key">
          {masked ? (
            <span className="flex flex-col gap-0.5">
              <span className="flex items-center gap-1">
                <code className="font-mono text-xs [overflow-wrap:anywhere] select-all">{masked}</code>
                <CopyButton value={masked} label="Copy masked key" />
              </span>
              <span className="text-xs text-zinc-600 dark:text-zinc-400">Masked: the full secret was shown once, when the key was created.</span>
            </span>
          ) : (
            <MissingValue />
          )}
        </Row>
        <Row term="Organisation">
          {apiKey.organization_id ? <code className="font-mono text-xs [overflow-wrap:anywhere]">{apiKey.organization_id}</code> : <MissingValue />}
        </Row>
        <Row term="Type">
          <Meaning<KeyType> labels={KEY_TYPE_LABELS} purposes={TYPE_PURPOSES} value={apiKey.key_type} sent={sentUnreadable(apiKey, 'key_type')} />
        </Row>
        <Row term="Environment">
          <Meaning<Environment> labels={ENVIRONMENT_LABELS} purposes={ENVIRONMENT_PURPOSES} value={apiKey.environment} sent={sentUnreadable(apiKey, 'environment')} />
        </Row>
        <Row term="Status">
          <span className="flex flex-col items-start gap-1">
            <StatusCell apiKey={apiKey} />
            {apiKey.status && Object.hasOwn(STATUS_MEANINGS, apiKey.status) && (
              <span className="text-zinc-600 dark:text-zinc-400">{STATUS_MEANINGS[apiKey.status as KeyStatus]}</span>
            )}
          </span>
        </Row>
        <Row term="Created">
          <KeyTime iso={apiKey.create_time} sent={sentUnreadable(apiKey, 'create_time')} now={now} empty="—" />
        </Row>
        <Row term="Updated">
          <KeyTime iso={apiKey.update_time} sent={sentUnreadable(apiKey, 'update_time')} now={now} empty="Never changed" />
        </Row>
        <Row term="Last used">
          <KeyTime iso={apiKey.last_used_at} sent={sentUnreadable(apiKey, 'last_used_at')} now={now} empty="Never used" />
        </Row>
      </dl>
      <section aria-labelledby="key-permissions-heading" className="space-y-2">
        <h2 id="key-permissions-heading" className="text-lg font-semibold">
          Permissions
        </h2>
        <KeyPermissions permissions={apiKey.permissions} />
      </section>
    </div>
  )
}
