/** The `consultations` table: each consultation of the feed as last loaded, for exports. */
import type { Consultation } from '../../../src/feed/model.js';
import type { Queryable } from './db.js';

/** Records `consultations` (inserted, or updated when they changed). */
export async function saveConsultations(
  db: Queryable,
  consultations: readonly Consultation[],
  defaultLanguage: string,
): Promise<void> {
  for (const consultation of consultations)
    await db.query(
      `INSERT INTO consultations (id, definition, default_language) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (id) DO UPDATE SET definition = excluded.definition,
         default_language = excluded.default_language, updated_at = now()
       WHERE consultations.definition <> excluded.definition
          OR consultations.default_language <> excluded.default_language`,
      [consultation.id, JSON.stringify(consultation), defaultLanguage],
    );
}

/** The consultation `id` as last recorded, with its feed's default language, or `undefined`. */
export async function savedConsultation(
  db: Queryable,
  id: string,
): Promise<{ consultation: Consultation; defaultLanguage: string } | undefined> {
  const [row] = await db.query<{ definition: Consultation; default_language: string }>(
    'SELECT definition, default_language FROM consultations WHERE id = $1',
    [id],
  );
  return row && { consultation: row.definition, defaultLanguage: row.default_language };
}
