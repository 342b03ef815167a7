/** Rules of the customer's "my data" pages: the day each piece of time-limited data is deleted. */
package com.genuka.privacy.mydata.control;
