package cn.civilaffairs.assist.care;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RosterPage(List<RosterRow> items, long total, int page, int size) {}
