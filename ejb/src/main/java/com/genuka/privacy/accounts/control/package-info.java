/** Password hashing (PBKDF2-HMAC-SHA512) and the resolution of the calling account. */
package com.genuka.privacy.accounts.control;
