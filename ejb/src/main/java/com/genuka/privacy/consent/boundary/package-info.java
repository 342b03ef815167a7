/**
 * Consents as the customer sets them (marketing, event sharing) with their history, the public
 * one-click unsubscribe of RFC 8058 (R-R6), and the marketing mailing that only reaches those who accepted it.
 */
package com.genuka.privacy.consent.boundary;
