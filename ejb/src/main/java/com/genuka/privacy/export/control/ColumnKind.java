package com.genuka.privacy.export.control;

import java.sql.Types;

/** How a column's values are written in JSON and CSV. */
public enum ColumnKind {
  TEXT,
  INTEGER,
  DECIMAL,
  BOOLEAN,
  TIMESTAMP,
  DATE,
  BINARY;

  public static ColumnKind of(int jdbcType) {
    return switch (jdbcType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
      case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> DECIMAL;
      case Types.BOOLEAN, Types.BIT -> BOOLEAN;
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
      case Types.DATE -> DATE;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
      default -> TEXT;
    };
  }

  public boolean isText() {
    return this == TEXT;
  }
}
