import { readApiKey, type ApiKey } from '../../../api/api-key-schema'
import { EXPORT_COLUMNS, UTF8_BOM, neutralise, permissionsCell, quoteField, toCsv, toExportRecord, toJson } from './export-format'

const KEY: ApiKey = {
  id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
  organization_id: 'org_1',
  api_key: '****-****-****-o5p6',
  key_type: 'SERVICE',
  environment: 'PRODUCTION',
  status: 'ACTIVE',
  name: 'CI deploy',
  description: 'Deploys from CI',
  permissions: ['runs:read', 'agents:write'],
  create_time: '2026-12-01T10:00:00Z',
  update_time: '2026-12-01T12:30:00.5+02:00',
  last_used_at: null,
}
const HEADER = 'id,name,description,type,environment,status,permissions,masked_key,created,updated,last_used\r\n'

/** The records of a CSV without its BOM and header, each still as one line of text. */
function lines(csv: string): string[] {
  expect(csv.startsWith(UTF8_BOM + HEADER)).toBe(true)
  return csv.slice(UTF8_BOM.length + HEADER.length).split('\r\n').slice(0, -1)
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and the header row, ends every record with CRLF', () => {
    const csv = toCsv([KEY])
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(lines(csv)).toEqual([
      '01JABCDEFGHJKMNPQRSTVWXYZ0,CI deploy,Deploys from CI,SERVICE,PRODUCTION,ACTIVE,runs:read agents:write,****-****-****-o5p6,2026-12-01T10:00:00.000Z,2026-12-01T10:30:00.500Z,',
    ])
    expect(toCsv([])).toBe(UTF8_BOM + HEADER)
    expect(HEADER.slice(0, -2).split(',')).toEqual([...EXPORT_COLUMNS])
  })

  it.each([
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['one\rtwo', '"one\rtwo"'],
    ['one\ntwo', '"one\ntwo"'],
    ['one\r\ntwo', '"one\r\ntwo"'],
    ['"', '""""'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('quotes %j as %j (RFC 4180)', (field, quoted) => {
    expect(quoteField(field)).toBe(quoted)
  })

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a text cell starting with %j', (text) => {
    expect(neutralise(text)).toBe(`'${text}`)
  })

  it.each(['a=b', 'x+1', 'co-op', 'me@example.test', "'quoted", ' =1', '*', '1e3', ''])('leaves %j as it is', (text) => {
    expect(neutralise(text)).toBe(text)
  })

  it('neutralises, then quotes: the seed’s hostile names', () => {
    const csv = toCsv([
      { id: 'A', name: '=HYPERLINK("https://example.test","open me")' },
      { id: 'B', name: 'Billing, "legacy"\nexport job', description: '-rm\r\n' },
      { id: 'C', name: '\r=cmd' },
    ])
    expect(lines(csv).join('\r\n')).toBe(
      [
        `A,"'=HYPERLINK(""https://example.test"",""open me"")",,,,,,,,,`,
        `B,"Billing, ""legacy""\nexport job","'-rm\r\n",,,,,,,,`,
        `C,"'\r=cmd",,,,,,,,,`,
      ].join('\r\n'),
    )
  })

  it('leaves every missing field empty and says "unknown" with what was sent for an unreadable value, never a guessed time', () => {
    const odd = { id: 'X', create_time: 'yesterday', update_time: '2026-12-01T10:00:00', last_used_at: '2026-02-30T10:00:00Z' } as ApiKey
    expect(lines(toCsv([odd]))).toEqual(['X,,,,,,,,unknown (sent: yesterday),unknown (sent: 2026-12-01T10:00:00),unknown (sent: 2026-02-30T10:00:00Z)'])
  })

  it('writes what the schema could not read (kept in `unreadable`) and unknown enum values as "unknown (sent: …)"', () => {
    const odd = readApiKey({ id: 'Y', key_type: 'BOT', status: 'ACTIVE', last_used_at: '2026-03-01 10:00:00Z', environment: 42 })
    if (!odd) throw new Error('no row')
    expect(lines(toCsv([odd]))).toEqual(['Y,,,unknown (sent: BOT),unknown (sent: 42),ACTIVE,,,,,unknown (sent: 2026-03-01 10:00:00Z)'])
    expect(toExportRecord(odd)).toMatchObject({ type: 'BOT', environment: null, last_used: null, unreadable: { type: 'BOT', environment: '42', last_used: '2026-03-01 10:00:00Z' } })
  })

  it('writes full access as * and scopes separated by spaces', () => {
    expect(permissionsCell([])).toBe('*')
    expect(permissionsCell(['*'])).toBe('*')
    expect(permissionsCell(['runs:read'])).toBe('runs:read')
    expect(permissionsCell(['runs:*', 'traces:read'])).toBe('runs:* traces:read')
    expect(permissionsCell(undefined)).toBe('')
    expect(permissionsCell(['=evil'])).toBe("'=evil")
  })

  it('re-formats timestamps in UTC with milliseconds, whatever the offset or precision', () => {
    const at = (create_time: string) => lines(toCsv([{ id: 'T', create_time }]))[0]?.split(',')[8]
    expect(at('2026-12-01T10:00:00Z')).toBe('2026-12-01T10:00:00.000Z')
    expect(at('2026-12-01T00:30:00-05:00')).toBe('2026-12-01T05:30:00.000Z')
    expect(at('2026-12-01T10:00:00.123456Z')).toBe('2026-12-01T10:00:00.123Z')
    expect(at('2026-12-01t10:00:00z')).toBe('2026-12-01T10:00:00.000Z')
  })
})

describe('JSON export', () => {
  it('is an array of objects with the same fields, values unchanged, missing ones null, full access []', () => {
    const parsed: unknown = JSON.parse(
      toJson([KEY, { id: 'B', name: 'Billing, "legacy"\nexport job', permissions: [] }, { id: 'C', name: '=HYPERLINK("x")', create_time: 'soon' }]),
    )
    expect(parsed).toEqual([
      {
        id: KEY.id,
        name: 'CI deploy',
        description: 'Deploys from CI',
        type: 'SERVICE',
        environment: 'PRODUCTION',
        status: 'ACTIVE',
        permissions: ['runs:read', 'agents:write'],
        masked_key: '****-****-****-o5p6',
        created: '2026-12-01T10:00:00.000Z',
        updated: '2026-12-01T10:30:00.500Z',
        last_used: null,
      },
      { ...nulls('B'), name: 'Billing, "legacy"\nexport job', permissions: [] },
      { ...nulls('C'), name: '=HYPERLINK("x")', created: null, unreadable: { created: 'soon' } },
    ])
    expect(Object.keys((parsed as object[])[0] ?? {})).toEqual([...EXPORT_COLUMNS])
  })
})

function nulls(id: string) {
  return Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, column === 'id' ? id : null]))
}
