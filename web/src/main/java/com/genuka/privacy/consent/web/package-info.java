/** The customer's consent page and the public one-click unsubscribe endpoint and page (RFC 8058). */
package com.genuka.privacy.consent.web;
