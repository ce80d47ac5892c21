// PriMock57's utterances (../shared/data/primock57, CC BY 4.0: Papadopoulos Korfiatis et al. 2022): 57 mock
// primary-care consultations, read from the CSV the shared data folder holds. The grading benchmark times grading on
// them, and the harm trainer takes the doctors' sentences as ordinary clinical talk.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRIMOCK_CSV = join(
  process.cwd(),
  '..',
  'shared',
  'data',
  'primock57',
  'primock57_utterances.csv',
);

export interface PrimockUtterance {
  consultation: string;
  start: number;
  end: number;
  speaker: 'doctor' | 'patient';
  text: string;
}

export function primockAvailable(): boolean {
  return existsSync(PRIMOCK_CSV);
}

/** Every utterance, in file order; disfluencies and <UNSURE> tags as transcribed. */
export function primockUtterances(): PrimockUtterance[] {
  return parseCsv(readFileSync(PRIMOCK_CSV, 'utf8'))
    .slice(1)
    .flatMap(([consultation, start, end, speaker, text]) =>
      consultation && text !== undefined
        ? [
            {
              consultation,
              start: Number(start),
              end: Number(end),
              speaker: speaker === 'doctor' ? ('doctor' as const) : ('patient' as const),
              text,
            },
          ]
        : [],
    );
}

/** RFC 4180 fields: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}
