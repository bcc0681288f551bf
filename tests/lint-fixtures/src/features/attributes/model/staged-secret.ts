export const stagedSecret = 'internal to attributes'
