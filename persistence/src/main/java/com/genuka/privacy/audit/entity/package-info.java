/**
 * The append-only audit log (R-Q5). Rows are chained by SHA-256; they never name a person, and
 * personal details are sealed with a per-subject key that erasure destroys.
 */
package com.genuka.privacy.audit.entity;
