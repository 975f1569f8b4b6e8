-- The consultations of the feed as the receiver last loaded it (their questions and labels), so
-- that an export needs no feed and reads the questions the responses answered.
CREATE TABLE consultations (
  id text PRIMARY KEY,
  definition jsonb NOT NULL,
  default_language text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
