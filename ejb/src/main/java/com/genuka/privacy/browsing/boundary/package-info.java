/** Records the passive browser log (C3) and server-side sessions (R-T4) as people use the portal. */
package com.genuka.privacy.browsing.boundary;
