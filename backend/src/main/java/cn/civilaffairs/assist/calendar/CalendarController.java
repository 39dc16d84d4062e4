package cn.civilaffairs.assist.calendar;

import cn.civilaffairs.assist.common.Bounds;
import cn.civilaffairs.assist.common.FileStorage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
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

    CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record Imported(int rows) {}

    @Operation(summary = "Import a year's holidays and make-up working days (CSV: date,kind,name)")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DISTRICT_MANAGER')")
    Imported importCsv(@RequestPart("file") MultipartFile file) throws IOException {
        FileStorage.checkFileName(file);
        return new Imported(calendar.importCsv(file.getInputStream()));
    }

    record Deadline(LocalDate from, int workingDays, LocalDate lastDay) {}

    @Operation(summary = "The n-th working day after a date")
    @GetMapping("/deadline")
    @PreAuthorize("isAuthenticated()")
    Deadline deadline(@RequestParam LocalDate from, @RequestParam int workingDays) {
        Bounds.requireDate("from", from);
        return new Deadline(from, workingDays, calendar.plusWorkingDays(from, Math.max(0, Math.min(workingDays, 365))));
    }
}
