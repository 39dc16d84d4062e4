package cn.civilaffairs.assist.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record TaskPage(List<TaskSummary> items, long total, int page, int size) {}
