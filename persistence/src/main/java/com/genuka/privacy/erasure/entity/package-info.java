/**
 * Erasure jobs (R-R2, R-R4, R-R5): their steps, each recorded in the transaction that does it so a
 * job resumes where it stopped, and the notices recorded for sub-processors (GDPR art. 19).
 */
package com.genuka.privacy.erasure.entity;
