/** Logging in and out (Jakarta Security form login against the database) and the customer's account page. */
package com.genuka.privacy.accounts.web;
