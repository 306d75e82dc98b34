package mlmath.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TempFolderTest {
    @Test
    void closing_deletesTheFolderAndItsTree_butNotWhatALinkPointsTo(@TempDir Path outside) throws Exception {
        Path kept = Files.writeString(outside.resolve("kept.txt"), "mine");
        Path folder;
        try (TempFolder temp = TempFolder.create("mlmath-test")) {
            folder = temp.path();
            Files.createDirectories(folder.resolve("plots/deeper"));
            Files.writeString(folder.resolve("plots/deeper/a.png"), "png");
            Files.createSymbolicLink(folder.resolve("lib"), outside);
            assertTrue(folder.getFileName().toString().startsWith("mlmath-test"));
        }
        assertFalse(Files.exists(folder), "the folder is gone");
        assertEquals("mine", Files.readString(kept), "a link inside is removed, its target kept");
    }
}
