import { useMemo } from 'react'
import type { AttributeMap } from '../../../genesys/attribute-map.ts'
import type { EditAction } from '../model/staged-edit.ts'
import { validateValue, type AttributeLimits } from '../model/validation.ts'
import type { RowActions } from './row-actions.ts'

/** What a row can do, bound to the current server values (every staged edit records what it was based on). */
export function useRowActions(
  dispatch: (action: EditAction) => void,
  server: AttributeMap,
  limits: AttributeLimits,
): RowActions {
  return useMemo<RowActions>(
    () => ({
      stage: (name, value, basedOn) =>
        dispatch({
          type: 'stage',
          name,
          value,
          server,
          at: Date.now(),
          ...(basedOn === undefined ? {} : { basedOn }),
        }),
      undo: (name) => dispatch({ type: 'undo-edit', name }),
      keepMine: (name) => dispatch({ type: 'keep-mine', name, server }),
      useTheirs: (name) => dispatch({ type: 'take-theirs', name }),
      checkValue: (value) => validateValue(value, limits),
    }),
    [dispatch, server, limits],
  )
}
