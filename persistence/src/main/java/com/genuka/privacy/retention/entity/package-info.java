/**
 * Retention as data (R-T1..R-T9): the rules the sweeps, the portal and the public page all read,
 * their change history, the tombstones every deletion leaves (R-T7), and the sweeps' run history.
 */
package com.genuka.privacy.retention.entity;
