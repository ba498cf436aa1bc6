import { ApiError } from '../../../../api/api-error'
import { failureText } from './export-steps'

const unavailable = new ApiError({ kind: 'http', status: 503, code: 'UNAVAILABLE', message: 'Try again.', details: [], requestId: 'req_9' })

describe('failureText: how far a failed export got', () => {
  it('counts the keys read out of the server’s count', () => {
    expect(failureText(300, 1240, unavailable)).toMatch(/^Stopped after 300 of 1,240 keys: .*No file was saved\.$/)
  })

  it('with no count, says how many were read, and "before any" only when none were', () => {
    // A read that the server cut short by repeating rows had read thousands: "before any keys were read" contradicted its own message.
    expect(failureText(7697, null, unavailable)).toMatch(/^Stopped after 7,697 keys: /)
    expect(failureText(1, null, unavailable)).toMatch(/^Stopped after 1 key: /)
    expect(failureText(0, null, unavailable)).toMatch(/^Stopped before any keys were read: /)
  })
})
