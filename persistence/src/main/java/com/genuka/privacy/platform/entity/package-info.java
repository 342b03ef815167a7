/** Persistence conventions shared by every feature: how instants are stored, rate-limit hits. */
package com.genuka.privacy.platform.entity;
