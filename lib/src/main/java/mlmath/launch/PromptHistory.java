package mlmath.launch;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * JShell's own persistent settings (its history, what {@code /set ... -retain} keeps), read before the session on
 * another thread and written back to JShell's usual preferences node after it. What the learner typed is followed as
 * it is typed, by {@link StatementEnds} into a journal, not read from here.
 */
final class PromptHistory {
    private final Preferences node = Preferences.userRoot().node("tool/JShell");
    private final Map<String, String> map = new HashMap<>();

    PromptHistory() { this(stored(Preferences.userRoot().node("tool/JShell"))); }

    /** Starts from {@code settings} (JShell's stored ones, or a test's). */
    PromptHistory(Map<String, String> settings) {
        map.putAll(settings);
    }

    private static Map<String, String> stored(Preferences node) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String k : node.keys()) out.put(k, node.get(k, ""));
        } catch (BackingStoreException e) {
            // No stored settings: the session starts with JShell's defaults.
        }
        return out;
    }

    /** The map handed to {@code JavaShellToolBuilder.persistence}. */
    Map<String, String> map() { return map; }

    /** Writes the settings back where JShell keeps them. */
    void save() {
        try {
            for (String k : node.keys()) if (!map.containsKey(k)) node.remove(k);
            map.forEach(node::put);
            node.flush();
        } catch (BackingStoreException | IllegalArgumentException e) {
            // Settings that cannot be stored are JShell's loss too; the session's work is already saved.
        }
    }
}
