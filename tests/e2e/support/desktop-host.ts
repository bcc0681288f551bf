import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for the Genesys Cloud agent desktop: a real loopback server on another site (localhost rather than
 * 127.0.0.1) whose page frames widget instances the way Interaction Widgets are framed, with Genesys's default
 * sandbox. A real server rather than a routed page, because Chromium's local-network checks refuse to let a page
 * without an address frame a loopback one.
 */
export interface DesktopHost {
  origin: string
  /** The URL of a desktop page framing each `src` at `width` px. */
  pageUrl(frames: Array<{ src: string; title: string }>, width?: number): string
  close(): Promise<void>
}

const sandbox =
  'allow-forms allow-modals allow-popups allow-presentation allow-same-origin allow-scripts allow-downloads'

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/**
 * `cross-site` (default) serves the desktop from localhost, another site than the widget on 127.0.0.1, as Genesys
 * Cloud frames it in production. `same-site` serves it from 127.0.0.1, as apps.mypurecloud.com is to
 * login.mypurecloud.com: the login session cookie (SameSite=Lax) then travels with the frame's navigation.
 */
export async function startDesktopHost({
  site = 'cross-site',
}: { site?: 'cross-site' | 'same-site' } = {}): Promise<DesktopHost> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const frames = JSON.parse(url.searchParams.get('frames') ?? '[]') as Array<{ src: string; title: string }>
    const width = Number(url.searchParams.get('width') ?? 360)
    const iframes = frames
      .map(
        (frame) =>
          `<iframe title="${escapeAttribute(frame.title)}" src="${escapeAttribute(frame.src)}" sandbox="${sandbox}" allow="clipboard-write" style="width:${width}px;height:760px;border:1px solid #c9ced6;background:#fff;flex:none"></iframe>`,
      )
      .join('')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html lang="en"><head><title>Agent desktop</title></head>
      <body style="margin:0;background:#e9edf2;font-family:system-ui,sans-serif">
      <div style="display:flex;gap:8px;padding:8px;overflow:auto">
        <div style="flex:1 1 auto;min-width:240px;background:#fff;height:760px;padding:12px;box-sizing:border-box">
          <strong>Interaction</strong><p>Call with Maria Schneider · 06:12</p></div>
        ${iframes}
      </div></body></html>`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://${site === 'cross-site' ? 'localhost' : '127.0.0.1'}:${port}`
  return {
    origin,
    pageUrl: (frames, width = 360) =>
      `${origin}/desktop.html?width=${width}&frames=${encodeURIComponent(JSON.stringify(frames))}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
