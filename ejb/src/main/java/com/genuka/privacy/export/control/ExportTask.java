package com.genuka.privacy.export.control;

import com.genuka.privacy.export.entity.ExportFile;

/** What the generator needs to write one file, read once when the file is claimed. */
public record ExportTask(
    long fileId,
    ExportFile.Kind kind,
    long requestId,
    String reference,
    String language,
    ExportSubject subject,
    Long tenantId,
    String companyName) {}
