/** The `responses` table: storing a response once, whatever the number of receivers. */
import type { StoredResponse } from '../export/table.js';
import type { Database, Queryable } from './db.js';

export interface NewResponse {
  consultation: string;
  submissionId: string;
  body: unknown;
  locale: string;
  personalData: boolean;
  /** A sample answer (serve --accept-samples and a Cop-Sample header): left out of results. */
  sample?: boolean;
  /** When it was received, for a sample answer that says so; else now. */
  receivedAt?: Date;
}

/** What storing gave: a new row, the same body already stored, or another body under that id. */
export type Stored = 'created' | 'same' | 'different';

/**
 * Stores `response` unless its `submissionId` is already stored, then compares bodies (as
 * jsonb: key order and spacing do not count). The unique `submission_id` decides, so receivers
 * sharing one database store each response once; a conflicting insert waits for the other
 * transaction, and the comparison that follows is a new statement that sees its committed row.
 */
export async function store(db: Queryable, response: NewResponse): Promise<Stored> {
  const body = JSON.stringify(response.body);
  for (;;) {
    const inserted = await db.query(
      `INSERT INTO responses (consultation, submission_id, body, locale, personal_data, sample, received_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, coalesce($7::timestamptz, now()))
       ON CONFLICT (submission_id) DO NOTHING RETURNING id`,
      [
        response.consultation,
        response.submissionId,
        body,
        response.locale,
        response.personalData,
        response.sample ?? false,
        response.receivedAt?.toISOString() ?? null,
      ],
    );
    if (inserted.length > 0) return 'created';
    const found = await compare(db, response.submissionId, body);
    // Deleted between the two statements (a deletion on request): try the insert again.
    if (found !== undefined) return found;
  }
}

/** Whether the response stored under `submissionId` has `body` (JSON text), or `undefined` when none. */
export async function compare(
  db: Queryable,
  submissionId: string,
  body: string,
): Promise<Stored | undefined> {
  const rows = await db.query<{ same: boolean }>(
    'SELECT body = $2::jsonb AS same FROM responses WHERE submission_id = $1',
    [submissionId, body],
  );
  const row = rows[0];
  return row === undefined ? undefined : row.same ? 'same' : 'different';
}

/** What deleting by receipt found: how many responses matched (one is deleted, several are not), in which consultations. */
export interface Deletion {
  matches: number;
  deleted: boolean;
  consultations: string[];
}

/**
 * Deletes the response whose `submissionId` starts with `receipt` (case-insensitive), within
 * `consultation` when given. When several match, deletes none and says in which consultations.
 */
export async function deleteByReceipt(
  db: Database,
  receipt: string,
  consultation: string | undefined,
): Promise<Deletion> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; consultation: string }>(
      `SELECT id, consultation FROM responses
       WHERE left(submission_id::text, length($1)) = lower($1) AND ($2::text IS NULL OR consultation = $2)
       FOR UPDATE`,
      [receipt, consultation ?? null],
    );
    const consultations = [...new Set(rows.map((r) => r.consultation))].sort();
    if (rows.length !== 1) return { matches: rows.length, deleted: false, consultations };
    await tx.query('DELETE FROM responses WHERE id = $1', [rows[0]!.id]);
    return { matches: 1, deleted: true, consultations };
  });
}

/**
 * The responses to `consultation` received after `since` (all when undefined), oldest first;
 * sample answers (serve --accept-samples) only when `includeSamples`.
 */
export async function responsesOf(
  db: Queryable,
  consultation: string,
  since: Date | undefined,
  includeSamples = false,
): Promise<StoredResponse[]> {
  const rows = await db.query<{
    submission_id: string;
    received_at: Date;
    locale: string;
    personal_data: boolean;
    sample: boolean;
    body: StoredResponse['body'];
  }>(
    `SELECT submission_id, received_at, locale, personal_data, sample, body FROM responses
     WHERE consultation = $1 AND ($2::timestamptz IS NULL OR received_at > $2) AND ($3 OR NOT sample)
     ORDER BY received_at, id`,
    [consultation, since?.toISOString() ?? null, includeSamples],
  );
  return rows.map((row) => ({
    submissionId: row.submission_id,
    receivedAt: new Date(row.received_at),
    locale: row.locale,
    personalData: row.personal_data,
    sample: row.sample,
    body: row.body,
  }));
}

/** Deletes the sample answers (of `consultation` when given); resolves to how many. */
export async function deleteSamples(db: Queryable, consultation: string | undefined): Promise<number> {
  const rows = await db.query(
    'DELETE FROM responses WHERE sample AND ($1::text IS NULL OR consultation = $1) RETURNING id',
    [consultation ?? null],
  );
  return rows.length;
}
