/** The transactional mail outbox (R-Q4): messages written with the change that causes them. */
package com.genuka.privacy.notify.entity;
