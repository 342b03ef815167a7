/** The HR workspace's pages. */
package com.genuka.privacy.candidates.web;
