/** Browser data (C3): the passive browser log and server-side session records (R-T3, R-T4). */
package com.genuka.privacy.browsing.entity;
