import { boot } from './app/boot.tsx'
// Genesys's Flare tokens first: the widget's own theme maps its names onto them (decision 0014).
import 'genesys-spark/dist/css/flare/global.css'
import './ui/fonts.css'
import './ui/theme.css'
import './app/app.css'
import './features/conversation/conversation.css'
import './features/attributes/attributes.css'

const rootElement = document.getElementById('root')
if (rootElement) void boot(rootElement)
