package com.genuka.privacy.candidates.boundary;

/** A document's bytes and the type its content was recognised as (never what the uploader claimed). */
public record DocumentContent(String fileName, String contentType, byte[] bytes) {}
