-- One row per response (CONTRACT §4, §7). No IP address, user agent or cookie: only the body as
-- sent, when it arrived, and whether free text seemed to hold an e-mail address or phone number.
CREATE TABLE responses (
  id bigserial PRIMARY KEY,
  consultation text NOT NULL,
  submission_id uuid NOT NULL UNIQUE,
  body jsonb NOT NULL,
  locale text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  personal_data boolean NOT NULL DEFAULT false
);

CREATE INDEX responses_consultation_received ON responses (consultation, received_at);
