/**
 * Integration tests of the export and erasure engines (issue 6) on PostgreSQL: what an access copy
 * holds and leaves out, download links, erasure proved by the residue scan, a job that survives the
 * server being killed, and a company's database exported and deleted.
 */
package com.genuka.privacy.it.engines;
