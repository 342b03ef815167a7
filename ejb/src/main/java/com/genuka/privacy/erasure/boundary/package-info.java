/**
 * The engines as admins, customers and timers reach them: erasure jobs and export files started
 * when a request is started, their timer (resuming what a stopped server left, expiring files),
 * the admin views and the residue scan, and the downloads.
 */
package com.genuka.privacy.erasure.boundary;
