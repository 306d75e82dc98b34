package mlmath.learn;

import java.nio.file.Path;

/** Run by {@link SafeWriteTest} as a separate process: appends one line to a file through SafeWrite, slowly. */
public final class SafeWriteProbe {
    private SafeWriteProbe() {}

    public static void main(String[] args) throws Exception {
        SafeWrite.update(Path.of(args[0]), text -> {
            try {
                Thread.sleep(700);            // long enough for the other process to want the file meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return text + args[1] + "\n";
        });
    }
}
