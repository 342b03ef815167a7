/** The admins' outbox page. */
package com.genuka.privacy.notify.web;
