/**
 * What a logged-in customer reads about the data held on them and their company, category by
 * category (C1, C3, C4, C5, C7, C8, consents), with each item's deletion date; always the caller's own.
 */
package com.genuka.privacy.mydata.boundary;
