/** Start-up of the application: schema migrations and reference data, before anything else runs. */
package com.genuka.privacy.platform.boundary;
