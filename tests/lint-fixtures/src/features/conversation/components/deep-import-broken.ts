import { stagedSecret } from '../../attributes/model/staged-secret.ts'

export const reachedIn = stagedSecret
