/**
 * E-mail through a transactional outbox (R-Q4): a message is written in the transaction of the
 * change that causes it, then a timer sends it, retries with back-off while the mail server is
 * down, and marks it sent once.
 */
package com.genuka.privacy.notify.boundary;
