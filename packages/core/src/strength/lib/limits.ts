/** Code points analysed when `maxLength` is not given. */
export const DEFAULT_STRENGTH_MAX_LENGTH = 64
