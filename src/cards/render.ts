/** Every card's render function, one module per card (this file only gathers them). */
export { isAdaptiveCard, MAX_CARD_BYTES, PAGE_SIZE, TEMPLATES, teamsMessageBytes, type AdaptiveCard, type TemplateName } from './cardKit';
export { renderActionListCard, type ListCardData } from './actionListCard';
export { renderActionDetailCard, type DetailCardData, type DetailCardOptions } from './actionDetailCard';
export { renderSummaryCard } from './summaryCard';
export { renderHelpCard, renderMessageCard, type MessageCardData } from './messageCard';
export { renderAnswerCard } from './answerCard';
export { MAX_PREVIEW_ACTIONS, renderOutcomePreviewCard, type PreviewInput } from './outcomePreviewCard';
export { renderMeetingSummaryCard } from './meetingSummaryCard';
export { renderMinutesInputCard, type MinutesInputCardData } from './minutesInputCard';
export { renderChannelChooserCard } from './channelChooserCard';
export { renderNewActionCard, type NewActionForm } from './newActionCard';
export { renderReminderCard } from './reminderCard';
export { renderFollowCard } from './followCard';
export { digestText, renderDigestCard } from './digestCard';
