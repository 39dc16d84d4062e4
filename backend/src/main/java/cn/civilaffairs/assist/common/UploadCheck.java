package cn.civilaffairs.assist.common;

import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one check of uploaded files, for photos (deliveries, care visits) and case-file documents:
 * the file name (no control or bidi characters, at most {@link #MAX_FILE_NAME}), the size (at most
 * app.storage.max-document-size) and the type by the file's first bytes (magic numbers), never by
 * its name or the browser's content type. A refused file is a 400 naming the form field.
 */
@Component
public class UploadCheck {
    /** Longest accepted upload file name (case_document.file_name holds 200). */
    public static final int MAX_FILE_NAME = 200;

    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final long maxBytes;

    UploadCheck(@Value("${app.storage.max-document-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    /** A checked file: its bytes and the content type found in them. */
    public record Checked(byte[] content, String contentType) {}

    /**
     * An optional photo (JPEG or PNG): null when none was sent, else the checked bytes and type.
     */
    public Checked photo(MultipartFile photo) throws IOException {
        checkFileName(photo);
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        byte[] bytes = photo.getBytes();
        String field = photo.getName();
        if (bytes.length > maxBytes) {
            throw problem(field, "照片过大：不能超过 " + maxMegabytes() + " MB。");
        }
        String type = sniff(bytes);
        if (type == null || !PHOTO_TYPES.contains(type)) {
            throw problem(field, "照片类型不支持：只接受 JPG、PNG。");
        }
        return new Checked(bytes, type);
    }

    /** A case-file document's bytes (PDF, JPEG or PNG, not empty); returns its content type. */
    public String document(byte[] content, String field) {
        if (content.length == 0) {
            throw problem(field, "文件为空。");
        }
        if (content.length > maxBytes) {
            throw problem(field, "文件过大：不能超过 " + maxMegabytes() + " MB。");
        }
        String type = sniff(content);
        if (type == null || !DOCUMENT_TYPES.contains(type)) {
            throw problem(field, "文件类型不支持：只接受 PDF、JPG、PNG。");
        }
        return type;
    }

    private long maxMegabytes() {
        return maxBytes / 1024 / 1024;
    }

    /**
     * Refuses (400) an uploaded file whose name carries control or bidi-override characters or is
     * longer than {@link #MAX_FILE_NAME}: the name is shown to users and stored with documents.
     */
    public static void checkFileName(MultipartFile file) {
        if (file == null) {
            return;
        }
        String name = file.getOriginalFilename();
        if (name == null) {
            return;
        }
        String problem = name.length() > MAX_FILE_NAME ? "文件名不能超过 " + MAX_FILE_NAME + " 个字符。"
                : Text.isClean(name, false) ? null : "文件名" + Text.FORBIDDEN_MESSAGE;
        if (problem != null) {
            throw problem(file.getName(), problem);
        }
    }

    /** The content type by the file's first bytes (PDF, JPEG, PNG), or null: never trust the name. */
    public static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

    private static FieldValidationException problem(String field, String message) {
        return new FieldValidationException(message, List.of(new FieldError(field, message)));
    }
}
