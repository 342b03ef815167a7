-- The workflow's own notes on a request's steps are stored as message keys, read in each admin's
-- language; the steps written before keep their meaning.
UPDATE request_event SET note = 'history.note.login' WHERE note = 'identity proven by login';
UPDATE request_event SET note = 'history.note.link' WHERE note = 'e-mail address proven by link';
UPDATE request_event SET note = 'history.note.candidateLink' WHERE note = 'e-mail address proven by the candidate''s link';
UPDATE request_event SET note = 'history.note.admin' WHERE note = 'identity checked by an admin';
