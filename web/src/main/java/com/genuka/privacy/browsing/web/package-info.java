/** The servlet filter that feeds the passive browser log (C3) and the server-side session records (R-T4). */
package com.genuka.privacy.browsing.web;
