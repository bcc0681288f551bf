import { attributesSeam } from '../../attributes/public.ts'

export const throughTheSeam = attributesSeam
