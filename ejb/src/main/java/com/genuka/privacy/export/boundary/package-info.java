/**
 * Export files as customers see and download them: the state and progress of their access copies
 * and company exports, and the checked opening of a file by its owner or by a single-use link.
 */
package com.genuka.privacy.export.boundary;
