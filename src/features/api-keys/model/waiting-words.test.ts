import { waitingNote } from './waiting-words'

describe('the words for a key’s changes held behind one waiting for the connection', () => {
  it('name what waits, on a key’s page and in its menu', () => {
    expect(waitingNote('REVOKED')).toBe('Revoke is not sent yet: it waits for the connection. This key’s other changes wait until the server has it.')
    expect(waitingNote('delete')).toMatch(/^Delete is not sent yet/)
    expect(waitingNote('ACTIVE')).toMatch(/^Reactivate is not sent yet/)
  })
})
