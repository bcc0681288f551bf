import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSupervisorPermissions } from '../../src/config/attribute-policy-schema.ts'
import { roleFromUser } from '../../src/features/attributes/governance/model/role-from-permissions.ts'
import { userSchema } from '../../src/genesys/schemas.ts'
import { startEmulator } from '../server.ts'
import type { RunningEmulator } from '../server.ts'
import { api, userToken } from '../test-support/http-client.ts'

/*
 * The emulator's users carry only permission names the official SDK documents, spelt as it spells them, and the
 * widget's default supervisor permissions find the emulator's supervisor (and only them). The list below is the
 * table of docs/decisions/0010-permission-names.md: name → an endpoint whose SDK docs require it.
 */
const documented: Record<string, string> = {
  'conversation:communication:view': 'GET /api/v2/conversations/{conversationId}',
  'conversation:message:view': 'GET /api/v2/conversations/messages/{conversationId}/messages/{messageId}',
  'conversation:participant:wrapup':
    'POST .../participants/{participantId}/communications/{communicationId}/wrapup',
  'routing:queue:view': 'GET /api/v2/routing/queues/{queueId}',
  'routing:queue:edit': 'PUT /api/v2/routing/queues/{queueId}/identityresolution',
  'conversation:call:monitor':
    'POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/monitor',
  'conversation:message:monitor':
    'POST /api/v2/conversations/messages/{conversationId}/participants/{participantId}/monitor',
  'conversation:participant:attributesview': 'POST /api/v2/conversations/participants/attributes/search',
  'analytics:conversationDetail:view': 'POST /api/v2/analytics/conversations/details/query',
  'analytics:conversationAggregate:view': 'POST /api/v2/analytics/conversations/aggregates/query',
  // The installed SDK lists no permissions for these; Genesys documents them for the custom-attributes endpoints
  // (shared/genesys-notes.md, decision 0011), and the emulator enforces them there.
  'conversation:customAttributes:view': 'GET /api/v2/conversations/{conversationId}/customattributes',
  'conversation:customAttributes:edit': 'PATCH /api/v2/conversations/{conversationId}/customattributes',
  'conversation:customAttributes:delete':
    'DELETE /api/v2/conversations/{conversationId}/customattributes/{attributesId}',
}

let emu: RunningEmulator
beforeAll(async () => {
  emu = await startEmulator({ port: 0 })
})
afterAll(() => emu.close())

async function me(user: 'agent' | 'agent2' | 'supervisor') {
  const token = await userToken(emu.origin, user)
  const response = await api(emu.origin, token, '/api/v2/users/me?expand=authorization')
  return userSchema.parse(await response.json())
}

describe('permission names', () => {
  it.each(['agent', 'agent2', 'supervisor'] as const)(
    '%s holds only names the SDK documents',
    async (user) => {
      const permissions = (await me(user)).authorization?.permissions ?? []
      expect(permissions.length).toBeGreaterThan(0)
      expect(permissions.filter((name) => documented[name] === undefined)).toEqual([])
    },
  )

  it('gives the supervisor the monitor and attribute-search permissions, spelt as the SDK spells them', async () => {
    const permissions = (await me('supervisor')).authorization?.permissions ?? []
    expect(permissions).toEqual(
      expect.arrayContaining([
        'conversation:call:monitor',
        'conversation:message:monitor',
        'conversation:participant:attributesview',
      ]),
    )
  })

  it('lets the widget’s default policy tell the supervisor from the agents', async () => {
    expect(roleFromUser(await me('supervisor'), defaultSupervisorPermissions)).toBe('supervisor')
    expect(roleFromUser(await me('agent'), defaultSupervisorPermissions)).toBe('agent')
    expect(roleFromUser(await me('agent2'), defaultSupervisorPermissions)).toBe('agent')
  })
})
