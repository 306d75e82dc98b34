package mlmath.launch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * JShell's own persistent settings, kept in a map the launcher can read: the tool stores the session's snippets there
 * when it closes (at /exit and at Ctrl-D), so what the learner typed is known after the session. Everything else the tool
 * retains ({@code /set ... -retain}) goes back to JShell's usual preferences node.
 */
final class PromptHistory {
    /** JShell's key for the session's replayable snippets, and the separator between them. */
    private static final String REPLAY = "REPLAY_RESTORE", SEPARATOR = "\u241E";
    private final Preferences node = Preferences.userRoot().node("tool/JShell");
    private final Map<String, String> map = new HashMap<>();
    private final String replayBefore;

    PromptHistory() { this(stored(Preferences.userRoot().node("tool/JShell"))); }

    /** Starts from {@code settings} (JShell's stored ones, or a test's). */
    PromptHistory(Map<String, String> settings) {
        map.putAll(settings);
        replayBefore = map.get(REPLAY);
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

    /**
     * The snippets of this session that JShell could replay (what {@code /reload -restore} replays next time), oldest
     * first, each whole however many lines it spans; JShell writes them when it closes.
     */
    List<String> typedThisSession() {
        String now = map.get(REPLAY);
        if (now == null || now.equals(replayBefore)) return List.of();
        return List.of(now.split(SEPARATOR));
    }

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
