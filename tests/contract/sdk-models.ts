import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import ts from 'typescript'

/*
 * The official SDK's models as data. `purecloud-platform-client-v2` ships no swagger file; its index.d.ts holds one
 * TypeScript interface per model (`declare namespace Models { export interface Participant { "id"?: string; ...}}`),
 * generated from the platform's API definition, so it is the most machine-readable contract there is. It is read
 * with the TypeScript compiler's parser: fields, whether each is optional, and its type.
 */

export type ModelType =
  | { kind: 'string' | 'number' | 'boolean' | 'object' }
  | { kind: 'array'; item: ModelType }
  | { kind: 'map'; value: ModelType }
  | { kind: 'model'; name: string }

export interface ModelField {
  optional: boolean
  type: ModelType
}

export type Model = ReadonlyMap<string, ModelField>

function typeOf(node: ts.TypeNode, source: ts.SourceFile): ModelType {
  if (node.kind === ts.SyntaxKind.StringKeyword) return { kind: 'string' }
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { kind: 'number' }
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { kind: 'boolean' }
  if (node.kind === ts.SyntaxKind.ObjectKeyword) return { kind: 'object' }
  if (ts.isArrayTypeNode(node)) return { kind: 'array', item: typeOf(node.elementType, source) }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText(source)
    const [argument] = node.typeArguments ?? []
    if (name === 'Array' && argument) return { kind: 'array', item: typeOf(argument, source) }
    if (name.startsWith('Models.')) return { kind: 'model', name: name.slice('Models.'.length) }
  }
  if (ts.isTypeLiteralNode(node)) {
    const [index] = node.members
    if (index && ts.isIndexSignatureDeclaration(index))
      return { kind: 'map', value: typeOf(index.type, source) }
  }
  throw new Error(`index.d.ts: a model field type this reader does not know: ${node.getText(source)}`)
}

function readModels(): ReadonlyMap<string, Model> {
  const require = createRequire(import.meta.url)
  const path = require.resolve('purecloud-platform-client-v2/index.d.ts')
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const models = new Map<string, Model>()
  const visit = (node: ts.Node): void => {
    if (ts.isModuleDeclaration(node) && node.name.getText(source) === 'Models' && node.body) {
      if (!ts.isModuleBlock(node.body)) return
      for (const statement of node.body.statements) {
        if (!ts.isInterfaceDeclaration(statement)) continue
        const fields = new Map<string, ModelField>()
        for (const member of statement.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue
          const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(source)
          fields.set(name, {
            optional: member.questionToken !== undefined,
            type: typeOf(member.type, source),
          })
        }
        models.set(statement.name.text, fields)
      }
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return models
}

let cache: ReadonlyMap<string, Model> | undefined

/** The SDK model by name, e.g. `sdkModel('ConversationEventTopicParticipant')`. */
export function sdkModel(name: string): Model {
  cache ??= readModels()
  const model = cache.get(name)
  if (!model) throw new Error(`The SDK has no model ${name}`)
  return model
}
