/**
 * Customers' companies and the content they own (C4): customers, employees and media references,
 * every row bound to its tenant (R-C3).
 */
package com.genuka.privacy.tenants.entity;
