import type { APIRequestContext } from '@playwright/test'
import { CUSTOM_ATTRIBUTES_SEED } from '../../../emulator/seed-custom-attributes.ts'
import type { CustomAttributeWrite } from '../../../emulator/state/custom-attributes.ts'
import { emulatorOrigin } from './emulator-admin.ts'

export interface WireRecord {
  id: string
  conversationId: string
  version: number
  customAttributes: Record<string, unknown>
}

/** The emulator's custom-attributes admin routes, as the browser tests use them. */
export function customAttributesAdmin(request: APIRequestContext) {
  const url = (path: string) => `${emulatorOrigin}/__admin${path}`
  const ok = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> => {
    if (!response.ok())
      throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`)
    return (await response.json()) as T
  }
  return {
    /** A record written by "another writer" (PUT creates it; PATCH amends and bumps the version). */
    write: async (
      conversationId: string,
      body: { id: string; customAttributes: Record<string, unknown>; mode?: 'put' | 'patch'; by?: string },
    ) =>
      ok<WireRecord>(
        await request.post(url(`/conversations/${conversationId}/customattributes`), {
          data: { schemaId: CUSTOM_ATTRIBUTES_SEED.schemaId, ...body },
        }),
      ),
    state: async () =>
      ok<{ records: WireRecord[]; writeLog: CustomAttributeWrite[] }>(
        await request.get(url('/custom-attributes')),
      ),
    permissions: async (userId: string, change: { revoke?: string[]; grant?: string[] }) =>
      ok(await request.post(url('/custom-attributes/permissions'), { data: { userId, ...change } })),
    fault: async (fault: unknown) => ok(await request.post(url('/faults'), { data: fault })),
  }
}
