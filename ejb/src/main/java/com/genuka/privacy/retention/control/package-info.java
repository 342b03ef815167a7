/**
 * How retention is enforced, without a server: the calendar of deletion days, the daily schedule
 * and its catch-up, and one set-based, batched sweep per rule, written in portable SQL.
 */
package com.genuka.privacy.retention.control;
