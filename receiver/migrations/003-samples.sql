-- Sample answers (npm run demo:sample-answers): responses a receiver started with --accept-samples
-- stored with a Cop-Sample header, so that the demo shows full charts. They are left out of results
-- unless asked for (results --include-samples; serve --accept-samples), and
-- `cop-widgets-receiver delete --samples` removes them. A public client of a receiver started
-- without the flag cannot set it: the header is then ignored.
ALTER TABLE responses ADD COLUMN sample boolean NOT NULL DEFAULT false;
