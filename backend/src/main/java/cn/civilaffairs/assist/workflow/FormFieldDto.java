package cn.civilaffairs.assist.workflow;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public record FormFieldDto(String id, @MayBeNull String label, String type, boolean required,
        @MayBeNull Object defaultValue, @MayBeNull Integer minLength, @MayBeNull Integer maxLength, @MayBeNull Long min,
        @MayBeNull Long max, @MayBeNull List<Option> options) {}
