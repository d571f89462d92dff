/**
 * How big Teams thinks a message is. Teams counts the whole message it is sent (the activity with
 * its attachment envelope, ids and summary), serialised as JSON and encoded as UTF-16: two bytes
 * per UTF-16 code unit, so plain ASCII counts double what it weighs in UTF-8, and JSON escapes
 * (`\"`, `\n`, `\u0007`) count too. The hard limit is 100 KB; Microsoft advises staying under 80 KB.
 */

/** The size guard every card is kept under, as measured by `teamsMessageBytes`. */
export const MAX_CARD_BYTES = 80 * 1024;

const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

// What the adapter adds around a reply, with ids as long as Teams' longest (personal-chat ids run to
// about 150 characters): the measure is then an upper bound for any conversation.
const LONG_ID = 'x'.repeat(200);
const ENVELOPE = {
  type: 'message',
  id: LONG_ID,
  timestamp: '2022-02-01T08:00:00.000Z',
  localTimestamp: '2022-02-01T08:00:00.000+00:00',
  channelId: 'msteams',
  serviceUrl: `https://smba.trafficmanager.net/emea/${'x'.repeat(36)}/`,
  from: { id: LONG_ID, name: 'Improvement Tracker' },
  recipient: { id: LONG_ID, name: 'x'.repeat(100), aadObjectId: 'x'.repeat(36) },
  conversation: { id: LONG_ID, conversationType: 'personal', tenantId: 'x'.repeat(36), isGroup: false, name: 'x'.repeat(100) },
  replyToId: LONG_ID,
  locale: 'en-GB',
  inputHint: 'acceptingInput',
  textFormat: 'plain',
} as const;

/**
 * The size of the message carrying `card`, by Teams' measure (bytes of UTF-16). `summary` and
 * `text` are what the bot sends beside the card.
 */
export function teamsMessageBytes(card: object, beside: Readonly<{ summary?: string; text?: string }> = {}): number {
  const activity = { ...ENVELOPE, ...beside, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
  // A JavaScript string's length is its count of UTF-16 code units.
  return JSON.stringify(activity).length * 2;
}
