/** The admins' audit log page and its proof of integrity. */
package com.genuka.privacy.audit.web;
