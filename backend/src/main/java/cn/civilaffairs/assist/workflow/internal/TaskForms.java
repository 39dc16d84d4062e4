package cn.civilaffairs.assist.workflow.internal;

import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.Text;
import cn.civilaffairs.assist.workflow.FormFieldDto;
import cn.civilaffairs.assist.workflow.Option;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;

/**
 * Reads a task's generated form (camunda:formData) into field descriptions for the UI, and checks
 * submitted values against the same declaration before the engine's own validators run.
 */
public final class TaskForms {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TaskForms() {}

    public static List<FormFieldDto> describe(List<FormField> fields) {
        return fields.stream().map(TaskForms::describe).toList();
    }

    private static FormFieldDto describe(FormField f) {
        Map<String, String> c = constraints(f);
        String type = f.getTypeName();
        List<Option> options = null;
        if ("enum".equals(type)) {
            @SuppressWarnings("unchecked")
            Map<String, String> values = (Map<String, String>) f.getType().getInformation("values");
            options = values.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
        }
        if ("string".equals(type) && "textarea".equals(f.getProperties().get("ui"))) {
            type = "textarea";
        }
        Object defaultValue = f.getValue() == null ? null : f.getValue().getValue();
        return new FormFieldDto(f.getId(), f.getLabel(), type, c.containsKey("required"), defaultValue,
                intOrNull(c.get("minlength")), intOrNull(c.get("maxlength")), longOrNull(c.get("min")),
                longOrNull(c.get("max")), options);
    }

    /** Validates and converts submitted values to the engine's types; unknown fields are refused. */
    public static Map<String, Object> check(List<FormField> fields, Map<String, Object> submitted) {
        Map<String, Object> input = submitted == null ? Map.of() : submitted;
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = fields.stream().map(FormField::getId).collect(Collectors.toSet());
        for (String key : input.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(key, "表单中没有该字段。"));
            }
        }
        Map<String, Object> converted = new LinkedHashMap<>();
        for (FormField f : fields) {
            Map<String, String> c = constraints(f);
            Object raw = input.get(f.getId());
            if (raw instanceof String s && s.isBlank() && !"string".equals(f.getTypeName())) {
                raw = null;
            }
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                if (c.containsKey("required")) {
                    errors.add(new FieldError(f.getId(), "「" + f.getLabel() + "」为必填项。"));
                }
                continue;
            }
            if (raw instanceof String s && !Text.isClean(s, "textarea".equals(f.getProperties().get("ui")))) {
                // The same text rule as the JSON binding: no control or bidi-override characters.
                errors.add(new FieldError(f.getId(), "「" + f.getLabel() + "」" + Text.FORBIDDEN_MESSAGE));
                continue;
            }
            try {
                Object value = convert(f, raw);
                String problem = violates(f, c, value);
                if (problem != null) {
                    errors.add(new FieldError(f.getId(), problem));
                } else {
                    converted.put(f.getId(), value);
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new FieldError(f.getId(), "「" + f.getLabel() + "」的值格式不正确。"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("表单填写有误，请检查后重新提交。", errors);
        }
        return converted;
    }

    private static Object convert(FormField f, Object raw) {
        switch (f.getTypeName()) {
            case "boolean" -> {
                if (raw instanceof Boolean b) return b;
                if ("true".equals(raw)) return Boolean.TRUE;
                if ("false".equals(raw)) return Boolean.FALSE;
                throw new IllegalArgumentException("not a boolean");
            }
            case "long" -> {
                if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) return n.longValue();
                if (raw instanceof String s) return Long.valueOf(s.trim());
                throw new IllegalArgumentException("not an integer");
            }
            case "date" -> {
                if (raw instanceof String s) {
                    LocalDate d = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
                    return Date.from(d.atStartOfDay(SHANGHAI).toInstant());
                }
                throw new IllegalArgumentException("not a date");
            }
            case "enum" -> {
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) f.getType().getInformation("values");
                if (raw instanceof String s && values.containsKey(s)) return s;
                throw new IllegalArgumentException("not an option");
            }
            default -> {
                if (raw instanceof String s) return s.strip();
                throw new IllegalArgumentException("not text");
            }
        }
    }

    private static String violates(FormField f, Map<String, String> c, Object value) {
        if (value instanceof String s) {
            Integer min = intOrNull(c.get("minlength"));
            Integer max = intOrNull(c.get("maxlength"));
            if (min != null && s.length() < min) return "「" + f.getLabel() + "」至少需要 " + min + " 个字。";
            if (max != null && s.length() > max) return "「" + f.getLabel() + "」不能超过 " + max + " 个字。";
        }
        if (value instanceof Long n) {
            Long min = longOrNull(c.get("min"));
            Long max = longOrNull(c.get("max"));
            if (min != null && n < min) return "「" + f.getLabel() + "」不能小于 " + min + "。";
            if (max != null && n > max) return "「" + f.getLabel() + "」不能大于 " + max + "。";
        }
        return null;
    }

    private static Map<String, String> constraints(FormField f) {
        Map<String, String> c = new HashMap<>();
        for (FormFieldValidationConstraint v : f.getValidationConstraints()) {
            c.put(v.getName(), v.getConfiguration() == null ? "" : String.valueOf(v.getConfiguration()));
        }
        return c;
    }

    private static Integer intOrNull(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    }

    private static Long longOrNull(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
    }
}
