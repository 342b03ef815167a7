/** Integration tests of the foundation: start-up, health, login, access by role, public pages, bad input. */
package com.genuka.privacy.it.foundation;
