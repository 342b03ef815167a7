/** Reading what a browser sends: its name and version, its platform, its language and country. */
package com.genuka.privacy.browsing.control;
