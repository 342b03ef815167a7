-- Issue 10, item 4: a company whose last account is erased is closed, and its data
-- goes under a rule of its own, like a deleted account's: the company's database
-- (C4: customers, employees, media) is deleted the day after the closure by the
-- CLOSED_COMPANY sweep, leaves the backups within the BACKUP period, and the
-- company's invoices (C7) stay, under a pseudonymous company name, only for their
-- legal hold (BILLING sweep).
ALTER TABLE tenant DROP CONSTRAINT tenant_status_ck;
ALTER TABLE tenant ADD CONSTRAINT tenant_status_ck CHECK (status IN ('ACTIVE', 'CLOSED', 'DELETED'));
ALTER TABLE tenant ADD COLUMN closed_at TIMESTAMP;
CREATE INDEX tenant_closed_ix ON tenant (status, closed_at);

INSERT INTO retention_rule (code, spec_ref, category, amount, unit, min_amount, max_amount,
    data_fr, data_en, trigger_fr, trigger_en, legal_basis_fr, legal_basis_en, policy_quote, sort_order) VALUES
('CLOSED_COMPANY', 'R-T8', 'C4', 1, 'DAYS', 1, 30,
 'Entreprise fermée (son dernier compte effacé) : sa base de données (clients, employés, médias)',
 'Closed company (its last account erased): its database (customers, employees, media)',
 'après la fermeture, comme les données d''un compte supprimé ; ses factures restent seulement pour leur durée légale, sous un nom d''entreprise pseudonyme',
 'after the closure, like a deleted account''s data; its invoices stay only for their statutory period, under a pseudonymous company name',
 'Aucune : plus personne n''a souscrit aux services ; factures : obligation légale (facturation, déclaration fiscale).',
 'None: nobody subscribes to the services any more; invoices: legal obligation (billing, tax reporting).',
 'Nous ne conservons ces données que le temps nécessaire à la fourniture des services auxquels vous avez souscrit.', 85);

-- Companies already left without any account by an erasure are closed now.
UPDATE tenant SET status = 'CLOSED', closed_at = CURRENT_TIMESTAMP
 WHERE status = 'ACTIVE'
   AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.tenant_id = tenant.id)
   AND EXISTS (SELECT 1 FROM erasure_job j WHERE j.tenant_id = tenant.id AND j.kind = 'SUBJECT' AND j.status = 'SUCCEEDED');
