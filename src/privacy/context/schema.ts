import picomatch from 'picomatch';
import * as z from 'zod';

/**
 * `palisade.context` on either endpoint: what a data app knows about the user's work, sent as
 * structure so Palisade can apply the workspace's context policy before anything is rendered.
 * Snake_case and strict like the rest of the public surface; limits keep one request's rendering
 * bounded (the body limit bounds the bytes).
 */

const name = z.string().min(1).max(256);
const tags = z.array(z.string().min(1).max(64)).max(32);
const description = z.string().max(4_000);

const columnSchema = z.strictObject({
  name,
  type: z.string().min(1).max(128).optional(),
  description: description.optional(),
  /** Free-form labels; `pii`, `pii:email`, `email`, … matter to the policy and to findings. */
  tags: tags.optional(),
});

const tableSchema = z.strictObject({
  /** The table, optionally schema-qualified: `orders` or `sales.orders`. */
  name,
  description: description.optional(),
  tags: tags.optional(),
  columns: z.array(columnSchema).max(1_000),
});

const cellSchema = z.strictObject({
  id: z.string().min(1).max(128).optional(),
  /** `sql`, `python`, `markdown`, … (used as the fence's info string). */
  language: z.string().min(1).max(32).optional(),
  source: z.string().max(100_000),
});

const errorSchema = z.strictObject({
  name: z.string().max(256).optional(),
  message: z.string().max(10_000),
  traceback: z.string().max(100_000).optional(),
});

const outputSchema = z
  .strictObject({
    cell_id: z.string().min(1).max(128).optional(),
    columns: z.array(z.string().max(256)).max(1_000).optional(),
    /** JSON values, one array per row, as long as `columns`. */
    rows: z.array(z.array(z.unknown()).max(1_000)).max(10_000).optional(),
    text: z.string().max(100_000).optional(),
    error: errorSchema.optional(),
  })
  .superRefine((output, ctx) => {
    const kinds = [output.columns ?? output.rows, output.text, output.error].filter((k) => k !== undefined);
    if (kinds.length !== 1)
      ctx.addIssue({ code: 'custom', message: 'an output has exactly one of columns (+ rows), text, error' });
    if (output.rows !== undefined && output.columns === undefined)
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'rows need columns' });
    const width = output.columns?.length ?? 0;
    output.rows?.forEach((row, i) => {
      if (output.columns !== undefined && row.length !== width)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `a row has ${width} values (one per column)`,
        });
    });
  });

export const structuredContextSchema = z.strictObject({
  schemas: z.array(tableSchema).max(500).optional(),
  cells: z.array(cellSchema).max(200).optional(),
  outputs: z.array(outputSchema).max(200).optional(),
});

export type StructuredContext = z.infer<typeof structuredContextSchema>;
export type ContextTable = z.infer<typeof tableSchema>;
export type ContextColumn = z.infer<typeof columnSchema>;
export type ContextCell = z.infer<typeof cellSchema>;
export type ContextOutput = z.infer<typeof outputSchema>;

const glob = z
  .string()
  .min(1)
  .max(256)
  .refine(
    (pattern) => {
      try {
        picomatch.makeRe(pattern);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid glob' },
  );

/**
 * The structured-context part of a workspace's context policy. Matching is case-insensitive.
 * - `exclude_tables`: globs over the table name and its unqualified name (`sales.orders`, `orders`).
 * - `exclude_columns`: globs over `table.column` (qualified and unqualified table) and `column`.
 *   In both, `*` stays inside one dotted part and `**` crosses dots: `*.ssn` is "ssn in any table",
 *   `*email*` does not match every column of a table named `email_campaigns`.
 * - `exclude_tags`: a tag on a table excludes the table, on a column the column. A pattern matches a
 *   tag or its namespace: `pii` matches `pii` and `pii:email`. Default `["pii"]`: data the app has
 *   labelled personal stays out unless an admin opts in (fail closed).
 * - `include_outputs`, `max_rows` (per output), `max_context_tokens` (o200k_base tokens).
 */
export const contextRulesSchema = z.strictObject({
  exclude_tables: z
    .array(glob)
    .max(500)
    .default(() => []),
  exclude_columns: z
    .array(glob)
    .max(500)
    .default(() => []),
  exclude_tags: z
    .array(glob)
    .max(100)
    .default(() => ['pii']),
  include_outputs: z.boolean().default(true),
  max_rows: z.number().int().min(0).max(1_000).default(20),
  max_context_tokens: z.number().int().min(100).max(200_000).default(8_000),
});

export type ContextRules = z.output<typeof contextRulesSchema>;
export type ContextRulesInput = z.input<typeof contextRulesSchema>;
