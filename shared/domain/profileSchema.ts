import { z } from 'zod';
import { PROFILES } from './profile';

// Apart from profile.ts so that what only redacts (presentation mode, the
// exports) loads no zod; the calls and files that receive a profile check it.

export const profile = z.enum(PROFILES);
