import { createApiKeyInputSchema, normalizeScopes, type CreateApiKeyInput } from './create-api-key'

const base: CreateApiKeyInput = { name: 'CI deploys', key_type: 'SERVICE', environment: 'PRODUCTION', access: 'FULL' }

function errorsOf(input: Partial<CreateApiKeyInput> & Record<string, unknown>): Record<string, string[]> {
  const result = createApiKeyInputSchema.safeParse({ ...base, ...input })
  if (result.success) return {}
  const errors: Record<string, string[]> = {}
  for (const issue of result.error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message)
  return errors
}

function parsed(input: Partial<CreateApiKeyInput>) {
  return createApiKeyInputSchema.parse({ ...base, ...input })
}

describe('name', () => {
  it('is required: empty and spaces-only are refused with one message', () => {
    expect(errorsOf({ name: '' })).toEqual({ name: ['Enter a name.'] })
    expect(errorsOf({ name: '   \t  ' })).toEqual({ name: ['Enter a name.'] })
    expect(errorsOf({ name: undefined })).toEqual({ name: ['Enter a name.'] })
  })

  it('is trimmed before it is sent and before it is counted', () => {
    expect(parsed({ name: '  Deploy bot  ' }).name).toBe('Deploy bot')
    expect(errorsOf({ name: `  ${'n'.repeat(200)}  ` })).toEqual({})
  })

  it('takes 200 characters and refuses 201', () => {
    expect(errorsOf({ name: 'n'.repeat(200) })).toEqual({})
    expect(errorsOf({ name: 'n'.repeat(201) })).toEqual({ name: ['Use at most 200 characters (this has 201).'] })
  })

  it('counts code points, as the server does: a family emoji is 5, a key emoji 1', () => {
    const family = '👨‍👩‍👧' // 1 grapheme, 5 code points, 8 UTF-16 units
    expect(errorsOf({ name: family.repeat(40) })).toEqual({})
    expect(errorsOf({ name: family.repeat(41) })).toEqual({ name: ['Use at most 200 characters (this has 205; an emoji or an accented letter can count as several).'] })
    expect(errorsOf({ name: '🔑'.repeat(200) })).toEqual({})
    expect(errorsOf({ name: '🔑'.repeat(201) })).toEqual({ name: ['Use at most 200 characters (this has 201).'] })
  })

  it('counts a combining accent as its own code point', () => {
    const accented = 'e\u0301' // é: 1 grapheme, 2 code points
    expect(errorsOf({ name: accented.repeat(100) })).toEqual({})
    expect(errorsOf({ name: accented.repeat(101) })).toEqual({ name: ['Use at most 200 characters (this has 202; an emoji or an accented letter can count as several).'] })
  })

  it('accepts right-to-left text and counts its marks as code points', () => {
    expect(parsed({ name: 'مفتاح النشر' }).name).toBe('مفتاح النشر')
    const hebrew = 'שָׁ' // shin with two marks: 3 code points
    expect(errorsOf({ name: hebrew.repeat(66) })).toEqual({})
    expect(errorsOf({ name: hebrew.repeat(67) })).toEqual({ name: ['Use at most 200 characters (this has 201; an emoji or an accented letter can count as several).'] })
  })

  it('refuses a control character, saying which and where', () => {
    expect(errorsOf({ name: 'CI\0 deploys' })).toEqual({ name: ['Remove the control character U+0000 (null) at position 3: a name cannot hold control characters.'] })
    expect(errorsOf({ name: 'CI\u0007\u0007' })).toEqual({ name: ['Remove the 2 control characters, the first U+0007 at position 3: a name cannot hold control characters.'] })
  })

  it('refuses bidi controls and invisible characters, saying which, where and why', () => {
    expect(errorsOf({ name: 'Billing \u202Ekrow' })).toEqual({
      name: ['Remove the invisible character U+202E (right-to-left override) at position 9: it makes the name display differently from what it is.'],
    })
    expect(errorsOf({ name: '\u202Egnp.exe\u200B🙂' })).toEqual({
      name: ['Remove the 2 invisible characters, the first U+202E (right-to-left override) at position 1: they make the name display differently from what it is.'],
    })
    // Direction marks too: inside the page's isolation a name needs none, and they cannot be seen.
    expect(errorsOf({ name: 'deploy \u200Fبوت\u200E v2' })).toEqual({
      name: ['Remove the 2 invisible characters, the first U+200F (right-to-left mark) at position 8: they make the name display differently from what it is.'],
    })
  })

  it('takes the joiners of emoji and of scripts that shape with them', () => {
    expect(errorsOf({ name: '👩🏽\u200D💻 deploys' })).toEqual({})
    expect(errorsOf({ name: 'کلید می\u200Cخواهم' })).toEqual({})
  })
})

describe('description', () => {
  it('is optional: empty or blank is not sent at all', () => {
    expect(parsed({ description: '' })).not.toHaveProperty('description')
    expect(parsed({ description: '   ' })).not.toHaveProperty('description')
    expect(parsed({ description: ' Runs the nightly deploy. ' }).description).toBe('Runs the nightly deploy.')
  })

  it('takes 2000 code points and refuses 2001', () => {
    expect(errorsOf({ description: '🚀'.repeat(2000) })).toEqual({})
    expect(errorsOf({ description: 'd'.repeat(2001) })).toEqual({ description: ['Use at most 2,000 characters (this has 2,001).'] })
    expect(errorsOf({ description: '👨‍👩‍👧'.repeat(400) })).toEqual({})
    expect(errorsOf({ description: `${'👨‍👩‍👧'.repeat(400)}!` })).toEqual({ description: ['Use at most 2,000 characters (this has 2,001; an emoji or an accented letter can count as several).'] })
  })

  it('refuses bidi controls, invisible and control characters as the name does, and takes lines and tabs', () => {
    expect(errorsOf({ description: 'Runs ‮yolped‬ nightly.' })).toEqual({
      description: ['Remove the 2 invisible characters, the first U+202E (right-to-left override) at position 6: they make the description display differently from what it is.'],
    })
    expect(errorsOf({ description: 'Deploys' })).toEqual({ description: ['Remove the control character U+0007 at position 8: a description cannot hold control characters.'] })
    expect(errorsOf({ description: 'Runs nightly.\nOwner:\tPlatform 👩🏽‍💻' })).toEqual({})
  })
})

describe('type and environment', () => {
  it('must be chosen, from the contract’s values only', () => {
    expect(errorsOf({ key_type: undefined, environment: undefined })).toEqual({
      key_type: ['Choose a key type.'],
      environment: ['Choose an environment.'],
    })
    expect(errorsOf({ key_type: 'ROBOT' as 'USER', environment: 'MARS' as 'STAGING' })).toHaveProperty('environment')
  })
})

describe('permissions', () => {
  it('sends an empty list for full access, whatever scopes were ticked before', () => {
    expect(parsed({ access: 'FULL', permissions: ['runs:read'] }).permissions).toEqual([])
  })

  it('wants at least one scope when restricted, because [] would mean full access', () => {
    expect(errorsOf({ access: 'RESTRICTED', permissions: [] })).toEqual({ permissions: ['Choose at least one permission, or give the key full access.'] })
    expect(errorsOf({ access: 'RESTRICTED' })).toHaveProperty('permissions')
  })

  it('refuses scopes the server does not accept', () => {
    const errors = errorsOf({ access: 'RESTRICTED', permissions: ['runs:read', 'runs:fly', 'conversations:delete'] })
    expect(errors).toEqual({ 'permissions.1': ['Unknown scope: runs:fly.'], 'permissions.2': ['Unknown scope: conversations:delete.'] })
  })

  it('sends resource:* for a whole resource and drops the actions it already grants', () => {
    const body = parsed({ access: 'RESTRICTED', permissions: ['agents:read', 'runs:write', 'agents:*', 'runs:read', 'runs:read'] })
    expect(body.permissions).toEqual(['runs:read', 'runs:write', 'agents:*'])
  })

  it('passes an API caller’s list through when no access level is given', () => {
    const { access: _access, ...apiCall } = base
    expect(createApiKeyInputSchema.parse(apiCall)).toEqual({ name: 'CI deploys', key_type: 'SERVICE', environment: 'PRODUCTION' })
    expect(createApiKeyInputSchema.parse({ ...apiCall, permissions: ['traces:read'] }).permissions).toEqual(['traces:read'])
  })
})

describe('the whole payload', () => {
  it('reports every problem in one pass, so one submit shows them all', () => {
    expect(Object.keys(errorsOf({ name: ' ', environment: undefined, access: 'RESTRICTED', permissions: [] }))).toEqual(['name', 'environment', 'permissions'])
  })
})

describe('normalizeScopes', () => {
  it('orders by the catalogue and collapses * to everything', () => {
    expect(normalizeScopes(['reports:read', 'runs:read'])).toEqual(['runs:read', 'reports:read'])
    expect(normalizeScopes(['runs:read', '*'])).toEqual(['*'])
  })
})
