import type { Attachment, TurnContext } from 'botbuilder';
import { minutesFileText } from '../minutes/fileText';
import { textFromHtml } from '../minutes/fromHtml';

/** How the minutes a clerk posts reach the bot: a .txt or .docx file, or a message with its lines. */

const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Text of a .txt or .docx attachment (a Teams file, or an inline text file). */
export async function attachmentText(attachment: Attachment): Promise<string | undefined> {
  const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
  const url = typeof content?.downloadUrl === 'string' ? content.downloadUrl : attachment.contentUrl;
  const kind = typeof content?.fileType === 'string' ? content.fileType.toLowerCase() : (attachment.name?.split('.').pop() ?? '').toLowerCase();
  if (!url || !/^https?:/.test(url) || !['txt', 'docx', 'text'].includes(kind === 'text/plain' ? 'txt' : kind)) return undefined;
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) return undefined;
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_ATTACHMENT_BYTES) return undefined;
  return minutesFileText(bytes, kind === 'docx' ? 'docx' : 'text');
}

/**
 * A message's text with its line breaks: Teams keeps them in the message's HTML when the plain
 * text has lost them; the bot's own @mention is left out.
 */
export function messageTextWithLines(context: TurnContext): string {
  const plain = (context.activity.text ?? '').trim();
  const html = (context.activity.attachments ?? []).find((attachment) => attachment.contentType === 'text/html' && typeof attachment.content === 'string');
  if (!html || typeof html.content !== 'string') return plain;
  const botId = context.activity.recipient?.id;
  const mentions = (context.activity.entities ?? []).flatMap((entity) => {
    const mention = entity as { type?: unknown; mentioned?: { id?: unknown }; text?: unknown };
    return mention.type === 'mention' && mention.mentioned?.id === botId && typeof mention.text === 'string' ? [mention.text] : [];
  });
  const fromHtml = textFromHtml(mentions.reduce((content, mention) => content.split(mention).join(''), html.content));
  return fromHtml.includes('\n') ? fromHtml : plain;
}
