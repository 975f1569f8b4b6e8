/**
 * The one table shape of every export (CONTRACT §7): a row per response, a column per question,
 * a `multiple` question a column per option (1 when chosen, empty when not), headers and option
 * labels in the export's language. Pure: responses and a consultation in, a table out.
 */
import type { Consultation, LocalizedText } from '../../../src/feed/model.js';
import { resolveText } from '../../../src/i18n/localized-text.js';

/** A stored response as the export reads it. */
export interface StoredResponse {
  submissionId: string;
  receivedAt: Date;
  locale: string;
  personalData: boolean;
  /** A sample answer (the demo's); exported only on request, then marked in a `sample` column. */
  sample?: boolean;
  body: { submittedAt?: unknown; answers?: Record<string, unknown> };
}

export type Cell = string | number | null;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

/** The columns before the questions', named the same in every language (for scripts). */
export const FIXED_HEADERS = ['receipt', 'received_at', 'submitted_at', 'locale', 'personal_data'];

/** A column: its header and how a response fills it. */
interface Column {
  header: string;
  cell(answers: Record<string, unknown>): Cell;
}

/**
 * The table of `responses` to `consultation`, with labels in `language`; with `samples`, a
 * `sample` column (1 for a sample answer) after the fixed ones.
 */
export function tableOf(
  consultation: Consultation,
  responses: readonly StoredResponse[],
  language: string,
  defaultLanguage: string,
  { samples = false }: { samples?: boolean } = {},
): Table {
  const text = (value: LocalizedText) => resolveText(value, [language], defaultLanguage).text;
  const columns: Column[] = [];
  for (const question of consultation.questions) {
    const label = text(question.label);
    switch (question.type) {
      case 'section':
        break;
      case 'multiple':
        for (const option of question.options)
          columns.push({
            header: `${label}: ${text(option.label)}`,
            cell: (answers) => {
              const value = answers[question.id];
              return Array.isArray(value) && value.includes(option.value) ? 1 : null;
            },
          });
        break;
      case 'single':
      case 'age-band':
        columns.push({
          header: label,
          cell: (answers) => {
            const option = question.options.find((o) => o.value === answers[question.id]);
            return option === undefined ? null : text(option.label);
          },
        });
        break;
      case 'consent':
        columns.push({ header: label, cell: (answers) => (answers[question.id] === true ? 1 : null) });
        break;
      default:
        columns.push({
          header: label,
          cell: (answers) => {
            const value = answers[question.id];
            return typeof value === 'string' || typeof value === 'number' ? value : null;
          },
        });
    }
  }
  return {
    headers: [...FIXED_HEADERS, ...(samples ? ['sample'] : []), ...columns.map((c) => c.header)],
    rows: responses.map((response) => {
      const answers = response.body.answers ?? {};
      const submittedAt = response.body.submittedAt;
      return [
        response.submissionId.slice(0, 8),
        response.receivedAt.toISOString(),
        typeof submittedAt === 'string' ? submittedAt : null,
        response.locale,
        response.personalData ? 1 : 0,
        ...(samples ? [response.sample ? 1 : 0] : []),
        ...columns.map((column) => column.cell(answers)),
      ];
    }),
  };
}
