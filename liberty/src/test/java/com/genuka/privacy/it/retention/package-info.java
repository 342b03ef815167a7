/** The retention engine on the real server and PostgreSQL: every rule at its boundary, crashes, catch-up, the admin page. */
package com.genuka.privacy.it.retention;
