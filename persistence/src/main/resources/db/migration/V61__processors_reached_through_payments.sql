-- Issue 10, item 8: a payment processor receives a person's name and e-mail only with a payment the
-- person made through it. The register says which value of invoice.payment_processor stands for
-- each of them, so that erasure notices (GDPR art. 19) and access copies (art. 15(1)(c)) name a
-- payment processor only for the people whose invoices went through it.
ALTER TABLE sub_processor ADD COLUMN invoice_processor VARCHAR(30);

UPDATE sub_processor SET invoice_processor = 'Flutterwave' WHERE name = 'Flutterwave';
UPDATE sub_processor SET invoice_processor = 'NotchPay' WHERE name = 'NotchPay LTD';
UPDATE sub_processor SET invoice_processor = 'Stripe' WHERE name = 'Stripe';
