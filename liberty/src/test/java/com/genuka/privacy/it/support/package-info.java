/** What the integration tests share: the server's address, the database, an HTTP client that speaks JSF, a browser. */
package com.genuka.privacy.it.support;
