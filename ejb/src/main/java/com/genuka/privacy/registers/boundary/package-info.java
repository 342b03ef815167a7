/** The public registers, read by anyone: sub-processors, data locations, policy versions. */
package com.genuka.privacy.registers.boundary;
