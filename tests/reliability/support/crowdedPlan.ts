import type { PlanData, Person } from '../../../src/domain/model';

/** An Entra object id of the shape Teams sends, distinct for each number. */
export function aadFor(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** `count` more people with this role, numbered from `first`, each with an Entra id. */
export function extraPeople(count: number, role: Person['roles'][number], first: number): Person[] {
  return Array.from({ length: count }, (_, index) => {
    const n = first + index;
    return {
      id: `${role}-${n}`,
      name: `${role === 'manager' ? 'Manager' : 'Officer'} Number${n}`,
      jobTitle: `Extra ${role} ${n}`,
      roles: [role],
      aadObjectId: aadFor(n),
    };
  });
}

export function withPeople(data: PlanData, people: readonly Person[]): PlanData {
  return { ...data, people: [...data.people, ...people] };
}

/**
 * Committee minutes with `count` actions, each worded apart from the others (and from other
 * meetings') so that none reads as a repeat of another.
 */
export function minutesWithActions(day: number, count: number): string {
  const lines = [
    `Children and Young People's Services Select Committee - ${day} March 2022`,
    '',
    'Agenda item',
    '',
    'Children First Improvement Update - Workforce',
    '',
    `${60 + day}.1     The Director introduced the report.`,
    '',
    `${60 + day}.2     Members asked questions and a summary of those questions and answers follows:`,
    '',
  ];
  for (let index = 0; index < count; index += 1) {
    const tag = `${day}${String(index).padStart(2, '0')}`;
    lines.push(`·       Question ${tag}?  Answer ${tag}.  Action: The Director agreed to circulate briefing ${tag}x on item ${tag}y to Committee members.`, '');
  }
  lines.push(`${60 + day}.3     Resolved - That the Committee:`, '', '1.   Welcomes the progress made.', '');
  return lines.join('\n');
}
