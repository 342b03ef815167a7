/** The portal's frame: languages, messages, error handling, security headers, landing by role. */
package com.genuka.privacy.portal.web;
