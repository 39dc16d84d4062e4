package cn.civilaffairs.assist.recognition;

import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/recognitions")
@Validated
@Tag(name = "recognition import", description = "每月新认定低保、特困人员名单导入：已知人员登记认定，新人员生成线索")
class RecognitionController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RecognitionImport imports;

    RecognitionController(RecognitionImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "The import template (.xlsx)")
    @GetMapping("/template.xlsx")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("新认定低保特困名单导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(RecognitionExcel.template());
    }

    @Operation(summary = "Import the month's newly recognised 低保/特困 people: all rows or none (400 with row numbers)")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    ImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
        UploadCheck.checkFileName(file);
        return imports.importFile(CurrentUsers.require(), file.getInputStream());
    }
}
