/** HR's view of job candidates (C2), for the HR role only. */
package com.genuka.privacy.candidates.boundary;
