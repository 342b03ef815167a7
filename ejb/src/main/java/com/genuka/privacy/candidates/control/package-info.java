/** Candidate rules that need no server: retention dates (R-T1, R-T2). */
package com.genuka.privacy.candidates.control;
