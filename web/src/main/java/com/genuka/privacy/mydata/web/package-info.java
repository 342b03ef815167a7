/** The customer's "my data" pages: an overview, then one page per category with its purpose, recipients, retention and deletion dates. */
package com.genuka.privacy.mydata.web;
