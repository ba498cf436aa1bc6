import { Icon } from '../../components/ui/icon'
import { useId, useRef, useState, type FormEvent } from 'react'
import { Button } from '../../components/ui/button'
import { cn } from '../../components/ui/cn'
import { Checkbox } from '../../components/ui/checkbox'
import { Dialog, DialogBody, DialogContent, DialogFooter } from '../../components/ui/dialog'
import { Field, Input } from '../../components/ui/field'
import { baseUrlProblem } from '../../api/base-url'
import { preloadConnectedBadge } from '../app-header'
import { defaultBaseUrl, normalizeBaseUrl, type Connection } from './connection'
import { ConnectionResult } from './connection-result'
import { testConnection, type ConnectionCheck } from './test-connection'

export interface ConnectDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  onConnect: (connection: Connection) => void
  /** Why the dialog opened by itself, e.g. the key was rejected. */
  reason?: string
  /** The server last connected to: offered again, and then the key field takes the focus (the URL is known). */
  initialBaseUrl?: string
  /** Whether the key was remembered last time (a key rejected with a 401 is asked for again as it was kept). */
  initialRemember?: boolean
}

/** The API's base URL and an admin key, tested before anything is used. */
export function ConnectDialog({ open, onOpenChange, onConnect, reason, initialBaseUrl, initialRemember }: ConnectDialogProps) {
  const [baseUrl, setBaseUrl] = useState(initialBaseUrl ?? defaultBaseUrl())
  const [apiKey, setApiKey] = useState('')
  const [showKey, setShowKey] = useState(false)
  const [remember, setRemember] = useState(initialRemember ?? false)
  // The last check's answer, with the URL and key it was about.
  const [lastCheck, setLastCheck] = useState<{ check: ConnectionCheck; baseUrl: string; apiKey: string } | null>(null)
  const check = lastCheck?.check ?? null
  const [busy, setBusy] = useState<'test' | 'connect' | null>(null)
  const [touched, setTouched] = useState(false)
  const urlError = touched ? baseUrlProblem(baseUrl) : null
  const keyError = touched && apiKey.trim() === '' ? 'Enter an admin API key.' : null

  const urlInput = useRef<HTMLInputElement>(null)
  const keyInput = useRef<HTMLInputElement>(null)
  const resultId = useId()
  // A failed check marks the field it points at, while that field still holds what was checked.
  const failedField = lastCheck && !lastCheck.check.ok && lastCheck.baseUrl === baseUrl && lastCheck.apiKey === apiKey ? (lastCheck.check.field ?? null) : null
  const pointedAt = (field: 'url' | 'key', control: { 'aria-invalid'?: true; 'aria-describedby'?: string }) =>
    failedField === field ? { 'aria-invalid': true as const, 'aria-describedby': cn(control['aria-describedby'], resultId) } : {}

  async function run(kind: 'test' | 'connect') {
    if (busy !== null) return
    setTouched(true)
    // The first field in the way takes focus, so its message (tied to it) is read out and it can be fixed at once.
    const invalid = baseUrlProblem(baseUrl) ? urlInput.current : apiKey.trim() === '' ? keyInput.current : null
    if (invalid) {
      invalid.focus()
      return
    }
    setBusy(kind)
    setLastCheck(null)
    const url = normalizeBaseUrl(baseUrl)
    // Connect: the header's badge comes with the connection, so its code loads while the server is
    // asked (a few hundred bytes; a failure to load is the badge's own to show, with Retry).
    const [result] = await Promise.all([testConnection(url, apiKey.trim()), kind === 'connect' ? preloadConnectedBadge() : null])
    setBusy(null)
    setLastCheck({ check: result, baseUrl, apiKey })
    if (result.ok && kind === 'connect') {
      onConnect({ baseUrl: url, apiKey: apiKey.trim(), remember })
      setApiKey('')
    }
    // A refused Connect: the field its message is about takes the focus (the URL, or the key), marked and tied to it.
    if (!result.ok && kind === 'connect' && result.field) (result.field === 'url' ? urlInput : keyInput).current?.focus()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run('connect')
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Connect to the Coval API"
        description="Use the dashboard on your organisation’s real keys. The admin key stays in this tab."
        size="md"
        onOpenAutoFocus={(event) => {
          // The server is known (asked again after a 401, a reload, or a disconnect): only the key is to type.
          if (!initialBaseUrl || baseUrlProblem(initialBaseUrl)) return
          event.preventDefault()
          keyInput.current?.focus()
        }}
      >
        <form onSubmit={submit} noValidate className="contents">
          <DialogBody className="space-y-4">
            {reason && (
              <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
                {reason}
              </p>
            )}
            <Field label="API base URL" description="Usually https://api.coval.dev; a path such as /api-proxy goes through this site." error={urlError ?? undefined}>
              {(control) => <Input {...control} {...pointedAt('url', control)} ref={urlInput} type="url" inputMode="url" autoComplete="url" spellCheck={false} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />}
            </Field>
            <Field label="Admin API key" description="It needs the api-keys scopes. It is kept in memory only, unless you tick the box below." error={keyError ?? undefined}>
              {(control) => (
                <div className="flex gap-2">
                  <Input {...control} {...pointedAt('key', control)} ref={keyInput} type={showKey ? 'text' : 'password'} autoComplete="off" spellCheck={false} className="font-mono" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
                  <Button size="icon" className="h-9 w-9" aria-label={showKey ? 'Hide key' : 'Show key'} aria-pressed={showKey} onClick={() => setShowKey(!showKey)}>
                    {showKey ? <Icon name="eye-off" className="size-4" /> : <Icon name="eye" className="size-4" />}
                  </Button>
                </div>
              )}
            </Field>
            <Checkbox
              label="Remember for this tab"
              description="Kept in this tab’s session storage until you disconnect or close the tab. Never saved anywhere else."
              checked={remember}
              onCheckedChange={(checked) => setRemember(checked === true)}
            />
            <ConnectionResult id={resultId} check={check} />
          </DialogBody>
          {/* Not disabled while a check runs: the pressed button keeps focus (a disabled one drops it to the page). */}
          <DialogFooter>
            <Button onClick={() => void run('test')} aria-disabled={busy !== null || undefined}>
              {busy === 'test' && <Icon name="loader-circle" className="size-4 animate-spin" />}
              Test connection
            </Button>
            <Button type="submit" variant="primary" aria-disabled={busy !== null || undefined}>
              {busy === 'connect' && <Icon name="loader-circle" className="size-4 animate-spin" />}
              Connect
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
