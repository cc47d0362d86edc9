import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went during a benchmark: reads a JFR recording's execution samples and prints the
 * methods most often on top of the stack (self) and most often anywhere on it (total), as a
 * percentage of all samples. JDK only: {@code java bench/JfrTop.java FILE.jfr [N] [FILTER]}; with
 * FILTER only frames whose class name starts with it count for the total table.
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String filter = args.length > 2 ? args[2] : "";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            var frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String name = name(f);
                if (name.startsWith(filter) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples%n", samples);
        print("self", self, samples, n);
        print("total" + (filter.isEmpty() ? "" : " (" + filter + "*)"), total, samples, n);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int n) {
        System.out.printf("%n-- %s --%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(en -> System.out.printf("%6.1f%%  %s%n", 100.0 * en.getValue() / samples, en.getKey()));
    }
}
