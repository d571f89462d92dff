import { formatDate } from '../domain/dates';
import { answerText, type Answer, type AreaSummary } from '../ask/answer';
import { AdaptiveCard, expand } from './cardKit';

export function renderSummaryCard(answer: Extract<Answer, { intent: 'summary' }>, planName: string, asOf: string): AdaptiveCard {
  const label = (summary: AreaSummary): string => `${summary.area.number} · ${summary.area.shortTitle}`;
  return expand('summary', {
    planName,
    asOf: formatDate(asOf),
    // Numbers are bound as text: the renderer drops a TextBlock whose text is a number.
    totals: {
      red: String(answer.totals.red),
      amber: String(answer.totals.amber),
      green: String(answer.totals.green),
      complete: String(answer.totals.complete),
      overdue: String(answer.totals.overdue),
      total: String(answer.totals.total),
    },
    totalsText: `${answer.totals.total} actions, ${answer.totals.overdue} overdue.`,
    areas: answer.areas.map((summary) => ({
      label: label(summary),
      question: `What's outstanding in area ${summary.area.number}?`,
      red: String(summary.red),
      amber: String(summary.amber),
      green: String(summary.green),
      complete: String(summary.complete),
    })),
    fallbackText: answerText(answer),
    speak: `${answer.totals.red} red, ${answer.totals.amber} amber, ${answer.totals.green} green.`,
  });
}
