package com.genuka.privacy.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} as a SQL TIMESTAMP holding UTC. JPA 3.1 does not map Instant, and
 * EclipseLink 4.0 would otherwise serialise it to BYTEA (STACK.md pitfall 6). The server JVM runs
 * with {@code user.timezone=UTC}, so the timestamp's wall-clock value is the UTC instant.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
