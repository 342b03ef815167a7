package com.genuka.privacy.candidates.boundary;

import java.util.List;

/** One page of HR's candidate list. */
public record CandidateList(List<CandidateSummary> items, long total, int page, int pages) {}
