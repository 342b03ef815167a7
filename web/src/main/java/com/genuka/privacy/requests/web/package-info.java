/** The admins' request pages. */
package com.genuka.privacy.requests.web;
