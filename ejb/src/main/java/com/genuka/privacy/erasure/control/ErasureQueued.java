package com.genuka.privacy.erasure.control;

/** Fired when an erasure job is queued or queued again; observed after the commit to run it. */
public record ErasureQueued(long jobId) {}
