/** Session recordings (C5), kept one month (R-T6), with the fields masked at capture (R-C4). */
package com.genuka.privacy.recordings.entity;
