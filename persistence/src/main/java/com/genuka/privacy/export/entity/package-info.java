/** Generated files (access copies, tenant exports, erasure receipts) with their limited life (R-T9). */
package com.genuka.privacy.export.entity;
