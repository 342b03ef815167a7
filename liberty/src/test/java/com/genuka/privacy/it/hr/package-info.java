/**
 * Integration and browser tests of the HR workspace and the candidate's own page (issue 7): the
 * retention dates at their edges, the offer-stage guard, the special-category flag, file checks,
 * candidates' requests, and that no customer reaches any candidate data.
 */
package com.genuka.privacy.it.hr;
