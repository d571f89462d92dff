/** The action log and progress report as Word documents a clerk can open, edit and put in an agenda pack. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { formatDate } from '../domain/dates';
import type { ActionLog, LogRow } from './actionLog';
import type { AreaProgress, ProgressReport } from './progressReport';

const FONT = 'Arial';
const GREY = 'D9D9D9';

function text(value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text: value,
    font: FONT,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    size: options.size ?? 20,
  });
}

function paragraph(value: string, options: { bold?: boolean; italics?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({ children: [text(value, options)], spacing: { after: options.after ?? 80 } });
}

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: [new TextRun({ text: value, font: FONT })], spacing: { before: 240, after: 120 } });
}

/** A cell of lines: each line its own paragraph, so Word wraps and edits them as the person wrote them. */
function cell(lines: string | readonly string[], options: { header?: boolean; width?: number } = {}): TableCell {
  const all = (typeof lines === 'string' ? [lines] : lines).filter((line) => line !== '');
  return new TableCell({
    children: (all.length > 0 ? all : ['']).map((line) => new Paragraph({ children: [text(line, { bold: options.header, size: 18 })] })),
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: GREY } } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | readonly string[]>>, widths: readonly number[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((title, index) => cell(title, { header: true, width: widths[index] })) }),
      ...rows.map((row) => new TableRow({ children: row.map((value, index) => cell(value, { width: widths[index] })) })),
    ],
  });
}

function pageFrame(title: string, date: string): Pick<ISectionOptions, 'headers' | 'footers'> {
  return {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(title, { size: 16 })] })] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ font: FONT, size: 16, children: [`${date} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}

function logRowCells(row: LogRow): Array<string | string[]> {
  const due =
    row.moves.length > 0
      ? [
          row.due,
          `First due ${row.firstDue}.`,
          ...row.moves.map((move) => `Moved ${move.from} → ${move.to} on ${move.on}${move.reason ? `: ${move.reason}` : ''}.`),
        ]
      : [row.due];
  const status = [row.status, ...(row.proposedForClosure ? ['Proposed for closure'] : []), ...(row.isNew ? ['New since the last meeting'] : [])];
  const progress = row.latestNote ? [`${row.latestNoteOn}: ${row.latestNote}`] : ['No progress note yet.'];
  return [row.ref, row.minute, row.title, row.owner, due, status, row.rag, progress];
}

/** The action log as a .docx: landscape, one table per meeting, oldest first, with totals. */
export async function actionLogDocument(log: ActionLog): Promise<Buffer> {
  const title = `${log.council} · ${log.committee.name}`;
  const { totals } = log;
  const children: Array<Paragraph | Table> = [
    paragraph(log.council, { bold: true }),
    heading(`${log.committee.name}: action log for ${log.forMeeting}`, HeadingLevel.TITLE),
    paragraph(
      `Actions arising from the committee's meetings that were open at ${log.lastMeeting ? `its last meeting, ${formatDate(log.lastMeeting.date)}` : 'its last meeting'}, as recorded in the improvement tracker on ${log.asOf}.${log.public ? ' Public version: actions and notes marked confidential are left out.' : ''}`,
    ),
    paragraph(
      `${totals.actions} action${totals.actions === 1 ? '' : 's'}: ${totals.open} open (${totals.overdue} overdue), ${totals.proposedForClosure} proposed for closure, ${totals.awaitingVerification} awaiting verification; ${totals.new} new since the last meeting.`,
      { bold: true },
    ),
  ];
  if (log.groups.length === 0) children.push(paragraph('There are no actions arising from earlier meetings.'));
  for (const group of log.groups) {
    children.push(heading(`Arising from ${group.title}`, HeadingLevel.HEADING_1));
    children.push(
      table(['Ref', 'Minute', 'Action', 'Owner', 'Due', 'Status', 'RAG', 'Latest progress'], group.rows.map(logRowCells), [5, 7, 22, 10, 14, 11, 10, 21]),
    );
  }
  if (totals.proposedForClosure > 0) {
    children.push(heading('Proposed for closure', HeadingLevel.HEADING_1));
    children.push(paragraph('The committee is asked to agree that these completed and verified actions be closed:'));
    for (const row of log.groups.flatMap((group) => group.rows).filter((one) => one.proposedForClosure))
      children.push(paragraph(`${row.ref} (minute ${row.minute || '–'}) ${row.title}`));
  }
  const document = new Document({
    creator: 'Improvement Tracker',
    title: `${log.committee.name}: action log for ${log.forMeeting}`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, ...pageFrame(title, log.asOf), children }],
  });
  return Packer.toBuffer(document);
}

function areaSection(area: AreaProgress): Array<Paragraph | Table> {
  const c = area.counts;
  const parts: Array<Paragraph | Table> = [
    heading(`${area.number}. ${area.shortTitle}`, HeadingLevel.HEADING_1),
    paragraph(`Ofsted: ${area.ofsted}`, { italics: true }),
    paragraph(`Lead: ${area.lead}`),
    ...(area.outcomes ? [paragraph('Intended outcomes', { bold: true }), paragraph(area.outcomes)] : []),
    ...(area.evidence ? [paragraph('Evidence of impact', { bold: true }), paragraph(area.evidence)] : []),
    paragraph(`${c.total} actions: ${c.red} red, ${c.amber} amber, ${c.green} green, ${c.complete} complete; ${c.overdue} overdue.`, { bold: true }),
  ];
  /** One part of an area: its heading, then its table, or a sentence saying there is nothing. */
  const part = (title: string, headers: string[], rows: string[][], widths: number[], none: string): void => {
    parts.push(heading(title, HeadingLevel.HEADING_2), rows.length > 0 ? table(headers, rows, widths) : paragraph(none));
  };
  part(
    'Completed in the period',
    ['Ref', 'Action', 'Owner', 'Evidence'],
    area.completed.map((one) => [one.ref, one.title, one.owner, one.evidence || 'Recorded before the tracker asked for evidence.']),
    [6, 44, 16, 34],
    'Nothing was completed in the period.',
  );
  part(
    'Overdue, and why',
    ['Ref', 'Action', 'Owner', 'Due', 'Why'],
    area.overdue.map((one) => [one.ref, one.title, one.owner, one.due, one.why]),
    [6, 32, 14, 12, 36],
    'Nothing is overdue.',
  );
  part(
    'Slippage',
    ['Ref', 'Action', 'Moved', 'Why'],
    area.slipped.map((one) => [one.ref, one.title, `${one.from} → ${one.to} (on ${one.on})`, one.reason]),
    [6, 38, 24, 32],
    'No due date moved in the period.',
  );
  part(
    'What changed',
    ['Ref', 'Who', 'When', 'Note'],
    area.notes.map((one) => [one.ref, one.who, one.on, one.note]),
    [6, 16, 12, 66],
    'No progress notes in the period.',
  );
  return parts;
}

/** The progress report as a .docx: one section per area. */
export async function progressReportDocument(report: ProgressReport): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    paragraph(report.council, { bold: true }),
    heading(`${report.planName}: progress report`, HeadingLevel.TITLE),
    paragraph(
      `Progress from ${report.since} to ${report.asOf}, as recorded in the improvement tracker.${report.public ? ' Public version: actions and notes marked confidential are left out.' : ''}`,
    ),
    ...report.areas.flatMap(areaSection),
  ];
  const document = new Document({
    creator: 'Improvement Tracker',
    title: `${report.planName}: progress report`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{ ...pageFrame(`${report.council} · ${report.planName}`, report.asOf), children }],
  });
  return Packer.toBuffer(document);
}
