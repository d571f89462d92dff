/** When an action is due, as the minutes say it: "Summer 2022", "next meeting", or a full date as YYYY-MM-DD. */
import { findFullDate, MONTH_NAMES } from './dates';
import { squash } from './text';

const NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|a couple of|a few)`;
const SEASON = String.raw`(?:spring|summer|autumn|winter)(?:\s+term)?`;
const MONTH = String.raw`(?:${MONTH_NAMES})`;
const BODY = String.raw`(?:committee|panel|board|sub-committee|group|scrutiny|cabinet|forum)`;

/** Due phrases after their preposition; group 1 is the phrase as the clerk will see it. */
const PHRASES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:at|to|for|by|before|until|in time for|ahead of|no later than)\s+(?:the|its|their|our|a)?\s*(next\s+(?:(?:scheduled|formal|ordinary|available)\s+)?(?:(?:[A-Z][\w&'’-]*\s+){0,4}${BODY}\s+)?meeting)(?:\s+of\s+the\s+${BODY})?`,
    'i',
  ),
  new RegExp(String.raw`\b(?:at|to|for|by|before)\s+(?:the|its)\s+(${MONTH}\s+(?:${BODY}\s+)?meeting)`, 'i'),
  new RegExp(String.raw`\b((?:(?:later|earlier)\s+(?:in|this)\s+(?:the\s+)?|by the end of (?:the|this)\s+|end of (?:the|this)\s+)(?:week|month|day))\b`, 'i'),
  new RegExp(
    String.raw`\b(?:by|before|in|during|for|over|until|within)\s+(?:the\s+)?((?:end of (?:the\s+)?|early\s+|late\s+|mid[- ]?)?${SEASON}(?:\s+\d{4})?)\b`,
    'i',
  ),
  new RegExp(String.raw`\b((?:early\s+|late\s+|mid[- ])?(?:Spring|Summer|Autumn|Winter)(?:\s+[Tt]erm)?\s+\d{4})\b`),
  new RegExp(
    String.raw`\b(?:by|before|after|over|for|during|in)\s+(?:the\s+)?((?:christmas|easter|(?:(?:${MONTH}|spring|summer|autumn|christmas|easter)\s+)?(?:half[- ]term|recess|break|holidays?))(?:\s+\d{4})?)\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:by|before|in|during|until|for)\s+(?:the\s+)?((?:end of\s+|early\s+|mid[- ]?|late\s+)?${MONTH}(?:\s+\d{4})?)\b(?!\s+\d)`, 'i'),
  new RegExp(String.raw`\b((?:by|before)\s+(?:the\s+)?end of (?:the\s+)?(?:(?:calendar|financial|municipal|academic|school)\s+)?(?:year|term|quarter))\b`, 'i'),
  new RegExp(String.raw`\b(next\s+(?:(?:calendar|financial|municipal|academic)\s+)?(?:week|month|year|term|quarter))\b`, 'i'),
  new RegExp(String.raw`\b(within\s+(?:the\s+next\s+)?${NUMBER}\s+(?:working\s+)?(?:days?|weeks?|months?))\b`, 'i'),
  new RegExp(String.raw`\b(?:in|within)\s+(${NUMBER}\s+(?:weeks?|months?)(?:(?:['’]|['’]s)?\s+time)?)\b`, 'i'),
  new RegExp(String.raw`\b(?:in|by|for|during)\s+(the\s+new\s+year)\b`, 'i'),
  /\b(as soon as (?:possible|practicable)|asap)\b/i,

  /\b(?:by|before|in|during)\s+((?:Q[1-4]|quarter\s+[1-4]|the\s+(?:first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?\d{4}(?:\/\d{2,4})?)?)\b/i,
  /\b(?:by|before|on)\s+((?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday))\b/i,
  /\b(?:by|before|in|during)\s+((?:early|mid|late)[- ]\d{4}|\d{4})\b(?![/.-]\d)/i,
];

/** A due-date preposition just before a full date ("by 31 March 2022", "at its meeting on 4 December 2019"). */
const BEFORE_DATE =
  /\b(?:by|before|on|at|until|due|deadline|no later than|for|in time for|ahead of|w\/c|week commencing)\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?(?:the\s+)?$/i;

function tidy(phrase: string): string {
  return squash(phrase.replace(/^the\s+/i, '').replace(/^(?:by|before)\s+(?:the\s+)?/i, ''));
}

/** The due phrase of an action's words, or null. */
export function findDue(text: string): string | null {
  const sample = text.slice(0, 2000);
  let best: { index: number; value: string } | undefined;
  let from = 0;
  while (from < sample.length) {
    const date = findFullDate(sample.slice(from));
    if (!date) break;
    const at = from + date.index;
    if (BEFORE_DATE.test(sample.slice(Math.max(0, at - 40), at))) {
      best = { index: at, value: date.iso };
      break;
    }
    from = at + date.length;
  }
  for (const pattern of PHRASES) {
    const match = pattern.exec(sample);
    if (match?.[1] && (!best || match.index < best.index)) {
      // "in March 2022" inside a full date was handled above.
      if (best && match.index >= best.index - 2 && match.index <= best.index + 20) continue;
      best = { index: match.index, value: tidy(match[1]) };
    }
  }
  return best?.value ?? null;
}
