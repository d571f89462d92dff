/**
 * The tracker is not a case record. These checks refuse text that looks like it identifies a
 * child: they would rather refuse a harmless note than store a child's details.
 */
export type SafeguardingFinding = Readonly<{ kind: 'nhs_number' | 'date_of_birth' | 'case_id' | 'national_id'; what: string }>;

const NHS_NUMBER = /\b(\d{3})[ -]?(\d{3})[ -]?(\d{4})\b/g;
const DOB_WORDS = /\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday)\b/i;
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g;
const CASE_ID = [
  // "case ref 12345", "child ID: AB1234", "Mosaic no. 4567"
  /\b(?:case|person|client|child|young person|family|mosaic|cp|cin|lac|cla|referral)\s*(?:no\.?|number|ref(?:erence)?|id)\s*[:#]?\s*[A-Z]{0,3}\d{3,}\b/i,
  // "PID 123456", "UPN: 1234"
  /\b(?:pid|upn|nhs no\.?)\s*[:#]?\s*[A-Z]?\d{3,}\b/i,
  // "case 1234567": a long number straight after a word for a person's record
  /\b(?:case|person|client|child|family)\s*[:#]?\s*\d{6,}\b/i,
];
const UNIQUE_PUPIL_NUMBER = /\b[A-HJ-NP-Z]\d{12}\b|\b[A-HJ-NP-Z]\d{11}[A-HJ-NP-Z]\b/;
const NATIONAL_INSURANCE = /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/i;
/** Two capitalised words: a name, perhaps. */
const NAME = /\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b/g;

/** An NHS number's last digit is a modulus 11 check digit. */
function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** The first sign of a child's personal data in the text, or undefined. */
export function findPersonalData(text: string, currentYear: number): SafeguardingFinding | undefined {
  for (const match of text.matchAll(NHS_NUMBER)) {
    if (isNhsNumber(`${match[1]}${match[2]}${match[3]}`)) return { kind: 'nhs_number', what: 'an NHS number' };
  }
  if (CASE_ID.some((pattern) => pattern.test(text))) return { kind: 'case_id', what: 'a case or person id' };
  if (UNIQUE_PUPIL_NUMBER.test(text)) return { kind: 'case_id', what: 'a unique pupil number' };
  if (NATIONAL_INSURANCE.test(text)) return { kind: 'national_id', what: 'a National Insurance number' };

  const dates = [...text.matchAll(NUMERIC_DATE)];
  if (dates.length > 0 && DOB_WORDS.test(text)) return { kind: 'date_of_birth', what: 'a date of birth' };
  const names = [...text.matchAll(NAME)];
  for (const date of dates) {
    const yearText = date[3] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    // A child's birth date: within the last 25 years, next to something that reads as a name.
    const childsYear = year <= currentYear && year >= currentYear - 25;
    const nearName = names.some((name) => Math.abs((name.index ?? 0) - (date.index ?? 0)) <= 40);
    if (childsYear && nearName && looksLikeBirthDate(text, date.index ?? 0)) return { kind: 'date_of_birth', what: 'a date of birth next to a name' };
  }
  return undefined;
}

/** A date in brackets right after a name, "(12/03/2015)", or preceded by "aged"/"b." reads as a birth date. */
function looksLikeBirthDate(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  return /\(\s*$|\bb\.\s*$|\baged\b|\bdob\b/i.test(before) || DOB_WORDS.test(text);
}
