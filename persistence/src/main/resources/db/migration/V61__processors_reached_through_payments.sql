-- Issue 10, item 8: a provider is named in a notice or an access copy only if it held the person's
-- (or the company's) data.
--
-- A payment processor receives a person's name and e-mail only with a payment the
-- person made through it. The register says which value of invoice.payment_processor stands for
-- each of them, so that erasure notices (GDPR art. 19) and access copies (art. 15(1)(c)) name a
-- payment processor only for the people whose invoices went through it.
ALTER TABLE sub_processor ADD COLUMN invoice_processor VARCHAR(30);

UPDATE sub_processor SET invoice_processor = 'Flutterwave' WHERE name = 'Flutterwave';
UPDATE sub_processor SET invoice_processor = 'NotchPay' WHERE name = 'NotchPay LTD';
UPDATE sub_processor SET invoice_processor = 'Stripe' WHERE name = 'Stripe';

-- Amazon Web Services stores media only (product images, PDF documents, logos: tenant_media): a
-- company's deletion is notified to it only if the company had media.
ALTER TABLE sub_processor ADD COLUMN held_table VARCHAR(60);

UPDATE sub_processor SET held_table = 'tenant_media' WHERE name = 'Amazon Web Services, Inc.';
