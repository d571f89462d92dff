import { type Person } from '../domain/model';
import { MAX_QUESTION_LENGTH } from '../ask/parseQuestion';
import { type Answer, type PlanFacts } from '../ask/answer';
import { AdaptiveCard } from './cardKit';
import { renderActionListCard } from './actionListCard';
import { renderActionDetailCard } from './actionDetailCard';
import { renderSummaryCard } from './summaryCard';
import { renderHelpCard, renderMessageCard } from './messageCard';

export function renderAnswerCard(
  answer: Answer,
  context: { question: string; page?: number; facts: PlanFacts; planName: string; asOf: string; viewer: Person | undefined },
): AdaptiveCard {
  switch (answer.intent) {
    case 'list_actions':
      return renderActionListCard(answer, context.question, context.page);
    case 'action_detail':
      // The fact asked ("who owns 5.3?") heads the card, above the action it is about.
      return renderActionDetailCard(answer.action, {
        viewer: context.viewer,
        people: context.facts.people,
        areas: context.facts.areas,
        today: context.asOf,
        ...(answer.fact ? { banner: { text: answer.fact, tone: 'good' as const } } : {}),
      });
    case 'summary':
      return renderSummaryCard(answer, context.planName, context.asOf);
    case 'help':
      return renderHelpCard();
    case 'clarify_person':
      return renderMessageCard({
        heading: answer.reading,
        paragraphs: [],
        buttonsIntro: 'Choose one:',
        buttons: answer.candidates.map((candidate) => ({ title: `${candidate.name}, ${candidate.jobTitle}`, question: candidate.question })),
      });
    case 'unknown':
      return renderMessageCard({
        heading: answer.reading,
        paragraphs:
          answer.reason === 'no_topic_match'
            ? ["I haven't listed anything rather than guess."]
            : answer.reason === 'too_long'
              ? [
                  `Questions can be up to ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} characters. Ask me a short question about the plan, for example "what's overdue?".`,
                ]
              : answer.reason === 'no_words'
                ? ['Ask me a short question about the plan, for example "what\'s overdue?".']
                : [],
        buttonsIntro: answer.suggestedAreas.length > 0 ? 'The closest areas of the plan:' : 'You could try:',
        buttons: [
          ...answer.suggestedAreas.map((area) => ({ title: `${area.number} · ${area.shortTitle}`, question: `What's outstanding in area ${area.number}?` })),
          { title: 'Summary of the plan', question: 'Summary' },
          { title: 'Help', question: 'Help' },
        ].slice(0, 5),
      });
  }
}

/** Preview cards list at most this many actions; more are recorded afterwards, one by one. */
