package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public record Option(String value, @MayBeNull String label) {}
