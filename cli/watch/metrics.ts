import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** What the service reports at /metrics (Prometheus text format) and the figures the bench reads. */
export function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'enrich_process_' })
  const registers = [registry]
  return {
    registry,
    events: new Counter({
      name: 'enrich_events_total',
      help: 'Conversations seen, by where they came from (event, sweep, retry)',
      labelNames: ['source'] as const,
      registers,
    }),
    enriched: new Counter({
      name: 'enrich_enriched_total',
      help: 'Customer legs enriched (PATCH accepted with 202)',
      registers,
    }),
    skipped: new Counter({
      name: 'enrich_skipped_total',
      help: 'Customer legs left alone, by reason',
      labelNames: ['reason'] as const,
      registers,
    }),
    conflicts: new Counter({
      name: 'enrich_conflicts_total',
      help: 'Attribute names not written because someone else (IVR, agent, another writer) had set them',
      registers,
    }),
    failures: new Counter({
      name: 'enrich_failures_total',
      help: 'Customer legs that went to the dead-letter file, by kind',
      labelNames: ['kind'] as const,
      registers,
    }),
    requests: new Counter({
      name: 'enrich_api_requests_total',
      help: 'Platform API requests sent, by method',
      labelNames: ['method'] as const,
      registers,
    }),
    rateLimited: new Counter({ name: 'enrich_rate_limited_total', help: '429 answers received', registers }),
    sweeps: new Counter({
      name: 'enrich_sweeps_total',
      help: 'Sweeps of the active conversations run',
      registers,
    }),
    backlog: new Gauge({ name: 'enrich_backlog', help: 'Conversations waiting to be worked on', registers }),
    notificationsUp: new Gauge({
      name: 'enrich_notifications_up',
      help: '1 while the notification channel is live',
      registers,
    }),
    lookupSeconds: new Histogram({
      name: 'enrich_lookup_seconds',
      help: 'Time the context lookup took',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    endToEndSeconds: new Histogram({
      name: 'enrich_end_to_end_seconds',
      help: "From the customer leg's start to the PATCH accepted",
      buckets: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 5, 10, 30, 60],
      registers,
    }),
  }
}
export type Metrics = ReturnType<typeof createMetrics>

/** GET /healthz (200 while live, 503 otherwise, JSON either way) and GET /metrics. Loopback unless told. */
export async function listen(
  port: number,
  host: string,
  metrics: Metrics,
  health: () => { live: boolean; [key: string]: unknown },
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (req.method !== 'GET') return void res.writeHead(405).end()
    if (path === '/healthz') {
      const body = health()
      res.writeHead(body.live ? 200 : 503, { 'Content-Type': 'application/json' })
      return void res.end(JSON.stringify(body))
    }
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(text),
        () => res.writeHead(500).end(),
      )
      return
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return { server, port: (server.address() as AddressInfo).port }
}
