import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { clearTranslations } from '../ui/i18n.tsx'

afterEach(() => {
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
  clearTranslations()
})
