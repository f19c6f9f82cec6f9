import { z } from 'zod';

type Patch<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

/**
 * An update's fields: every field optional and, unlike `.partial()`, without
 * the create-time defaults, so a field left out stays as it is instead of
 * being reset to its default.
 */
export function patchOf<S extends z.ZodRawShape>(shape: S): z.ZodObject<Patch<S>> {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
      return [key, z.optional(bare)];
    }),
  );
  return z.object(fields) as unknown as z.ZodObject<Patch<S>>;
}
