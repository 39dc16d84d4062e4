package cn.civilaffairs.assist.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a paged list, the one shape every paged endpoint answers with:
 * {@code {items, total, page, size}} (page counts from 0).
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), 0, page, size);
    }

    /** This page's items mapped, the counts kept. */
    public <R> Page<R> map(Function<List<T>, List<R>> mapper) {
        return new Page<>(mapper.apply(items), total, page, size);
    }
}
