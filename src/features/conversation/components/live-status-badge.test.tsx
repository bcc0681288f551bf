import { onlineManager } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { LiveStatusBadge } from './live-status-badge.tsx'

afterEach(() => onlineManager.setOnline(true))

it('says Offline as soon as the browser loses the network, though the socket still counts as live', () => {
  render(<LiveStatusBadge status="live" />)
  expect(screen.getByRole('status')).toHaveTextContent('Live')
  act(() => onlineManager.setOnline(false))
  expect(screen.getByRole('status')).toHaveTextContent('Offline')
  expect(screen.getByRole('status')).toHaveAttribute('data-status', 'down')
  act(() => onlineManager.setOnline(true))
  expect(screen.getByRole('status')).toHaveTextContent('Live')
})
