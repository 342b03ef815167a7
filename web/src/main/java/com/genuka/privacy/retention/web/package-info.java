/** The public retention table, generated from the rules the timers obey. */
package com.genuka.privacy.retention.web;
