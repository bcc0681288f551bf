import { boot } from './app/boot.tsx'
import './ui/theme.css'
import './app/app.css'
import './features/conversation/conversation.css'
import './features/attributes/attributes.css'

const rootElement = document.getElementById('root')
if (rootElement) void boot(rootElement)
