/** Billing records (C7), kept under a legal hold and pseudonymised, not deleted, on erasure. */
package com.genuka.privacy.billing.entity;
