/** The REST API's root, health checks for operations, and the integration tests' hooks. */
package com.genuka.privacy.platform.web;
