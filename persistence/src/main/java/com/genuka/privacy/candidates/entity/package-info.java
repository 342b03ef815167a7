/**
 * Job candidates (C2): contact data, CV and cover letter, offer-stage data, and the dated history of
 * their application. No field can hold a special category of data (R-C2).
 */
package com.genuka.privacy.candidates.entity;
