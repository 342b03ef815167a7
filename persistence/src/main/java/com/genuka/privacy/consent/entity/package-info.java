/** Consent decisions with their whole history; the latest row of a purpose is its current state. */
package com.genuka.privacy.consent.entity;
