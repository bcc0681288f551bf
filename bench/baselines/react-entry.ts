// The floor: React and React DOM rendering one element. Any React widget costs at least this much.
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

const container = document.createElement('div')
document.body.append(container)
createRoot(container).render(createElement('div', null, 'Participant data'))
