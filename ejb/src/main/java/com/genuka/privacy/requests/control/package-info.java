/** The rules of the request workflow that need no server: due dates, references, transitions. */
package com.genuka.privacy.requests.control;
