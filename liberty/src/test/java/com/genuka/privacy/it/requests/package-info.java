/** Integration tests of the request workflow, its e-mails, the outbox and the audit chain (issue 3). */
package com.genuka.privacy.it.requests;
