import { useController, type Control } from 'react-hook-form'
import type { CreateApiKeyBody, CreateApiKeyInput } from '../../../../api/api-keys/create-api-key'
import { Field } from '../../../../components/ui/field'
import { RadioCards } from '../../../../components/ui/radio-cards'
import { ACCESS_OPTIONS } from './create-key-options'
import { PermissionsGrid } from './permissions-grid'

/** "Full access" or "Restricted" and, when restricted, the scopes. */
export function PermissionsField({ control }: { control: Control<CreateApiKeyInput, unknown, CreateApiKeyBody> }) {
  const access = useController({ control, name: 'access' })
  const permissions = useController({ control, name: 'permissions' })
  const error = access.fieldState.error?.message ?? permissions.fieldState.error?.message
  const restricted = access.field.value === 'RESTRICTED'
  return (
    // The error above the choice: focus lands on the choice, and below it lie up to 14 rows of scopes.
    <Field kind="group" label="Permissions" error={error} errorAbove>
      {(props) => (
        <div className="space-y-3">
          <RadioCards
            {...props}
            // Both fields' errors bring focus here: the choice, then the grid right after it.
            ref={(element) => {
              access.field.ref(element)
              permissions.field.ref(element)
            }}
            options={ACCESS_OPTIONS}
            value={access.field.value}
            onValueChange={access.field.onChange}
            onBlur={access.field.onBlur}
          />
          {restricted && (
            <PermissionsGrid
              value={permissions.field.value ?? []}
              onChange={(next) => permissions.field.onChange(next)}
              invalid={permissions.fieldState.invalid}
            />
          )}
        </div>
      )}
    </Field>
  )
}
