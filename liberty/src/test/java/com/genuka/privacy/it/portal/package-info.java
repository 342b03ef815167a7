/** The customer's privacy portal (issue 4): my data and deletion dates, rectification, consents, recordings, requests, unsubscribe, isolation, accessibility. */
package com.genuka.privacy.it.portal;
