import { z } from 'zod';

/**
 * The data each card template is filled from, one schema per template. A render function must
 * produce its template's type (`expand` takes nothing else), and a test checks that every
 * `${…}` in a template names a field of its schema, so a renamed field cannot leave a blank.
 * Numbers shown in a card are bound as text: the renderer drops a TextBlock whose text is a number.
 */
const text = z.string();
const choice = z.object({ title: text, value: text });
const refText = z.object({ ref: text, title: text });
const paragraph = z.object({ text });
const ragCounts = { red: text, amber: text, green: text, complete: text };

export const TEMPLATE_DATA = {
  actionList: z.object({
    heading: text,
    reading: text,
    question: text,
    page: z.number(),
    pages: z.number(),
    pageText: text,
    showAreaHeadings: z.boolean(),
    empty: z.boolean(),
    emptyText: text,
    fallbackText: text,
    speak: text,
    groups: z.array(
      z.object({
        heading: text,
        items: z.array(z.object({ id: text, ref: text, title: text, meta: text, ragText: text, ragColor: text })),
      }),
    ),
  }),
  actionDetail: z.object({
    actionId: text,
    ref: text,
    title: text,
    ragLabel: text,
    ragColor: text,
    areaLabel: text,
    ownerName: text,
    dueText: text,
    statusText: text,
    sourceText: text,
    slippageText: text,
    measure: text,
    updates: z.array(z.object({ who: text, when: text, what: text })),
    banner: text,
    bannerStyle: z.enum(['good', 'attention', 'default']),
    /** The history entry the Undo button takes back ('' for no button). */
    undoUpdateId: text,
    /** The action's page ('' for no link). */
    address: text,
    undoText: text,
    canEdit: z.boolean(),
    showComplete: z.boolean(),
    canVerifyNow: z.boolean(),
    notAllowedText: text,
    showOpenToUpdate: z.boolean(),
    statusChoices: z.array(choice),
    draft: z.object({ status: text, note: text, due: text, reason: text }),
    minDue: text,
    basis: z.object({ status: text, due: text, owner: text }),
    /** New for every drawing of the card: a second press of the same button is the same request. */
    renderId: text,
    refreshUserIds: z.array(text),
    question: text,
    page: z.number(),
    fallbackText: text,
    speak: text,
  }),
  summary: z.object({
    planName: text,
    asOf: text,
    totals: z.object({ ...ragCounts, overdue: text, total: text }),
    totalsText: text,
    areas: z.array(z.object({ label: text, question: text, ...ragCounts })),
    fallbackText: text,
    speak: text,
  }),
  message: z.object({
    heading: text,
    paragraphs: z.array(paragraph),
    buttonsIntro: text,
    buttons: z.array(z.object({ title: text, question: text })),
    fallbackText: text,
    speak: text,
  }),
  outcomePreview: z.object({
    draftId: text,
    heading: text,
    actionsHeading: text,
    banner: text,
    bannerStyle: z.enum(['good', 'attention', 'warning', 'default']),
    bannerItems: z.array(paragraph),
    committeeName: text,
    meetingDate: text,
    items: z.array(refText),
    moreItems: text,
    resolutions: z.array(z.object({ ref: text, text })),
    resolutionCount: text,
    moreResolutions: text,
    proposals: z.array(
      z.object({
        index: text,
        number: text,
        text,
        hint: text,
        recorded: text,
        recordedId: text,
        similarText: text,
        similarRef: text,
        similarId: text,
        includeTitle: text,
        includeValue: text,
        ownerId: text,
        due: text,
        area: text,
      }),
    ),
    peopleChoices: z.array(choice),
    areaChoices: z.array(choice),
    moreText: text,
    canConfirm: z.boolean(),
    confirmTitle: text,
    fallbackText: text,
  }),
  meetingSummary: z.object({
    heading: text,
    committeeName: text,
    items: z.array(refText),
    moreItems: text,
    resolutions: z.array(z.object({ ref: text, text })),
    moreResolutions: text,
    actions: z.array(z.object({ id: text, ref: text, title: text, meta: text })),
    actionCount: text,
    moreText: text,
    question: text,
    fallbackText: text,
  }),
  channelChooser: z.object({ channels: z.array(z.object({ id: text, name: text })) }),
  newAction: z.object({
    problemsText: text,
    title: text,
    maxTitle: z.number(),
    owner: text,
    due: text,
    minDue: text,
    area: text,
    peopleChoices: z.array(choice),
    areaChoices: z.array(choice),
    requestId: text,
  }),
  digest: z.object({
    heading: text,
    scopeText: text,
    allOnTrack: z.boolean(),
    areas: z.array(z.object({ label: text, ...ragCounts })),
    moreAreas: text,
    sections: z.array(z.object({ title: text, color: text, items: z.array(z.object({ id: text, ref: text, title: text, meta: text })), more: text })),
    changes: z.array(z.object({ ref: text, by: text, what: text })),
    moreChanges: text,
    nextMeeting: text,
    fallbackText: text,
  }),
  minutesInput: z.object({ heading: text, paragraphs: z.array(paragraph), banner: text, minutes: text, fallbackText: text }),
} as const;

export type TemplateName = keyof typeof TEMPLATE_DATA;
export type TemplateData<N extends TemplateName> = z.input<(typeof TEMPLATE_DATA)[N]>;
