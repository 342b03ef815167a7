/** Public pages: the policy and its versions, the sub-processor register, data locations, retention. */
package com.genuka.privacy.registers.web;
