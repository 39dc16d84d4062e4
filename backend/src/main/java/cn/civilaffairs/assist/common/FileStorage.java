package cn.civilaffairs.assist.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores uploaded files on disk under app.storage.dir with random keys (never the user's file
 * name); written to a temporary file first and moved into place, so a failed upload leaves nothing.
 * What may be uploaded at all is {@link UploadCheck}'s to say.
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
