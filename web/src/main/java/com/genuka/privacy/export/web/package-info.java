/** The download endpoint of generated files: by key for a logged-in owner, by single-use link for anyone holding one. */
package com.genuka.privacy.export.web;
