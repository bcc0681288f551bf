import { renderHook, waitFor } from '@testing-library/react'
import { useAfterPaint } from './use-after-paint.ts'

describe('useAfterPaint', () => {
  it('is false on mount and turns true once the next frame has run', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame')
    const { result } = renderHook(() => useAfterPaint())
    expect(result.current).toBe(false)
    expect(frame).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(result.current).toBe(true))
  })

  it('cancels the pending frame on unmount', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame')
    const { unmount } = renderHook(() => useAfterPaint())
    unmount()
    expect(cancel).toHaveBeenCalledTimes(1)
  })
})
