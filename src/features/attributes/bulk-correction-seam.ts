/*
 * What a bulk correction over many conversations (src/features/bulk-fix) reuses from the attribute editor, so that
 * each conversation gets the guarantees of a single commit: the commit planner (only changed names, conflicts
 * against a fresh read, policy refusals), the attribute policy, and the CSV reader and formula defusing of the
 * governance tools. The one door between the two features: bulk-fix imports nothing else from here.
 */
export { planCommit, type CommitPlan } from './model/plan-commit.ts'
export { createEditMap } from './model/edit-map.ts'
export type { EditMap, StagedEdit } from './model/staged-edit.ts'
export { mayWrite, type AccessOf } from './model/attribute-access.ts'
export { accessOfRole, type CompiledPolicy } from './governance/model/access-policy.ts'
export { parseDelimited, detectDelimiter } from './governance/model/parse-delimited.ts'
export { csvField, defuseFormula } from './governance/model/export-attributes.ts'
