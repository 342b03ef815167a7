/**
 * The rules of erasure as plain classes: the steps of each kind of job, the residue scan that
 * proves nothing identifying is left, and the receipt that tells the person what was erased, what
 * was kept, why and until when.
 */
package com.genuka.privacy.erasure.control;
