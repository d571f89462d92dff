import { ACTION_TEXT_MAX_LENGTH } from '../meetings/recordOutcome';
import type { Area, Person } from '../domain/model';
import { AdaptiveCard, CHOICE_TITLE_LIMIT, clip, expand } from './cardKit';

export type NewActionForm = Readonly<{
  title: string;
  owner?: string;
  due?: string;
  area?: number;
  /** Why the last try was refused, said on top. */
  problems?: readonly string[];
  /** Identifies this form, so a second submit of it adds one action. */
  requestId: string;
  today: string;
}>;

/** The "Add as action" dialog: the message's words as the title, owner, due date and area (suggested from the words). */
export function renderNewActionCard(form: NewActionForm, people: readonly Person[], areas: readonly Area[]): AdaptiveCard {
  return expand('newAction', {
    problemsText: (form.problems ?? []).join(' '),
    title: form.title.slice(0, ACTION_TEXT_MAX_LENGTH),
    maxTitle: ACTION_TEXT_MAX_LENGTH,
    owner: form.owner ?? '',
    due: form.due ?? '',
    // Never later than a date already on the form: Teams sends nothing while a date is out of range.
    minDue: [form.today, form.due ?? ''].filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort()[0] ?? form.today,
    area: form.area === undefined ? '' : String(form.area),
    peopleChoices: people.map((person) => ({
      title: clip(`${person.name}${person.jobTitle ? `, ${person.jobTitle}` : ''}`, CHOICE_TITLE_LIMIT),
      value: person.id,
    })),
    areaChoices: areas.map((area) => ({ title: clip(`${area.number} · ${area.shortTitle}`, CHOICE_TITLE_LIMIT), value: String(area.number) })),
    requestId: form.requestId,
  });
}
