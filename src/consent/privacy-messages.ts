/**
 * The payloads of the privacy messages the worker handles (entries in src/shared/messages.ts). Kept
 * light: every context imports the protocol, so nothing here pulls in the declaration or a database.
 */
import * as v from 'valibot';

export { consentAnswerSchema, type ConsentAnswer, type ConsentSummary } from './consent-record';

export interface EraseRequest {
  /** Data item ids of the policy, or everything. */
  items: 'all' | string[];
}

export interface EraseResult {
  /** The data items whose places were emptied (items kept only in memory are not listed). */
  erased: string[];
}

export const eraseRequestSchema = v.object({
  items: v.union([
    v.literal('all'),
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,60}$/))),
      v.minLength(1),
      v.maxLength(100),
    ),
  ]),
}) satisfies v.GenericSchema<unknown, EraseRequest>;
