package cn.civilaffairs.assist.recognition;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** What an import did, row by row. */
@Schema(name = "RecognitionImportReport")
public record ImportReport(int totalRows, int recorded, int leadsCreated, int alreadyRecorded, List<RowResult> rows) {

    public enum Outcome {
        /** A known person: the recognition is recorded. */
        RECORDED,
        /** Not yet known: the person and a lead for the village officer were created. */
        LEAD_CREATED,
        /** The same person, category and date was imported before: nothing changed. */
        ALREADY_RECORDED
    }

    @Schema(name = "RecognitionImportRow")
    public record RowResult(int row, String name, String maskedIdNumber, String villageName,
            RecognitionCategory category, LocalDate recognisedOn, Outcome outcome, @MayBeNull String caseNo) {}
}
