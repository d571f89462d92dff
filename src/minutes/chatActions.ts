/** One action typed in a meeting's chat: "Helen Marsh to circulate the audit by 28 Feb". */
export type ChatAction = Readonly<{ owner: string | null; text: string; due: string | null }>;

const DUE =
  /\s+(?:by|before|for|no later than|due)\s+((?:the\s+)?(?:end of\s+)?(?:next meeting|next week|next month|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+(?:\s+\d{4})?|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+\d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:spring|summer|autumn|winter)(?:\s+\d{4})?|[A-Za-z]+day))\s*\.?$/i;

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export function parseChatAction(line: string): ChatAction {
  let rest = line.trim();
  let due: string | null = null;
  const dueMatch = DUE.exec(rest);
  if (dueMatch) {
    due = dueMatch[1]?.trim() ?? null;
    rest = rest.slice(0, dueMatch.index);
  }
  // "<owner> to <do something>", the owner being a few capitalised words or a title ("the Clerk").
  const ownerMatch = /^((?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,5}?)\s+(?:to|will|agreed to|is to)\s+(.+)$/.exec(rest);
  if (ownerMatch?.[1] && ownerMatch[2]) return { owner: ownerMatch[1].trim(), text: sentence(ownerMatch[2]), due };
  return { owner: null, text: sentence(rest), due };
}
