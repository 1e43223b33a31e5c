/**
 * The kinds of event a story may hold. Apart from the schema (schema.ts, which re-exports them) so that what lists
 * them on the page (the event filters) does not load valibot and the schema with it.
 */
export const EVENT_KINDS = ['attack', 'strike', 'protest', 'deployment', 'statement', 'context'] as const;
