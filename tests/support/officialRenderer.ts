/**
 * The official Adaptive Cards renderer (`adaptivecards`) in Node: its CommonJS bundle parses and
 * validates cards as the Teams clients do, and its inputs check their own values before any
 * button sends. Nothing is drawn here, so each input is given the value its control would show.
 */
import { createRequire } from 'node:module';
import type * as ACTypes from 'adaptivecards';

// The package's lib/ is ESM that Node cannot load; dist/ is the same code as one CommonJS bundle.
export const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

export type ParsedCard = ACTypes.AdaptiveCard;
export type ParsedInput = ACTypes.Input;
export type ParsedAction = ACTypes.Action;

/** Parses a card as Adaptive Cards 1.5 and lists every parse and validation problem the renderer reports. */
export function parseAsTeams(card: object): { parsed: ParsedCard; problems: string[] } {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const problems = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return { parsed, problems: [...problems, ...parsed.validateProperties().validationEvents.map((event) => event.message)] };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(?::\d{2})?$/;

/** What the drawn control holds before anyone touches it: browsers drop a date they cannot read, a list shows only one of its choices. */
function shownValue(input: ParsedInput): string | number | undefined {
  if (input instanceof AC.TextInput) return input.defaultValue ?? '';
  if (input instanceof AC.NumberInput) return input.defaultValue;
  if (input instanceof AC.DateInput) return input.defaultValue && ISO_DATE.test(input.defaultValue) ? input.defaultValue : '';
  if (input instanceof AC.TimeInput) return input.defaultValue && TIME.test(input.defaultValue) ? input.defaultValue : '';
  if (input instanceof AC.ToggleInput) return input.defaultValue === input.valueOn ? input.valueOn : input.valueOff;
  if (input instanceof AC.ChoiceSetInput) {
    const values = new Set(input.choices.map((choice) => choice.value));
    const wanted = input.defaultValue ?? '';
    if (input.isMultiSelect)
      return (
        wanted
          .split(',')
          .filter((value) => values.has(value))
          .join(',') || undefined
      );
    // A filtered list shows what was given as typed text; a drop-down or radio list selects nothing it does not hold.
    return values.has(wanted) ? wanted : input.style === 'filtered' ? wanted : undefined;
  }
  return undefined;
}

/** Why this input, as drawn, would stop a button sending (the renderer's own rules), or undefined when it would not. */
export function whyBlocked(input: ParsedInput): string | undefined {
  const value = shownValue(input);
  // The renderer reads `value` from the drawn control; give it the control's value and ask its own validation.
  Object.defineProperty(input, 'value', { get: () => value, configurable: true });
  if (!input.validateValue()) {
    if (input.isRequired && !input.isSet()) return `"${input.id ?? ''}" is required and empty`;
    if (input instanceof AC.DateInput) return `"${input.id ?? ''}" is ${String(value)}, outside min ${input.min ?? '-'} / max ${input.max ?? '-'}`;
    if (input instanceof AC.NumberInput) return `"${input.id ?? ''}" is ${String(value)}, outside min ${input.min ?? '-'} / max ${input.max ?? '-'}`;
    return `"${input.id ?? ''}" fails its own validation with ${JSON.stringify(value)}`;
  }
  if (input instanceof AC.TextInput && input.maxLength !== undefined && typeof value === 'string' && value.length > input.maxLength) {
    // Clients differ here: some cut the text to fit, some refuse to send; neither is what the person was shown.
    return `"${input.id ?? ''}" is drawn with ${value.length} characters, more than its own maxLength ${input.maxLength}`;
  }
  if (input instanceof AC.ChoiceSetInput && input.defaultValue) {
    const values = new Set(input.choices.map((choice) => choice.value));
    const missing = (input.isMultiSelect ? input.defaultValue.split(',') : [input.defaultValue]).filter((wanted) => !values.has(wanted));
    if (missing.length > 0) return `"${input.id ?? ''}" is set to ${missing.join(', ')}, which is not among its choices`;
  }
  return undefined;
}

/** The inputs a button sends (its `associatedInputs`, by the renderer's own rule), each with why it would stop the send. */
export function sendProblems(action: ParsedAction): Array<{ id: string; why: string }> {
  return Object.values(action.getReferencedInputs() ?? {}).flatMap((input) => {
    const why = whyBlocked(input);
    return why ? [{ id: input.id ?? '', why }] : [];
  });
}

/** The values a button sends with its data, as Teams merges them. */
export function sentValues(action: ParsedAction): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of Object.values(action.getReferencedInputs() ?? {})) {
    const value = shownValue(input);
    if (input.id && value !== undefined) values[input.id] = String(value);
  }
  return values;
}

/** A button's name as the renderer gives it to assistive technology: its title, else its tooltip. */
export function accessibleName(action: ParsedAction): string {
  return action.title || action.tooltip || '';
}
