import type { DefaultValues } from 'react-hook-form'
import { Icon, type IconName } from '../../../../components/ui/icon'
import type { AccessLevel, CreateApiKeyInput } from '../../../../api/api-keys/create-api-key'
import { ENVIRONMENTS, KEY_TYPES, type Environment, type KeyType } from '../../../../api/enums'
import type { RadioCardOption } from '../../../../components/ui/radio-cards'
import { ENVIRONMENT_LABELS, ENVIRONMENT_PURPOSES, KEY_TYPE_LABELS, TYPE_PURPOSES } from '../../model/labels'

const TYPE_ICONS: Record<KeyType, IconName> = { SERVICE: 'bot', USER: 'user-round' }


export const TYPE_OPTIONS: RadioCardOption<KeyType>[] = KEY_TYPES.map((value) => {
  return {
    value,
    label: KEY_TYPE_LABELS[value],
    description: TYPE_PURPOSES[value],
    icon: <Icon name={TYPE_ICONS[value]} className="size-4 text-zinc-500 dark:text-zinc-400" />,
  }
})

export const ENVIRONMENT_OPTIONS: RadioCardOption<Environment>[] = ENVIRONMENTS.map((value) => ({
  value,
  label: ENVIRONMENT_LABELS[value],
  description: ENVIRONMENT_PURPOSES[value],
}))

export const ACCESS_OPTIONS: RadioCardOption<AccessLevel>[] = [
  {
    value: 'FULL',
    label: 'Full access',
    description: 'Every resource and action, including ones added later.',
    icon: <Icon name="key-square" className="size-4 text-zinc-500 dark:text-zinc-400" />,
  },
  {
    value: 'RESTRICTED',
    label: 'Restricted',
    description: 'Only the scopes you choose below. Safer for automation.',
    icon: <Icon name="shield-check" className="size-4 text-zinc-500 dark:text-zinc-400" />,
  },
]

/** The environment is left unchosen on purpose: a production key should never be made by default. */
export const CREATE_FORM_DEFAULTS: DefaultValues<CreateApiKeyInput> = {
  name: '',
  description: '',
  key_type: 'SERVICE',
  access: 'FULL',
  permissions: [],
}
