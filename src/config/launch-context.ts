import * as z from 'zod/mini'

/**
 * What Genesys Cloud tells the widget through its URL template ({{gcConversationId}} and friends), plus our own
 * `theme`. Legacy pc* names are read when the gc* name is absent. Malformed values are dropped, not trusted:
 * a conversation id that is not a UUID would only produce a confusing 404 later.
 */
export interface LaunchContext {
  conversationId?: string
  langTag?: string
  usePopupAuth: boolean
  hostOrigin?: string
  targetEnv?: string
  pcEnvironment?: string
  theme?: z.infer<typeof themeSchema>
}

/** The URL parameters that make up a launch; the auth module carries exactly these across a sign-in redirect. */
export const launchParamNames = [
  'gcConversationId',
  'pcConversationId',
  'gcLangTag',
  'pcLangTag',
  'gcUsePopupAuth',
  'gcHostOrigin',
  'gcTargetEnv',
  'pcEnvironment',
  'theme',
  'region',
  'clientId',
  'grant',
  'lang',
] as const

const conversationIdSchema = z.uuid()
const langTagSchema = z.string().check(z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/))
const hostOriginSchema = z.pipe(
  z.url({ protocol: /^https?$/ }),
  z.transform((value: string) => new URL(value).origin),
)
const targetEnvSchema = z.string().check(z.regex(/^[a-z0-9-]{2,40}$/))
const domainSchema = z.string().check(z.regex(/^[a-z0-9.-]{3,100}$/))
const themeSchema = z.enum(['light', 'dark'])

function pick<T>(schema: z.ZodMiniType<T>, ...values: Array<string | null>): T | undefined {
  const value = values.find((candidate) => candidate !== null && candidate !== '')
  if (value === undefined || value === null) return undefined
  const parsed = schema.safeParse(value.trim())
  return parsed.success ? parsed.data : undefined
}

export function parseLaunchContext(params: URLSearchParams): LaunchContext {
  const context: LaunchContext = {
    usePopupAuth: (params.get('gcUsePopupAuth') ?? '').toLowerCase() === 'true',
  }
  const conversationId = pick(
    conversationIdSchema,
    params.get('gcConversationId'),
    params.get('pcConversationId'),
  )
  const langTag = pick(langTagSchema, params.get('gcLangTag'), params.get('pcLangTag'))
  const hostOrigin = pick(hostOriginSchema, params.get('gcHostOrigin'))
  const targetEnv = pick(targetEnvSchema, params.get('gcTargetEnv'))
  const pcEnvironment = pick(domainSchema, params.get('pcEnvironment'))
  const theme = pick(themeSchema, params.get('theme'))
  if (conversationId !== undefined) context.conversationId = conversationId
  if (langTag !== undefined) context.langTag = langTag
  if (hostOrigin !== undefined) context.hostOrigin = hostOrigin
  if (targetEnv !== undefined) context.targetEnv = targetEnv
  if (pcEnvironment !== undefined) context.pcEnvironment = pcEnvironment
  if (theme !== undefined) context.theme = theme
  return context
}

/** Only the launch parameters of a URL, in their order, e.g. to carry them across a sign-in redirect. */
export function pickLaunchParams(params: URLSearchParams): URLSearchParams {
  const names: readonly string[] = launchParamNames
  const kept = new URLSearchParams()
  for (const [name, value] of params) if (names.includes(name) && !kept.has(name)) kept.set(name, value)
  return kept
}
