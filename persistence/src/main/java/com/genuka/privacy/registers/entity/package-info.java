/** The public registers: sub-processors (R-G1), data locations (R-G2), policy versions (R-G3), statutory periods. */
package com.genuka.privacy.registers.entity;
