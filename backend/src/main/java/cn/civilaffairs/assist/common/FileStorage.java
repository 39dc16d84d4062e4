package cn.civilaffairs.assist.common;

import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded files on disk under app.storage.dir with random keys (never the user's file
 * name); written to a temporary file first and moved into place, so a failed upload leaves nothing.
 */
@Service
public class FileStorage {
    private final Path root;

    FileStorage(@Value("${app.storage.dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            Files.write(tmp, content);
            Files.move(tmp, resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store file", e);
        }
    }

    /**
     * Stores the file and deletes it again if the caller's transaction rolls back, so a failed
     * action leaves no orphan file behind.
     */
    public String storeWithTransaction(byte[] content) {
        String key = store(content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    /** Longest accepted upload file name (case_document.file_name holds 200). */
    public static final int MAX_FILE_NAME = 200;

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
            throw new FieldValidationException(problem, List.of(new FieldError(file.getName(), problem)));
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

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("bad storage key");
        }
        return p;
    }
}
