/**
 * Resolves in a new task, so the work after it does not lengthen the current one. A message, not
 * a timer: once nested a timer waits 4 ms more. Not scheduler.yield(): its continuation jumps ahead
 * of a React render already queued.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.addEventListener('message', () => resolve(), { once: true })
    channel.port1.start()
    channel.port2.postMessage(null)
  })
}
