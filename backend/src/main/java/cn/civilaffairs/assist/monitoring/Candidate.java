package cn.civilaffairs.assist.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member of a task's work group: an opaque id to send back and the name to show. */
@Schema(name = "TaskCandidate") // serviceorder has a Candidate too
public record Candidate(String id, String displayName) {}
