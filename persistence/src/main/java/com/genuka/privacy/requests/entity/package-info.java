/**
 * Privacy requests (R-Q1): their types, the state machine shared by code and tests, their dated
 * history, and the single-use links that prove control of an e-mail address (R-Q3).
 */
package com.genuka.privacy.requests.entity;
