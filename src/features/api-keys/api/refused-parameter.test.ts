import { ApiError } from '../../../api/api-error'
import { refusedCapabilities } from './refused-parameter'

const badRequest = (message: string, fields: (string | null)[] = []) =>
  new ApiError({ kind: 'http', status: 400, code: 'INVALID_ARGUMENT', message, details: fields.map((field) => ({ field, description: 'Bad.' })) })

describe('refusedCapabilities', () => {
  it('takes the parameter a 400 names in its details', () => {
    expect(refusedCapabilities(badRequest('Bad filter.', ['filter']), ['environment', 'filter', 'orderBy'])).toEqual(['filter'])
    expect(refusedCapabilities(badRequest('Bad order.', ['order_by']), ['orderBy'])).toEqual(['orderBy'])
    expect(refusedCapabilities(badRequest('Bad page size.', ['page_size']), ['filter'], true)).toEqual([])
  })

  it('else the parameter its message names, as a word', () => {
    expect(refusedCapabilities(badRequest('Unknown query parameter: environment'), ['environment', 'filter'])).toEqual(['environment'])
    expect(refusedCapabilities(badRequest('order_by takes one field'), ['filter', 'orderBy'])).toEqual(['orderBy'])
    expect(refusedCapabilities(badRequest('filtering is not supported'), ['filter'])).toEqual([])
  })

  it('a probe blames its one doubtful parameter for a 400 that names nothing', () => {
    expect(refusedCapabilities(badRequest('Bad request.'), ['orderBy'], true)).toEqual(['orderBy'])
    expect(refusedCapabilities(badRequest('Bad request.'), ['orderBy'])).toEqual([])
  })

  it('is not fooled by other failures', () => {
    expect(refusedCapabilities(new ApiError({ kind: 'http', status: 500, code: 'INTERNAL', message: 'filter broke' }), ['filter'], true)).toEqual([])
    expect(refusedCapabilities(new Error('filter'), ['filter'], true)).toEqual([])
  })
})
