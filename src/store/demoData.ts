import { join } from 'node:path';

/** The demo plan shipped with the project (the Children First plan as of 2022-02-01). */
export const DEMO_DATA_FILE = join(__dirname, '..', '..', 'data', 'children-first.json');
