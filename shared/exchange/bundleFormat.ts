// What a bundle file says it is. Apart from bundle.ts's schema, which checks
// the rest of a file read in: what writes a bundle (an export, a sample) and
// what follows the export's rules (presentation mode) need no zod.

export const BUNDLE_FORMAT = 'embargo-planner/bundle';
export const BUNDLE_VERSION = 1;
