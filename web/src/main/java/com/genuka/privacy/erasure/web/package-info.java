/** The admins' page and REST commands of the engines (jobs, export files, residue scan), and their test hooks. */
package com.genuka.privacy.erasure.web;
