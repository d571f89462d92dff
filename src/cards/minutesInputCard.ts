import { AdaptiveCard, expand } from './cardKit';

export type MinutesInputCardData = Readonly<{ heading: string; paragraphs: readonly string[]; banner?: string; minutes?: string }>;

/** A box to paste minutes into: a card's multi-line input keeps line breaks whatever the message box does. */
export function renderMinutesInputCard(input: MinutesInputCardData): AdaptiveCard {
  return expand('minutesInput', {
    heading: input.heading,
    paragraphs: input.paragraphs.map((text) => ({ text })),
    banner: input.banner ?? '',
    minutes: input.minutes ?? '',
    fallbackText: [input.banner, input.heading, ...input.paragraphs].filter(Boolean).join('\n'),
  });
}

/** Asks an admin which of the team's channels gets the committee's summaries. */
