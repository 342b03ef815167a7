/** Event registrations (C8), which may be passed to co-organisers and sponsors. */
package com.genuka.privacy.events.entity;
