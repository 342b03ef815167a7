/** The retention rules as everyone reads them, and the sweeps that enforce them. */
package com.genuka.privacy.retention.boundary;
