import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/domain/safeguarding';

describe("the guard against children's personal data in notes", () => {
  it.each([
    ['NHS number', 'Chased GP about 943 476 5919', 'nhs_number'],
    ['NHS number without spaces', 'nhs 9434765919 pending', 'nhs_number'],
    ['date of birth keyword', 'DOB: 01/02/2016', 'date_of_birth'],
    ['date of birth after a name', 'Jack Smith (12/03/2015) waiting for a book', 'date_of_birth'],
    ['born on', 'Child born on 3/4/2019 placed with carers', 'date_of_birth'],
    ['case reference', 'see case ref 1234567', 'case_id'],
    ['Mosaic id', 'Mosaic ID: 88123', 'case_id'],
    ['person id', 'person no. 445566', 'case_id'],
    ['unique pupil number', 'UPN A12345678901B', 'case_id'],
    ['National Insurance number', 'NI AB123456C', 'national_id'],
  ])('refuses %s', (_name, text, kind) => {
    expect(findPersonalData(text, 2022)?.kind).toBe(kind);
  });

  it.each([
    'Mosaic release 2022.3 scheduled for 14/03/2022',
    'Thematic audit sample of 40 cases drawn; 12 auditors allocated',
    'Ruth Okafor met partners on 12/01/2022 to agree the protocol',
    'Minute 23.3.1: report due Summer 2022',
    'Staff survey response rate 81.7% (n=1234)',
    'Board approved the framework on 15 December 2021',
    'Budget line 40123 confirmed by finance',
    'New placements this quarter: Crawley (12), Horsham (8) and Worthing (5).',
    'Recommendations (3) were agreed by the Committee.',
  ])('accepts an ordinary progress note: %s', (text) => {
    expect(findPersonalData(text, 2022)).toBeUndefined();
  });
});
