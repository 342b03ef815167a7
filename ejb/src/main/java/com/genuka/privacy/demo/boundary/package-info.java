/** Loads the demo data at first start of the default run, so that the portal is meaningful at once. */
package com.genuka.privacy.demo.boundary;
