/** The customer's session recordings (C5, R-R5): listed with their deletion date, deleted one by one or all at once. */
package com.genuka.privacy.recordings.boundary;
