/**
 * How exports are written: rows streamed from the database straight into JSON and CSV inside a ZIP
 * on disk, with checksums, and the human-readable summary in the subject's language. Plain classes
 * over a JDBC connection, so that memory does not grow with the data and tests need no server.
 */
package com.genuka.privacy.export.control;
