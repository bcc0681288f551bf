import * as z from 'zod/mini'
import { attributeMapSchema } from './attribute-map.ts'
import type { FieldValue } from './custom-attribute-fields.ts'

/*
 * Wire formats of conversation custom attributes, as the official SDK models them (CustomAttributes,
 * CustomAttributesListing, ConversationDataSchema, ConversationDataSchemaListing, SchemaQuantityLimits). Loose
 * objects: only what the widget relies on is required.
 */

/** Field name → JSON value, null-prototype (a field called `__proto__` is an ordinary entry). */
export type CustomValueMap = Readonly<Record<string, unknown>>

export function createValueMap(entries: Iterable<readonly [string, unknown]> = []): Record<string, unknown> {
  const map = Object.create(null) as Record<string, unknown>
  for (const [name, value] of entries) map[name] = value
  return map
}

export function readValue(map: CustomValueMap, name: string): unknown {
  return Object.hasOwn(map, name) ? map[name] : undefined
}

/** A value the editors handle; objects and arrays read as undefined (shown, never edited). */
export function scalarValue(value: unknown): FieldValue | undefined {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
    ? (value as FieldValue)
    : undefined
}

const customValueMapSchema = z.pipe(
  z.custom<unknown>(),
  z.transform((input, ctx): CustomValueMap => {
    if (input === undefined || input === null) return createValueMap()
    if (typeof input !== 'object' || Array.isArray(input)) {
      ctx.issues.push({ code: 'custom', input, message: 'customAttributes must be an object' })
      return z.NEVER
    }
    const source = input as Record<string, unknown>
    return createValueMap(Object.keys(source).map((name) => [name, source[name]] as const))
  }),
)

export const customAttributesRecordSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  conversationId: z.optional(z.string()),
  divisions: z.optional(z.array(z.string())),
  schema: z.optional(z.looseObject({ id: z.optional(z.string()), version: z.optional(z.number()) })),
  customAttributes: customValueMapSchema,
  customAttributesTimestamps: z.optional(attributeMapSchema),
  version: z.number(),
  dateModified: z.optional(z.string()),
})
export type CustomAttributesRecord = z.infer<typeof customAttributesRecordSchema>

export const customAttributesListingSchema = z.looseObject({
  results: z.optional(z.array(customAttributesRecordSchema)),
})

export const conversationDataSchemaSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  version: z.optional(z.number()),
  enabled: z.optional(z.boolean()),
  jsonSchema: z.optional(
    z.looseObject({
      title: z.optional(z.string()),
      description: z.optional(z.string()),
      required: z.optional(z.array(z.string())),
      properties: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
})
export type ConversationDataSchema = z.infer<typeof conversationDataSchemaSchema>

export const conversationDataSchemaListingSchema = z.looseObject({
  total: z.optional(z.number()),
  entities: z.optional(z.array(conversationDataSchemaSchema)),
})

export const schemaQuantityLimitsSchema = z.looseObject({
  maxNumberOfSchemasPerOrg: z.optional(z.number()),
  maxNumberOfFieldsPerSchema: z.optional(z.number()),
  maxFieldNameCharacters: z.optional(z.number()),
})
export type SchemaQuantityLimits = z.infer<typeof schemaQuantityLimitsSchema>

/** PATCH body (CustomAttributesPatchRequest): the record id, the version read, and only the changed fields. */
export interface CustomAttributesPatch {
  id: string
  version: number
  customAttributes: CustomValueMap
}
