/** The virtualizer's guess for a row it has not measured yet (one line of value plus padding). */
export const estimatedRowHeight = 64
