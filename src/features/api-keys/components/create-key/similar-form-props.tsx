import type { ApiKey } from '../../../../api/api-key-schema'
import { settingsFromKey } from '../../model/key-settings'
import { CarriedOverIntro } from './carried-over-intro'

/** The create form's props for "Create similar": the key's settings, a fresh name to choose. */
export function similarFormProps(from: ApiKey) {
  const carried = settingsFromKey(from, '')
  return { defaultValues: carried.values, intro: <CarriedOverIntro oldKey={from} carried={carried} purpose="similar" /> }
}
