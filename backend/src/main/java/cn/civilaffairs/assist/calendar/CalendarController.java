package cn.civilaffairs.assist.calendar;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.calendar.internal.CalendarDay;
import cn.civilaffairs.assist.calendar.internal.CalendarDayRepository;
import cn.civilaffairs.assist.calendar.internal.CalendarYear;
import cn.civilaffairs.assist.calendar.internal.CalendarYearRepository;
import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.common.Bounds;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "calendar", description = "工作日历（法定节假日与调休）")
class CalendarController {
    private final WorkingDayCalendar calendar;
    private final CalendarYearCheck yearCheck;
    private final CalendarYearRepository years;

    CalendarController(WorkingDayCalendar calendar, CalendarYearCheck yearCheck, CalendarYearRepository years) {
        this.calendar = calendar;
        this.yearCheck = yearCheck;
        this.years = years;
    }

    /**
     * @param recomputedTasks open tasks whose provisional due date moved
     * @param recomputedTimers timers (escalations) whose provisional due date moved
     * @param unchanged provisional deadlines that came out the same
     * @param skipped provisional deadlines not written as "nWD" (left as they were)
     */
    @Schema(name = "CalendarImported") // unique in the OpenAPI document; WorkingDayCalendar has an Imported too
    record Imported(int year, int rows, boolean newYear, int recomputedTasks, int recomputedTimers, int unchanged,
            int skipped) {}

    @Operation(summary = "Import a year's holidays and make-up working days (CSV: date,kind,name); recomputes provisional deadlines")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MANAGERS)
    Imported importCsv(@RequestPart("file") MultipartFile file) throws IOException {
        UploadCheck.checkFileName(file);
        WorkingDayCalendar.Imported done = calendar.importYear(file.getInputStream(), CalendarYear.IMPORTED,
                CurrentUsers.require().username());
        ProvisionalDeadlines.Recomputed r = done.recomputed();
        return new Imported(done.year(), done.rows(), done.newYear(), r.tasks().size(), r.timers().size(),
                r.unchanged(), r.skipped().size());
    }

    record LoadedYear(int year, @Schema(allowableValues = {"bundled", "import"}) String source, int rows, Instant loadedAt) {}

    /**
     * @param missingYear the year whose notice administrators are being asked to import (from
     *     1 November of the year before), shown to administrators and district managers only
     */
    record Status(List<LoadedYear> years, @MayBeNull Integer lastLoadedYear, @MayBeNull Integer missingYear) {}

    @Operation(summary = "Loaded calendar years, and the year whose notice is missing (from 1 November)")
    @GetMapping("/years")
    @PreAuthorize("isAuthenticated()")
    Status status() {
        boolean operator = CurrentUsers.require().hasAnyRole(Role.ADMIN, Role.DISTRICT_MANAGER);
        List<LoadedYear> loaded = years.findAll().stream()
                .sorted((a, b) -> Integer.compare(a.getYear(), b.getYear()))
                .map(y -> new LoadedYear(y.getYear(), y.getSource(), y.getDayRows(), y.getLoadedAt())).toList();
        return new Status(loaded, calendar.lastLoadedYear(), operator ? yearCheck.missingYear() : null);
    }

    record Deadline(LocalDate from, int workingDays, LocalDate lastDay, @MayBeNull Integer provisionalYear) {}

    @Operation(summary = "The n-th working day after a date (provisionalYear: that year's notice is not loaded)")
    @GetMapping("/deadline")
    @PreAuthorize("isAuthenticated()")
    Deadline deadline(@RequestParam LocalDate from, @RequestParam int workingDays) {
        Bounds.requireDate("from", from);
        LocalDate lastDay = calendar.plusWorkingDays(from, Math.max(0, Math.min(workingDays, 365)));
        return new Deadline(from, workingDays, lastDay, calendar.provisionalYear(lastDay));
    }
}
