package cn.civilaffairs.assist.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record FormFieldDto(String id, String label, String type, boolean required, Object defaultValue,
        Integer minLength, Integer maxLength, Long min, Long max, List<Option> options) {}
