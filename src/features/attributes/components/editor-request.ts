/**
 * "Open this row's editor with this text": what the add form asks when the name it was given exists already.
 * Each request is carried out once (focus, scroll, draft), even if its row mounts later (virtualized rows) or
 * mounts again.
 */
export interface EditorRequest {
  readonly name: string
  readonly value: string
}

const carriedOut = new WeakSet<EditorRequest>()

/** Not carried out yet (read during render; `markCarriedOut` runs in the effect that focuses the editor). */
export function isPending(request: EditorRequest | undefined): request is EditorRequest {
  return request !== undefined && !carriedOut.has(request)
}

export function markCarriedOut(request: EditorRequest): void {
  carriedOut.add(request)
}
