/** Cross-cutting mechanisms: the one clock, configuration, hashing and tokens, rate limits, errors users can cause. */
package com.genuka.privacy.platform.control;
