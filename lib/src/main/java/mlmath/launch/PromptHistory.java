package mlmath.launch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * JShell's own persistent settings, kept in a map the launcher can read: the tool stores its line history there when
 * it closes (at /exit and at Ctrl-D), so what the learner typed is known after the session. Everything else the tool
 * retains ({@code /set ... -retain}) goes back to JShell's usual preferences node.
 */
final class PromptHistory {
    private static final String HISTORY = "HISTORY_LINE_";
    private final Preferences node = Preferences.userRoot().node("tool/JShell");
    private final Map<String, String> map = new HashMap<>();
    private final int before;

    PromptHistory() {
        try {
            for (String k : node.keys()) map.put(k, node.get(k, ""));
        } catch (BackingStoreException e) {
            // No stored settings: the session starts with JShell's defaults.
        }
        before = history().size();
    }

    /** The map handed to {@code JavaShellToolBuilder.persistence}. */
    Map<String, String> map() { return map; }

    /** The entries typed in this session (after JShell closed), oldest first; multi-line snippets are one entry. */
    List<String> typedThisSession() {
        List<String> all = history();
        return all.size() > before ? all.subList(before, all.size()) : List.of();
    }

    /** The history entries, joined back from the lines JShell stores them as (an odd run of trailing \\ continues one). */
    private List<String> history() {
        List<String> entries = new ArrayList<>();
        StringBuilder entry = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            if (!e.getKey().startsWith(HISTORY)) continue;
            String line = e.getValue();
            int slashes = 0;
            while (slashes < line.length() && line.charAt(line.length() - 1 - slashes) == '\\') slashes++;
            boolean continues = slashes % 2 != 0;
            entry.append(line, 0, line.length() - slashes / 2 - (continues ? 1 : 0));
            if (continues) {
                entry.append('\n');
            } else {
                entries.add(entry.toString());
                entry.setLength(0);
            }
        }
        if (!entry.isEmpty()) entries.add(entry.toString());
        return entries;
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
