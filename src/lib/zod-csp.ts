import * as z from 'zod/mini'

/*
 * Zod 4 probes whether `new Function("")` works before compiling fast object parsers. Our Content-Security-Policy
 * allows no eval, so the browser refuses the probe and reports a `securitypolicyviolation` (and a console error)
 * on every load, burying real violations. Without JIT the same schemas validate the same way, only slightly slower,
 * which for a few small API answers is not measurable. Imported for its effect before any schema is used.
 */
z.config({ jitless: true })
