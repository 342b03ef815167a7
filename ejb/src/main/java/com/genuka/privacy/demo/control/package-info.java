/**
 * Generates demo data and, for benchmarks, large volumes, with plain JDBC so that the same code
 * runs inside the server at start-up and from the command line.
 */
package com.genuka.privacy.demo.control;
