package com.genuka.privacy.export.control;

/** Fired when an export file is queued; observed after the commit to start writing it. */
public record ExportQueued(long fileId) {}
