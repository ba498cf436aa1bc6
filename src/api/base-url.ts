import { findBaseUrlProblem, pageOrigin, type BaseUrlProblem } from './base-url-rules'

export { connectionOrigin, hostOf, normalizeBaseUrl, pageOrigin } from './base-url-rules'

/** Each problem in words for the person typing the URL (the Connect dialog). */
function inWords(problem: BaseUrlProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'Enter the API base URL.'
    case 'space':
      return 'Remove the spaces, tabs or line breaks inside the URL.'
    case 'backslash':
      return 'Use forward slashes (/) only: browsers read \\ as /, which can send the key to another host.'
    case 'not-full':
      return 'Enter a full URL starting with https://, such as https://api.coval.dev.'
    case 'scheme':
      return `Use an http:// or https:// URL: a ${problem.scheme}: address cannot receive the admin key.`
    case 'slashes':
      return `Write two slashes after ${problem.scheme}:, such as https://api.coval.dev.`
    case 'credentials':
      return 'Leave out the user name and password (user:pass@): the admin key is the only credential, and @ can hide the real host.'
    case 'no-host':
      return `Enter a host after ${problem.scheme}://, such as https://api.coval.dev.`
    case 'query':
      return 'Leave out the query and fragment: just the base, such as https://api.coval.dev.'
    case 'unparsable':
      return 'Enter a full URL, such as https://api.coval.dev.'
    case 'host-differs':
      return `This URL leads to ${problem.host}, not to the host it shows. Write the host as ${problem.host}.`
    case 'path-other-host':
      return 'Start a path with a single /, such as /api-proxy: // or /\\ sends the key to another host.'
    case 'path-empty':
      return 'Enter the path after /, such as /api-proxy, or a full URL.'
    case 'path-backslash':
      return 'Use forward slashes (/) only: browsers read \\ as /.'
    case 'path-query':
      return 'Leave out the query and fragment: just the path, such as /api-proxy.'
    case 'path-other-site':
      return 'This path leads to another site; enter a path on this site, such as /api-proxy.'
    case 'path-unparsable':
      return 'Enter a path such as /api-proxy, or a full URL.'
  }
}

/** What is wrong with a base URL, in words for the person typing it; null when the key may go there. */
export function baseUrlProblem(text: string, origin: string = pageOrigin()): string | null {
  const problem = findBaseUrlProblem(text, origin)
  return problem === null ? null : inWords(problem)
}
