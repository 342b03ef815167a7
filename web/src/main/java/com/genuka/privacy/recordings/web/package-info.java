/** The customer's session recordings page: list, delete one, delete all (R-R5). */
package com.genuka.privacy.recordings.web;
