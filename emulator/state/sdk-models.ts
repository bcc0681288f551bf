import type * as Sdk from 'purecloud-platform-client-v2'

/*
 * The official SDK's models for the answers the emulator builds by hand (type-only: nothing of the SDK is
 * loaded at run time). An object literal with a field the real model lacks fails the compile, so the emulator
 * cannot invent fields; the SDK marks every field optional, so which ones we fill is our choice (docs/EMULATOR.md).
 */

type Conversations = InstanceType<typeof Sdk.ConversationsApi>
type Answer<K extends keyof Conversations> = Conversations[K] extends (...args: never[]) => Promise<infer R>
  ? R
  : never

export type SdkCallConversation = Answer<'getConversationsCall'>
export type SdkCallMediaParticipant = NonNullable<SdkCallConversation['participants']>[number]
export type SdkCallConversationListing = Answer<'getConversationsCalls'>
export type SdkParticipantAttributes = Answer<'patchConversationsCallParticipantAttributes'>
export type SdkDomainEntityRef = NonNullable<SdkCallMediaParticipant['user']>
