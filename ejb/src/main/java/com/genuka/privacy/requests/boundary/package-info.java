/** The request workflow as pages and timers use it: filing, the admin queue, state changes. */
package com.genuka.privacy.requests.boundary;
