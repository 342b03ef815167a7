/** Logging in, and reading and correcting one's own account and contact data (R-R1). */
package com.genuka.privacy.accounts.boundary;
