import { stagedSecret } from '../features/attributes/model/staged-secret.ts'

export const helperKnowsAFeature = stagedSecret
