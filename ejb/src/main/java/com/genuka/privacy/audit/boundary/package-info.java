/** Appending to the hash-chained audit log, reading it, and proving it was not altered (R-Q5). */
package com.genuka.privacy.audit.boundary;
