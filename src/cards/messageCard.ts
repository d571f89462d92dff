import { HELP_EXAMPLES, MORE_EXAMPLES } from '../ask/answer';
import { AdaptiveCard, FALLBACK_LIMIT, clip, expand, fitted } from './cardKit';

export type MessageCardData = {
  heading: string;
  paragraphs: string[];
  buttonsIntro?: string;
  buttons?: Array<{ title: string; question: string }>;
};

/** A short message with optional buttons that ask a question for the person. */
export function renderMessageCard(message: MessageCardData): AdaptiveCard {
  const text = clip([message.heading, ...message.paragraphs].join('\n'), FALLBACK_LIMIT);
  const paragraphs = message.paragraphs.map((paragraph) => ({ text: clip(paragraph, 1000) }));
  return fitted(paragraphs.length, (count) =>
    expand('message', {
      heading: message.heading,
      paragraphs: count < paragraphs.length ? [...paragraphs.slice(0, count), { text: `And ${paragraphs.length - count} more.` }] : paragraphs,
      buttonsIntro: message.buttonsIntro ?? '',
      buttons: message.buttons ?? [],
      fallbackText: text,
      speak: message.heading,
    }),
  );
}

export function renderHelpCard(heading = 'What I can answer'): AdaptiveCard {
  return renderMessageCard({
    heading,
    paragraphs: [
      'Ask about the improvement plan in your own words: an area, a topic, a person, a status, a date or a committee meeting.',
      'Every answer says how I read your question, so you can check it.',
      `You can also ask: ${MORE_EXAMPLES.map((question) => `"${question}"`).join(', ')}.`,
      'Update an action in words ("mark 7.2 complete", "move 7.2 to 30 April because the release slipped", "add a note to 9.1: ..."). Clerks can "post outcomes" of a meeting; managers can ask for their "digest".',
    ],
    buttonsIntro: 'Try one of these:',
    buttons: HELP_EXAMPLES.map((question) => ({ title: question, question })),
  });
}
