import type { Models } from 'purecloud-platform-client-v2'

/** The SDK's model is the contract for what the emulator sends (tests/contract checks the wire too). */
type User = Models.UserMe
import { SEED } from '../seed.ts'
import type { StoredConversation } from './model.ts'

/*
 * The three fixed identities. Every permission name is spelt as the official SDK's endpoint docs list it
 * (docs/decisions/0010-permission-names.md); they are informational (GET /api/v2/users/me?expand=authorization):
 * the emulator enforces visibility, not permissions, as the attribute endpoints themselves require none.
 */

export interface EmulatorUser {
  id: string
  email: string
  name: string
  title: string
  canViewAllConversations: boolean
  roles: Array<{ id: string; name: string }>
  permissions: string[]
}

const agentPermissions = [
  // GET /api/v2/conversations/{id}
  'conversation:communication:view',
  // GET /api/v2/conversations/messages/{id}/messages/{messageId}
  'conversation:message:view',
  // POST .../participants/{pid}/communications/{cid}/wrapup
  'conversation:participant:wrapup',
  // GET /api/v2/routing/queues/{queueId}
  'routing:queue:view',
  // GET/PATCH /api/v2/conversations/{id}/customattributes (enforced by the emulator, decision 0011)
  'conversation:customAttributes:view',
  'conversation:customAttributes:edit',
]

const supervisorPermissions = [
  ...agentPermissions,
  // POST /api/v2/conversations/{calls|messages}/{id}/participants/{pid}/monitor: what makes a supervisor
  'conversation:call:monitor',
  'conversation:message:monitor',
  // POST /api/v2/conversations/participants/attributes/search, GET .../secureattributes (lower case in the SDK)
  'conversation:participant:attributesview',
  'analytics:conversationDetail:view',
  'analytics:conversationAggregate:view',
  'routing:queue:edit',
  'conversation:customAttributes:delete',
]

const roles = {
  employee: { id: '0c6d8e1a-2f3b-4a5c-9d7e-00000000e001', name: 'employee' },
  agent: { id: '0c6d8e1a-2f3b-4a5c-9d7e-00000000e002', name: 'Contact Center Agent' },
  supervisor: { id: '0c6d8e1a-2f3b-4a5c-9d7e-00000000e003', name: 'Supervisor' },
}

export const emulatorUsers: readonly EmulatorUser[] = [
  {
    ...SEED.users.agent,
    title: 'Customer Care Agent',
    canViewAllConversations: false,
    roles: [roles.employee, roles.agent],
    permissions: agentPermissions,
  },
  {
    ...SEED.users.agent2,
    title: 'Customer Care Agent',
    canViewAllConversations: false,
    roles: [roles.employee, roles.agent],
    permissions: agentPermissions,
  },
  {
    ...SEED.users.supervisor,
    title: 'Contact Center Supervisor',
    canViewAllConversations: true,
    roles: [roles.employee, roles.agent, roles.supervisor],
    permissions: supervisorPermissions,
  },
]

export function findUser(id: string): EmulatorUser | undefined {
  return emulatorUsers.find((u) => u.id === id)
}

export function userWire(user: EmulatorUser, expandAuthorization: boolean): User {
  const wire: User = {
    id: user.id,
    name: user.name,
    email: user.email,
    username: user.email,
    state: 'active',
    title: user.title,
    department: 'Customer Care',
    version: 1,
    selfUri: `/api/v2/users/${user.id}`,
  }
  if (expandAuthorization) {
    wire.authorization = {
      roles: user.roles.map((r) => ({ ...r })),
      permissions: [...user.permissions],
      unusedRoles: [],
      permissionPolicies: [],
    }
  }
  return wire
}

/** Who may see a conversation: a participant user, a supervisor, or an org-wide client-credentials token. */
export function canSee(userId: string | null, conversation: StoredConversation): boolean {
  if (userId === null) return true
  if (findUser(userId)?.canViewAllConversations) return true
  return conversation.participants.some((p) => p.userId === userId)
}

const endedStates = new Set(['disconnected', 'terminated'])

/** Still on the conversation: a leg of this user that has not ended (a transferred-away agent is not). */
export function isConnectedParticipant(userId: string, conversation: StoredConversation): boolean {
  return conversation.participants.some((p) => p.userId === userId && !endedStates.has(p.communication.state))
}
